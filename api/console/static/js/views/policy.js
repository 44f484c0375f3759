// Coordinators: how long a case may stay untaken before each reminder.
import { api, ApiError } from "../api.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";

function minutesInput(name, value, label) {
  return h("input", { name, type: "number", min: 1, max: 43200, step: 1, inputmode: "numeric",
    value: value ?? "", "aria-label": label });
}

export async function showPolicy({ main, flash, explain }) {
  let steps;
  try {
    steps = await api("GET", "/escalation-policy");
  } catch (e) {
    replace(main, h("h1", { text: t("policy.heading") }),
      h("p", { class: "message error", role: "alert", id: "forbidden", text: explain(e) }));
    return;
  }
  const rows = steps.map((s) => {
    const label = t(`severity.${s.severity}`);
    const first = minutesInput("first", s.first_after_minutes, `${label}: ${t("policy.first")}`);
    const second = minutesInput("second", s.second_after_minutes, `${label}: ${t("policy.second")}`);
    return { severity: s.severity, first, second,
      el: h("fieldset", { class: "policy-row" },
        h("legend", {}, h("span", { class: `badge sev-${s.severity}`, text: label })),
        h("label", {}, h("span", { text: t("policy.first") }), first),
        h("label", {}, h("span", { text: t("policy.second") }), second)) };
  });
  const save = h("button", { type: "submit", class: "primary", text: t("policy.save") });
  const form = h("form", { class: "block" }, rows.map((r) => r.el), save);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const number = (input) => (input.value === "" ? null : Number(input.value));
    const body = rows.map((r) => ({ severity: r.severity,
      first_after_minutes: number(r.first), second_after_minutes: number(r.second) }));
    save.disabled = true;
    try {
      await api("PUT", "/escalation-policy", body);
      flash(t("policy.saved"));
    } catch (e) {
      flash(e instanceof ApiError && e.status === 422 ? t("policy.invalid") : explain(e), "error");
    } finally {
      save.disabled = false;
    }
  });
  replace(main, h("h1", { text: t("policy.heading") }), h("p", { text: t("policy.intro") }), form);
}
