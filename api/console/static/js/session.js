// The volunteer's token lives in sessionStorage only: it goes when the tab closes, and never
// sits in localStorage on a shared laptop.
const TOKEN = "kawan.console.token";
const NAME = "kawan.console.name";

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(accessToken, name) {
  sessionStorage.setItem(TOKEN, accessToken);
  sessionStorage.setItem(NAME, name);
}

// Forget everything this tab kept: the token, the name, the queue's filters.
export function signOut() {
  sessionStorage.clear();
}

// Who is signed in, read from the token's claims. Only to choose what to show: the API
// checks the token and the role on every request.
export function me() {
  const raw = token();
  if (!raw) return null;
  try {
    const part = raw.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), "=")));
    if (claims.exp && claims.exp * 1000 < Date.now()) return null;
    return {
      id: Number(claims.sub),
      role: claims.role,
      name: sessionStorage.getItem(NAME) || "",
      coordinator: claims.role === "coordinator",
    };
  } catch {
    return null;
  }
}
