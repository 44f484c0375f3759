// Calls to the KAWAN API with the volunteer's bearer token. Errors carry the HTTP status so a
// view can say the right kind thing; a 401 sends the volunteer back to the login page.
import { signOut, token } from "./session.js";

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
  }
}

let onUnauthorized = () => {};
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

export async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const init = { method, headers, credentials: "omit", cache: "no-store" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, "offline");
  }
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status === 401 && bearer) {
    signOut();
    onUnauthorized();
  }
  if (!res.ok) throw new ApiError(res.status, data && data.detail);
  return data;
}

export async function login(name, password) {
  const form = new URLSearchParams({ username: name, password, grant_type: "password" });
  let res;
  try {
    res = await fetch("/auth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form,
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "offline");
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data && data.detail);
  return data.access_token;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && value !== false) {
      q.set(key, String(value));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

// A key per thing the volunteer means to send once: a double tap or a retry sends it once.
export function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16)); // works on plain http too
  return `console-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
