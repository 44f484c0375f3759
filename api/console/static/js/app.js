// The console's shell: header, menu, messages, and a small router over the URL hash.
//   #/login  #/queue  #/case/<id>  #/policy  #/audit
import { ApiError, whenUnauthorized } from "./api.js";
import { h, replace } from "./dom.js";
import { currentLang, loadWords, t } from "./i18n.js";
import { me, signOut } from "./session.js";
import { showAudit } from "./views/audit.js";
import { showCase } from "./views/case.js";
import { showLogin } from "./views/login.js";
import { showPolicy } from "./views/policy.js";
import { showQueue } from "./views/queue.js";

const main = document.getElementById("main");
const flashEl = document.getElementById("flash");
let leaving = null; // clean-up of the current view (timers)
let pending = null; // a message to show on the next page

let fading = null;

// What just happened, at the top of the screen (it stays in view while scrolling). Good news
// goes by itself after a while; a problem stays until closed.
export function flash(text, kind = "ok") {
  clearTimeout(fading);
  if (!text) {
    replace(flashEl);
    return;
  }
  const close = h("button", { type: "button", class: "link-button close", text: t("app.close") });
  close.addEventListener("click", () => replace(flashEl));
  replace(flashEl, h("div", { class: `message ${kind}` }, h("p", { text }), close));
  if (kind === "ok") fading = setTimeout(() => replace(flashEl), 8000);
}

// Go to a page; `message` is shown there (a flash would be cleared by the page change).
export function go(hash, message, kind = "ok") {
  pending = message ? { text: message, kind } : null;
  if (location.hash === hash) route();
  else location.hash = hash;
}

// A kind sentence for any failure; views handle the statuses they expect themselves.
export function explain(error) {
  if (error instanceof ApiError) {
    if (error.status === 0) return t("app.offline");
    if (error.status === 403) return t("app.forbidden");
  }
  return t("app.error");
}

function header() {
  const who = me();
  document.title = t("app.title");
  document.getElementById("brand").textContent = t("app.title");
  document.getElementById("skip").textContent = t("app.skip");
  const lang = document.getElementById("lang");
  lang.textContent = t("app.language_toggle");
  lang.setAttribute("lang", currentLang() === "id" ? "en" : "id");
  lang.setAttribute("aria-label", t("app.language_toggle_label"));
  const whoEl = document.getElementById("who");
  const logout = document.getElementById("logout");
  const nav = document.getElementById("nav");
  whoEl.hidden = logout.hidden = nav.hidden = !who;
  if (!who) return;
  whoEl.textContent = t("app.signed_in_as", { name: who.name })
    + (who.coordinator ? ` · ${t("app.coordinator")}` : "");
  logout.textContent = t("app.logout");
  const here = location.hash.split("/")[1] || "queue";
  const link = (name) => h("a", {
    href: `#/${name}`, text: t(`nav.${name}`),
    "aria-current": here === name ? "page" : false,
  });
  replace(nav, h("span", { class: "visually-hidden", text: t("nav.label") }), link("queue"),
    who.coordinator ? [link("policy"), link("audit")] : null);
  nav.setAttribute("aria-label", t("nav.label"));
}

let routedTo = null;

async function route() {
  if (leaving) leaving();
  leaving = null;
  // A message waiting for this page is shown; otherwise the old one goes only when the page
  // changes (two 401s at once route twice to the login page: the second must not wipe it).
  if (pending) flash(pending.text, pending.kind);
  else if (routedTo !== location.hash) flash("");
  routedTo = location.hash;
  pending = null;
  const [, page = "", arg = ""] = location.hash.split("/");
  if (page === "login") signOut(); // arriving at the login page means starting afresh
  const who = me();
  if (!who && page !== "login") {
    location.replace("#/login");
    return;
  }
  header();
  window.scrollTo(0, 0);
  const ctx = { main, who, flash, go, explain, onLeave: (fn) => { leaving = fn; } };
  try {
    if (page === "login") await showLogin(ctx);
    else if (page === "" || page === "queue") await showQueue(ctx);
    else if (page === "case" && /^\d+$/.test(arg)) await showCase(ctx, Number(arg));
    else if (page === "policy") await showPolicy(ctx);
    else if (page === "audit") await showAudit(ctx, arg);
    else replace(main, h("h1", { text: t("app.not_found") }));
  } catch (error) {
    replace(main, h("p", { class: "message error", role: "alert", text: explain(error) }));
  }
}

async function start() {
  await loadWords();
  whenUnauthorized(() => go("#/login", t("app.session_ended"), "error"));
  document.getElementById("lang").addEventListener("click", async () => {
    await loadWords(currentLang() === "id" ? "en" : "id");
    route();
  });
  document.getElementById("logout").addEventListener("click", () => {
    signOut();
    go("#/login", t("login.signed_out"));
  });
  window.addEventListener("hashchange", route);
  route();
}

start().catch(() => {
  replace(main, h("p", { class: "message error", role: "alert",
    text: "Tidak bisa memuat konsol. / The console could not load." }));
});
