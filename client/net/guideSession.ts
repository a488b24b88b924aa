// A guide's sign-in in this tab: the token lives in memory and sessionStorage only (gone when the tab closes, never
// in localStorage or a cookie), and is renewed shortly before it expires while the tab stays open.
import { renewSignIn, signIn, TourApiError, type GuideSignIn } from "./tourApi";

const KEY = "bund.guide";
/** Renew this long before expiry (or at two thirds of a short token's life). */
const RENEW_BEFORE_S = 120;

export interface GuideSession {
  /** The signed-in guide, or null. */
  current(): GuideSignIn | null;
  signIn(name: string, password: string): Promise<GuideSignIn>;
  signOut(): void;
  /** A token good for at least the next minute (renewed first if need be); null when signed out. */
  token(): Promise<string | null>;
}

function readStored(): GuideSignIn | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as GuideSignIn | null;
    return s && typeof s.token === "string" && s.expiresAt * 1000 > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export function createGuideSession(): GuideSession {
  let session = readStored();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const keep = (s: GuideSignIn | null) => {
    session = s;
    clearTimeout(timer);
    if (!s) return sessionStorage.removeItem(KEY);
    sessionStorage.setItem(KEY, JSON.stringify(s));
    const lifeS = s.expiresAt - Date.now() / 1000;
    const inS = Math.max(5, Math.min(lifeS - RENEW_BEFORE_S, (lifeS * 2) / 3));
    timer = setTimeout(() => void renew().catch(() => undefined), inS * 1000);
  };
  const renew = async () => {
    if (!session) return;
    try {
      keep(await renewSignIn(session.token));
    } catch (err) {
      // A lapsed or withdrawn sign-in ends the session; a network blip is tried again soon.
      if (err instanceof TourApiError && err.problem === "signed-out") keep(null);
      else timer = setTimeout(() => void renew().catch(() => undefined), 15_000);
      throw err;
    }
  };
  if (session) keep(session);

  return {
    current: () => session,
    async signIn(name, password) {
      const s = await signIn(name, password);
      keep(s);
      return s;
    },
    signOut: () => keep(null),
    async token() {
      if (session && session.expiresAt * 1000 - Date.now() < 60_000) await renew().catch(() => undefined);
      return session?.token ?? null;
    },
  };
}
