// Coordinators: who opened or touched which case, and when.
import { api, query } from "../api.js";
import { field, h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { actorName } from "./case_parts.js";
import { when } from "../time.js";

export async function showAudit({ main, who, explain }, caseId) {
  const input = h("input", { name: "case_id", type: "number", min: 1, inputmode: "numeric",
    value: caseId || "" });
  const show = h("button", { type: "submit", class: "secondary", text: t("audit.show") });
  const form = h("form", { class: "filters inline" }, field(t("audit.case_filter"), input), show);
  const list = h("ol", { class: "audit" });
  replace(main, h("h1", { text: t("audit.heading") }), h("p", { text: t("audit.intro") }),
    form, list);
  const load = async () => {
    try {
      const entries = await api("GET", "/audit" + query({ case_id: input.value, limit: 200 }));
      replace(list, entries.length ? entries.map((e) => {
        const key = `audit.action.${e.action.replace(/\./g, "_")}`;
        const label = t(key) === key ? e.action : t(key);
        return h("li", {},
          h("span", { class: "label", text: label }),
          e.case_id ? h("a", { href: `#/case/${e.case_id}`, text: t("audit.case", { id: e.case_id }) })
            : null,
          h("span", { class: "when", text: `${actorName(e.actor, who)} · ${when(e.created_at)}` }));
      }) : h("li", { class: "empty", text: t("audit.empty") }));
    } catch (e) {
      replace(main, h("h1", { text: t("audit.heading") }),
        h("p", { class: "message error", role: "alert", id: "forbidden", text: explain(e) }));
    }
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  await load();
}
