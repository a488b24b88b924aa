// Guide session tokens: a compact payload (name, expiry) and its HMAC-SHA256, both base64url, joined by a dot.
// Stateless, so any process holding the secret can check one (rooms in onAuth, the REST API on each request).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const PayloadSchema = z.strictObject({ v: z.literal(1), g: z.string().min(1).max(64), exp: z.int().positive() });

export interface GuideSession {
  name: string;
  /** Seconds since 1970. */
  expiresAt: number;
}

export interface GuideTokens {
  issue(name: string, nowMs?: number): { token: string; expiresAt: number };
  /** The session, or null for anything forged, malformed or expired. Never throws. */
  verify(token: unknown, nowMs?: number): GuideSession | null;
}

export const newTokenSecret = () => randomBytes(32).toString("base64url");

export function createGuideTokens(secret: string, ttlSeconds: number): GuideTokens {
  if (secret.length < 32) throw new Error("the guide token secret must be at least 32 characters");
  const sign = (body: string) => createHmac("sha256", secret).update(body).digest();
  return {
    issue(name, nowMs = Date.now()) {
      const exp = Math.floor(nowMs / 1000) + ttlSeconds;
      const body = Buffer.from(JSON.stringify({ v: 1, g: name, exp })).toString("base64url");
      return { token: `${body}.${sign(body).toString("base64url")}`, expiresAt: exp };
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
      if (!parsed.success || parsed.data.exp * 1000 <= nowMs) return null;
      return { name: parsed.data.g, expiresAt: parsed.data.exp };
    },
  };
}
