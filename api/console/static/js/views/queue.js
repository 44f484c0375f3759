// The case queue: filters, newest critical first, refreshed every 15 seconds.
import { api, query } from "../api.js";
import { field, h, replace, select } from "../dom.js";
import { currentLang, t } from "../i18n.js";
import { meta } from "../meta.js";
import { age, clock } from "../time.js";

const REFRESH_MS = 15000;
const FILTERS = "kawan.console.filters"; // this tab only, like the token
const OPEN = "open";

function savedFilters() {
  try {
    return { status: OPEN, ...JSON.parse(sessionStorage.getItem(FILTERS) || "{}") };
  } catch {
    return { status: OPEN };
  }
}

// Most urgent first; within the same severity, the newest first.
export function byUrgency(a, b) {
  return a.priority - b.priority || Date.parse(b.created_at) - Date.parse(a.created_at)
    || b.id - a.id;
}

export async function showQueue({ main, who, explain, onLeave }) {
  const m = await meta();
  const filters = savedFilters();
  const any = ["", t("queue.any")];
  const statusSel = select("status", [[OPEN, t("queue.status_open")], any,
    ...m.statuses.map((s) => [s, t(`status.${s}`)])], filters.status);
  const severitySel = select("severity", [any, ...m.severities.map((s) => [s, t(`severity.${s}`)])],
    filters.severity || "");
  const kindSel = select("kind", [any, ...m.kinds.map((k) => [k, t(`kind.${k}`)])],
    filters.kind || "");
  const countrySel = select("country", [any, ...m.countries.map((c) =>
    [c.code, `${c.name[currentLang()] || c.name.id} (${c.code})`])], filters.country || "");
  const mine = h("input", { type: "checkbox", name: "mine", id: "filter-mine" });
  mine.checked = Boolean(filters.mine);
  const refresh = h("button", { type: "button", class: "secondary", text: t("queue.refresh") });
  const form = h("form", { class: "filters", "aria-label": t("queue.filters") },
    field(t("queue.status"), statusSel), field(t("queue.severity"), severitySel),
    field(t("queue.kind"), kindSel), field(t("queue.country"), countrySel),
    h("div", { class: "check" }, mine, h("label", { for: "filter-mine", text: t("queue.mine") })));
  const summary = h("summary", { text: t("queue.filters") });
  const details = h("details", { class: "filter-box" }, summary, form);
  details.open = window.matchMedia("(min-width: 48rem)").matches;
  // No aria-live here: a screen reader should not announce the refresh every 15 seconds.
  const status = h("p", { class: "hint", text: t("app.loading") });
  const list = h("ol", { class: "queue", "aria-label": t("queue.heading") });
  const error = h("p", { class: "message error", role: "alert", hidden: true });

  replace(main,
    h("div", { class: "title-row" }, h("h1", { text: t("queue.heading") }), refresh),
    details, error, status, list);

  let timer = null;
  let busy = false;
  let again = false; // a filter changed while loading: load once more when done
  const load = async () => {
    if (document.hidden) return; // a phone in a pocket spends no data; we load on return
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    const wanted = {
      status: statusSel.value, severity: severitySel.value, kind: kindSel.value,
      country: countrySel.value, mine: mine.checked,
    };
    sessionStorage.setItem(FILTERS, JSON.stringify(wanted));
    const active = [wanted.status !== OPEN, wanted.severity, wanted.kind, wanted.country,
      wanted.mine].filter(Boolean).length;
    summary.textContent = active ? `${t("queue.filters")} (${active})` : t("queue.filters");
    try {
      // The API filters by one status: "still open" asks once per open status, so that old
      // resolved cases can never push a new one out of the answer.
      const statuses = wanted.status === OPEN ? m.open_statuses : [wanted.status];
      const answers = await Promise.all(statuses.map((st) => api("GET", "/cases" + query({
        status: st, severity: wanted.severity, kind: wanted.kind, country: wanted.country,
        assigned_to_me: wanted.mine, limit: 500,
      }))));
      const cases = answers.flat();
      cases.sort(byUrgency);
      renderList(list, cases, who);
      const count = cases.length === 1 ? t("queue.count_one") : t("queue.count", { n: cases.length });
      status.textContent = `${count} · `
        + t("queue.updated", { time: clock() });
      error.hidden = true;
    } catch (e) {
      error.textContent = explain(e);
      error.hidden = false;
    } finally {
      busy = false;
      if (again) {
        again = false;
        load();
      }
    }
  };
  form.addEventListener("change", load);
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  refresh.addEventListener("click", load);
  const onVisible = () => { if (!document.hidden) load(); };
  document.addEventListener("visibilitychange", onVisible);
  await load();
  timer = setInterval(load, REFRESH_MS);
  onLeave(() => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", onVisible);
  });
}

function renderList(list, cases, who) {
  // Keep the keyboard focus on the same case across a refresh.
  const focused = document.activeElement && document.activeElement.closest
    && document.activeElement.closest("li[data-case-id]");
  const focusedId = focused ? focused.dataset.caseId : null;
  fill(list, cases, who);
  if (focusedId) {
    const again = list.querySelector(`li[data-case-id="${CSS.escape(focusedId)}"] a`);
    if (again) again.focus();
  }
}

function fill(list, cases, who) {
  if (!cases.length) {
    replace(list, h("li", { class: "empty", text: t("queue.empty") }));
    return;
  }
  replace(list, cases.map((c) => {
    const holder = c.assigned_volunteer_id === null ? t("queue.unassigned")
      : c.assigned_volunteer_id === who.id ? t("queue.taken_by_you") : t("queue.taken");
    const problems = c.categories.length
      ? c.categories.map((k) => t(`category.${k}`)).join(", ") : t("case.no_categories");
    return h("li", { class: `row sev-${c.severity}`, dataset: { caseId: c.id } },
      h("a", { href: `#/case/${c.id}`, class: "row-link" },
        h("span", { class: "row-top" },
          h("span", { class: `badge sev-${c.severity}`, text: t(`severity.${c.severity}`) }),
          h("span", { class: "ref", text: c.reference }),
          h("span", { class: "age", text: age(c.created_at) })),
        h("span", { class: "row-main", text: `${t(`kind.${c.kind}`)} · ${problems}` }),
        h("span", { class: "row-meta" },
          h("span", { class: `status st-${c.status}`, text: t(`status.${c.status}`) }),
          c.country ? h("span", { text: c.country }) : null,
          h("span", { class: c.assigned_volunteer_id === who.id ? "mine" : "", text: holder }))));
  }));
}
