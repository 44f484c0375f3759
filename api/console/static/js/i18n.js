// The console's words come from content/<lang>/messages/console.yaml, served as JSON.
const KEY = "kawan.console.lang"; // only the language choice is remembered, never the token
let lang = "id";
let words = {};

export async function loadWords(wanted) {
  const choice = wanted || localStorage.getItem(KEY) || "id";
  const res = await fetch(`/console/words/${encodeURIComponent(choice)}.json`, {
    credentials: "same-origin",
  });
  if (!res.ok) throw new Error("words");
  words = await res.json();
  lang = choice;
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  return lang;
}

export function currentLang() {
  return lang;
}

// t("age.minutes", {n: 5}) ➜ "5 menit lalu". A missing key shows itself, so it gets noticed.
export function t(key, values = {}) {
  const template = words[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
}

export function has(key) {
  return key in words;
}

export function locale() {
  return lang === "en" ? "en-GB" : "id-ID";
}
