// Enums, risk areas, allowed status moves and countries, from /console/meta.json (built from
// the API's own enums and content/facts, so the console never keeps a copy of its own).
let cached = null;

export async function meta() {
  if (!cached) {
    const res = await fetch("/console/meta.json", { credentials: "omit" });
    if (!res.ok) throw new Error("meta");
    cached = await res.json();
  }
  return cached;
}
