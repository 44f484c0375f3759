import { ApiError, login } from "../api.js";
import { field, h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { signIn } from "../session.js";

export async function showLogin({ main, go, explain }) {
  const name = h("input", { name: "username", autocomplete: "username", required: true,
    autocapitalize: "none", spellcheck: "false" });
  const password = h("input", { name: "password", type: "password",
    autocomplete: "current-password", required: true });
  const error = h("p", { class: "message error", role: "alert", id: "login-error", hidden: true });
  const submit = h("button", { type: "submit", class: "primary", text: t("login.submit") });
  const form = h("form", { class: "card", novalidate: true, "aria-describedby": "login-error" },
    field(t("login.name"), name), field(t("login.password"), password), error, submit);

  const fail = (text) => {
    error.textContent = text;
    error.hidden = false;
    password.value = "";
    (name.value ? password : name).focus();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!name.value.trim() || !password.value) return fail(t("login.missing"));
    submit.disabled = true;
    submit.textContent = t("actions.busy");
    try {
      const token = await login(name.value.trim(), password.value);
      signIn(token, name.value.trim());
      go("#/queue");
    } catch (e) {
      fail(e instanceof ApiError && (e.status === 401 || e.status === 422)
        ? t("login.wrong")
        : e instanceof ApiError && e.status === 429 ? t("login.locked") : explain(e));
    } finally {
      submit.disabled = false;
      submit.textContent = t("login.submit");
    }
  });

  replace(main,
    h("h1", { text: t("login.heading") }),
    h("p", { text: t("login.intro") }),
    form,
    h("p", { class: "hint", text: t("login.shared_device") }));
  name.focus();
}
