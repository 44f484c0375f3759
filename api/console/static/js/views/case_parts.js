// Read-only parts of the case page: facts, categories by risk area, details, timeline.
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { age, day, when } from "../time.js";

export function actorName(actor, who) {
  if (actor.startsWith("volunteer:")) {
    const id = Number(actor.slice("volunteer:".length));
    return id === who.id ? t("actor.you") : t("actor.volunteer", { id });
  }
  return ["reporter", "system", "service"].includes(actor) ? t(`actor.${actor}`) : actor;
}

export function holderName(c, who) {
  if (c.assigned_volunteer_id === null) return t("case.handler_none");
  if (c.assigned_volunteer_id === who.id) return t("case.handler_you");
  return t("case.handler_other", { id: c.assigned_volunteer_id });
}

function pair(label, value, cls) {
  return [h("dt", { text: label }), h("dd", { class: cls, text: value })];
}

export function facts(c, who) {
  return h("dl", { class: "facts" },
    pair(t("case.status"), t(`status.${c.status}`), `status st-${c.status}`),
    pair(t("case.kind"), t(`kind.${c.kind}`)),
    pair(t("case.country"), c.country || "–"),
    pair(t("case.created"), `${age(c.created_at)} · ${when(c.created_at)}`),
    pair(t("case.handler"), holderName(c, who)));
}

export function categoriesByArea(c, m) {
  return h("section", { class: "block", "aria-labelledby": "h-categories" },
    h("h2", { id: "h-categories", text: t("case.categories") }),
    h("ul", { class: "areas" }, m.risk_areas.map((area) => {
      const mine = c.categories.filter((k) => m.category_area[k] === area);
      return h("li", { class: mine.length ? "area" : "area area-empty", dataset: { area } },
        h("span", { class: "area-name", text: t(`risk_area.${area}`) }),
        h("span", { class: "area-items",
          text: mine.length ? mine.map((k) => t(`category.${k}`)).join(", ") : "–" }));
    })));
}

function detailLines(detail) {
  const d = detail.data || {};
  switch (detail.kind) {
    case "category": {
      const all = [...(d.categories || []), ...(d.category ? [d.category] : [])];
      return [all.map((k) => t(`category.${k}`)).join(", ")];
    }
    case "safe_now": return [d.safe ? t("detail.safe_yes") : t("detail.safe_no")];
    case "location": return [`${d.latitude}, ${d.longitude}`];
    case "callback": return [d.phone, d.when].filter(Boolean);
    case "text": return [d.text];
    case "media": return [d.media_type, d.caption].filter(Boolean);
    case "family_info":
      return [d.worker_name, d.country, d.last_contact, d.what_happened].filter(Boolean);
    default: return [JSON.stringify(d)];
  }
}

export function detailItem(detail) {
  const label = ["category", "safe_now", "location", "callback", "text", "media", "family_info"]
    .includes(detail.kind) ? t(`detail.${detail.kind}`) : detail.kind;
  return [h("span", { class: "label", text: label }),
    ...detailLines(detail).map((line) => h("span", { class: "value", text: line }))];
}

export function details(c) {
  const items = c.events.filter((e) => e.type === "detail" && e.data);
  return h("section", { class: "block", "aria-labelledby": "h-details" },
    h("h2", { id: "h-details", text: t("case.summary") }),
    h("p", { class: c.summary ? "quote" : "muted", text: c.summary || t("case.no_summary") }),
    h("h3", { id: "h-more", text: t("case.details") }),
    items.length
      ? h("ul", { class: "details" }, items.map((e) => h("li", {}, detailItem(e.data),
        h("span", { class: "when", text: age(e.created_at) }))))
      : h("p", { class: "muted", text: t("case.no_details") }));
}

function eventBody(e, notes) {
  const d = e.data || {};
  switch (e.type) {
    case "status":
      return [t("event.status", { from: t(`status.${d.from}`), to: t(`status.${d.to}`) }),
        d.reason ? t("event.reason", { reason: d.reason }) : null];
    case "note": {
      const note = notes.get(d.note_id);
      return [t("event.note"), note ? note.text : null];
    }
    case "referral":
      return [t("event.referral", { channel: t(`referral_channel.${d.channel}`) }),
        d.complaint_number ? t("event.complaint_number", { number: d.complaint_number }) : null,
        d.follow_up_on ? t("event.follow_up_on", { date: day(d.follow_up_on) }) : null];
    case "message_to_reporter":
    case "message_from_reporter":
      return [t(`event.${e.type}`), d.text];
    case "detail":
      return [t("event.detail"), ...detailLines(d)];
    default:
      return [t(`event.${e.type}`)];
  }
}

export function timeline(c, who) {
  const notes = new Map(c.notes.map((n) => [n.id, n]));
  const events = [...c.events].reverse(); // newest first: less scrolling on a phone
  return h("section", { class: "block", "aria-labelledby": "h-timeline" },
    h("h2", { id: "h-timeline", text: t("case.timeline") }),
    h("ol", { class: "timeline" }, events.map((e) => {
      const [title, ...rest] = eventBody(e, notes).filter((x) => x !== null && x !== undefined);
      return h("li", { class: `ev ev-${e.type}` },
        h("span", { class: "ev-head" },
          h("strong", { text: title }),
          h("span", { class: "when", text: `${actorName(e.actor, who)} · ${when(e.created_at)}` })),
        rest.map((line) => h("span", { class: "ev-text", text: line })));
    })));
}

export function referrals(c) {
  if (!c.referrals.length) return null;
  return h("section", { class: "block", "aria-labelledby": "h-referrals" },
    h("h2", { id: "h-referrals", text: t("case.referrals") }),
    h("ul", { class: "details" }, c.referrals.map((r) => h("li", {},
      h("span", { class: "label", text: t(`referral_channel.${r.channel}`) }),
      r.complaint_number
        ? h("span", { class: "value", text: t("event.complaint_number", { number: r.complaint_number }) })
        : null,
      h("span", { class: "value", text: t("event.follow_up_on", { date: day(r.follow_up_on) }) })))));
}
