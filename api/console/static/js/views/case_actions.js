// What a volunteer can do on a case: take it, move its status, note, message, refer.
// Each form says what happened in words, and the page reloads the case afterwards.
import { api, ApiError, idempotencyKey } from "../api.js";
import { field, h, select } from "../dom.js";
import { t } from "../i18n.js";
import { day } from "../time.js";

function moveLabel(from, to) {
  if (to === "in_progress" && (from === "resolved" || from === "closed")) return t("move.reopen");
  if (from === "new" && to === "resolved") return t("move.duplicate");
  return t(`move.${to}`);
}

function problem(error, explain) {
  if (error instanceof ApiError && error.status === 409) {
    return error.detail === "the case is already taken"
      ? t("actions.taken_by_other") : t("actions.not_allowed");
  }
  if (error instanceof ApiError && error.status === 403) return t("actions.only_holder");
  return explain(error);
}

// Runs one action with its button disabled; `done` gets the answer.
function action(button, run, { reload, flash, explain }, success) {
  return async (event) => {
    if (event) event.preventDefault();
    if (button.disabled) return;
    const label = button.textContent;
    button.disabled = true;
    button.textContent = t("actions.busy");
    try {
      const answer = await run();
      if (answer === false) return; // the form said what is missing
      await reload();
      flash(typeof success === "function" ? success(answer) : success);
    } catch (e) {
      flash(problem(e, explain), "error");
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  };
}

export function claimButton(c, ctx) {
  if (c.status !== "new") return null;
  const button = h("button", { type: "button", class: "primary big", id: "claim",
    text: t("actions.claim") });
  button.addEventListener("click", action(button,
    () => api("POST", `/cases/${c.id}/claim`), ctx, t("actions.claimed")));
  return button;
}

function required(input) {
  const ok = input.value.trim() !== "";
  input.setAttribute("aria-invalid", ok ? "false" : "true");
  if (!ok) input.focus();
  return ok;
}

function movesForm(c, m, ctx, mayChange) {
  const targets = (m.moves[c.status] || []).filter((to) => to !== "claimed");
  if (!mayChange || !targets.length) return null;
  const reason = h("input", { name: "reason", maxlength: 500, autocomplete: "off" });
  const buttons = targets.map((to) => {
    const b = h("button", { type: "button", class: "secondary", dataset: { to },
      text: moveLabel(c.status, to) });
    b.addEventListener("click", action(b, () => api("POST", `/cases/${c.id}/transition`,
      { to, reason: reason.value.trim() || null }), ctx,
    (answer) => t("actions.moved", { status: t(`status.${answer.status}`) })));
    return b;
  });
  return h("section", { class: "block", "aria-labelledby": "h-move" },
    h("h2", { id: "h-move", text: t("actions.move_heading") }),
    field(t("actions.reason"), reason), h("div", { class: "buttons" }, buttons));
}

function messageForm(c, ctx, mine) {
  const heading = h("h2", { id: "h-message", text: t("actions.message_heading") });
  if (!mine) {
    const why = c.assigned_volunteer_id === null
      ? t("actions.message_only_holder") : t("actions.message_other_holder");
    return h("section", { class: "block", "aria-labelledby": "h-message" }, heading,
      h("p", { class: "muted", id: "message-why", text: why }));
  }
  const text = h("textarea", { name: "message", rows: 3, maxlength: 4000 });
  const send = h("button", { type: "submit", class: "primary", text: t("actions.message_submit") });
  let key = idempotencyKey(); // the same key until it is sent: a double tap sends once
  const form = h("form", { class: "block", "aria-labelledby": "h-message", novalidate: true },
    heading, field(t("actions.message_label"), text, t("actions.message_hint")), send);
  form.addEventListener("submit", action(send, async () => {
    if (!required(text)) return false;
    const answer = await api("POST", `/cases/${c.id}/messages`,
      { idempotency_key: key, direction: "to_reporter", text: text.value.trim() });
    key = idempotencyKey();
    return answer;
  }, ctx, t("actions.message_sent")));
  return form;
}

function noteForm(c, ctx) {
  const text = h("textarea", { name: "note", rows: 3, maxlength: 4000 });
  const save = h("button", { type: "submit", class: "secondary", text: t("actions.note_submit") });
  const form = h("form", { class: "block", "aria-labelledby": "h-note", novalidate: true },
    h("h2", { id: "h-note", text: t("actions.note_heading") }),
    field(t("actions.note_label"), text), save);
  form.addEventListener("submit", action(save, async () => {
    if (!required(text)) return false;
    return api("POST", `/cases/${c.id}/notes`, { text: text.value.trim() });
  }, ctx, t("actions.note_saved")));
  return form;
}

function referralForm(c, m, ctx) {
  const channel = select("channel", m.referral_channels.map((k) =>
    [k, t(`referral_channel.${k}`)]), m.referral_channels[0]);
  const number = h("input", { name: "complaint_number", maxlength: 64, autocomplete: "off" });
  const inWeek = new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10);
  const followUp = h("input", { name: "follow_up_on", type: "date", value: inWeek, required: true });
  const save = h("button", { type: "submit", class: "secondary",
    text: t("actions.referral_submit") });
  const form = h("form", { class: "block", "aria-labelledby": "h-referral", novalidate: true },
    h("h2", { id: "h-referral", text: t("actions.referral_heading") }),
    field(t("actions.referral_channel"), channel), field(t("actions.referral_number"), number),
    field(t("actions.referral_follow_up"), followUp), save);
  form.addEventListener("submit", action(save, async () => {
    if (!required(followUp)) return false;
    return api("POST", `/cases/${c.id}/referrals`, { channel: channel.value,
      complaint_number: number.value.trim() || null, follow_up_on: followUp.value });
  }, ctx, (answer) => t("actions.referral_saved", { date: day(answer.follow_up_on) })));
  return form;
}

export function actions(c, m, ctx) {
  const mine = c.assigned_volunteer_id === ctx.who.id;
  const mayChange = mine || ctx.who.coordinator;
  return [movesForm(c, m, ctx, mayChange), messageForm(c, ctx, mine), noteForm(c, ctx),
    referralForm(c, m, ctx)];
}
