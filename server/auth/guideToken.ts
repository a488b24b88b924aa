// Guide session tokens: a compact payload (name, account token version, sign-in time, expiry) and its HMAC-SHA256,
// both base64url, joined by a dot. Checked on every use against the account's token version in the store, so any
// process sharing the store can check one, and a password reset or a removed account ends every sign-in at once.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

// v2 carries the token version and the original sign-in time; a v1 token (before sign-ins could be taken back) is refused.
const PayloadSchema = z.strictObject({
  v: z.literal(2),
  g: z.string().min(1).max(64),
  ver: z.int().min(0),
  iat: z.int().positive(),
  exp: z.int().positive(),
});

export interface GuideSession {
  name: string;
  /** Seconds since 1970. */
  expiresAt: number;
  /** When the guide typed the password (seconds since 1970): refreshes keep it, and the absolute lifetime counts from it. */
  signedInAt: number;
  /** The account's token version when the sign-in was made. */
  version: number;
}

/** Where a guide's current token version is read from (the store's guide accounts); null: no such guide. */
export type TokenVersions = (name: string) => number | null;

export interface GuideTokenOptions {
  /** Checked on every verify; without it (tests of the signature alone) tokens carry version 0 and only expire. */
  versions?: TokenVersions;
  /** No sign-in, however often refreshed, outlives this many seconds from the password. Default 12 h. */
  maxLifetimeSeconds?: number;
}

export interface GuideTokens {
  /** A token for a fresh sign-in (password checked just now). Throws only when the account does not exist. */
  issue(name: string, nowMs?: number): { token: string; expiresAt: number };
  /**
   * A token for the same sign-in, with a new expiry that never passes `signedInAt + maxLifetime`; null when that
   * time has come (the guide must type the password again).
   */
  refresh(session: GuideSession, nowMs?: number): { token: string; expiresAt: number } | null;
  /** The session, or null for anything forged, malformed, expired, or taken back (reset, removed). Never throws. */
  verify(token: unknown, nowMs?: number): GuideSession | null;
}

export const newTokenSecret = () => randomBytes(32).toString("base64url");

export const DEFAULT_MAX_SIGN_IN_SECONDS = 12 * 3600;

export function createGuideTokens(secret: string, ttlSeconds: number, options: GuideTokenOptions = {}): GuideTokens {
  if (secret.length < 32) throw new Error("the guide token secret must be at least 32 characters");
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_SIGN_IN_SECONDS;
  const sign = (body: string) => createHmac("sha256", secret).update(body).digest();
  const versionOf = (name: string): number | null => (options.versions ? options.versions(name) : 0);
  const make = (name: string, version: number, signedInAt: number, nowMs: number) => {
    const exp = Math.min(Math.floor(nowMs / 1000) + ttlSeconds, signedInAt + maxLifetime);
    const body = Buffer.from(JSON.stringify({ v: 2, g: name, ver: version, iat: signedInAt, exp })).toString(
      "base64url",
    );
    return { token: `${body}.${sign(body).toString("base64url")}`, expiresAt: exp };
  };
  return {
    issue(name, nowMs = Date.now()) {
      const version = versionOf(name);
      if (version === null) throw new Error(`there is no guide "${name}"`);
      return make(name, version, Math.floor(nowMs / 1000), nowMs);
    },
    refresh(session, nowMs = Date.now()) {
      if (session.signedInAt + maxLifetime <= Math.floor(nowMs / 1000)) return null;
      return make(session.name, session.version, session.signedInAt, nowMs);
    },
    verify(token, nowMs = Date.now()) {
      if (typeof token !== "string" || token.length > 1024) return null;
      const dot = token.indexOf(".");
      if (dot <= 0) return null;
      const body = token.slice(0, dot);
      const mac = Buffer.from(token.slice(dot + 1), "base64url");
      const expected = sign(body);
      if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return null;
      let payload: unknown;
      try {
        payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      } catch {
        return null;
      }
      const parsed = PayloadSchema.safeParse(payload);
      if (!parsed.success) return null;
      const p = parsed.data;
      if (p.exp * 1000 <= nowMs || p.exp > p.iat + maxLifetime) return null;
      // Read on every use, so a reset or removal in any process sharing the store ends the sign-in everywhere.
      let current: number | null;
      try {
        current = versionOf(p.g);
      } catch {
        return null; // the store could not answer: no sign-in is good that cannot be checked
      }
      if (current === null || current !== p.ver) return null;
      return { name: p.g, expiresAt: p.exp, signedInAt: p.iat, version: p.ver };
    },
  };
}
