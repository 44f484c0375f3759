// One case. Every open is read (and so audited) by the API; the page says so.
import { api, ApiError } from "../api.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { meta } from "../meta.js";
import { clock } from "../time.js";
import { claimButton, actions } from "./case_actions.js";
import { categoriesByArea, details, facts, referrals, timeline } from "./case_parts.js";

export async function showCase(ctx, id) {
  const { main, flash } = ctx;
  const m = await meta();
  const reload = async () => {
    let c;
    try {
      c = await api("GET", `/cases/${id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        replace(main, back(), h("p", { class: "message error", role: "alert",
          text: t("case.not_found") }));
        return;
      }
      throw e;
    }
    const y = window.scrollY;
    render(c, { ...ctx, reload, flash });
    window.scrollTo(0, y);
  };
  const render = (c, actx) => {
    replace(main,
      back(),
      h("div", { class: "case-title" },
        h("h1", { text: c.reference }),
        h("span", { class: `badge sev-${c.severity}`, text: t(`severity.${c.severity}`) })),
      h("p", { class: "audited", id: "audited", text: `${t("case.audited")} ${clock()}` }),
      facts(c, ctx.who),
      claimButton(c, actx),
      categoriesByArea(c, m),
      details(c),
      actions(c, m, actx),
      referrals(c),
      timeline(c, ctx.who));
  };
  await reload();
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

function back() {
  return h("p", { class: "back" }, h("a", { href: "#/queue", text: t("case.back") }));
}
