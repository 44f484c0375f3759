import { locale, t } from "./i18n.js";

// "5 menit lalu": how long ago, in the words of the console.
export function age(iso, now = Date.now()) {
  const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
  if (seconds < 60) return t("age.just_now");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t("age.minutes", { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t("age.hours", { n: hours });
  return t("age.days", { n: Math.floor(hours / 24) });
}

export function when(iso) {
  return new Intl.DateTimeFormat(locale(), {
    day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
  }).format(new Date(iso));
}

export function clock(date = new Date()) {
  return new Intl.DateTimeFormat(locale(), {
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).format(date);
}

export function day(isoDate) {
  // A calendar date (YYYY-MM-DD) stays that date, whatever the browser's time zone.
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
}
