// Guide sign-in pieces: signed tokens (forgery, tampering, expiry, versions, the absolute lifetime), password hashes,
// the per-address limiter.
import { describe, expect, it } from "vitest";
import { createGuideTokens, newTokenSecret } from "../../../server/auth/guideToken";
import { createLoginLimiter } from "../../../server/auth/loginLimiter";
import { hashPassword, verifyPassword } from "../../../server/auth/passwords";

const NOW = 1_800_000_000_000;

describe("guide tokens", () => {
  const tokens = createGuideTokens(newTokenSecret(), 600);
  it("carry the guide's name until they expire", () => {
    const { token, expiresAt } = tokens.issue("Mei Lin", NOW);
    expect(expiresAt).toBe(NOW / 1000 + 600);
    expect(tokens.verify(token, NOW + 599_000)).toEqual({
      name: "Mei Lin",
      expiresAt,
      signedInAt: NOW / 1000,
      version: 0,
    });
    expect(tokens.verify(token, NOW + 600_000)).toBeNull();
  });
  it("refuse a token signed with another secret, or one whose payload was changed", () => {
    const { token } = tokens.issue("Visitor", NOW);
    const other = createGuideTokens(newTokenSecret(), 600).issue("Mei Lin", NOW).token;
    expect(tokens.verify(other, NOW)).toBeNull();
    const [, mac] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ v: 2, g: "Mei Lin", ver: 0, iat: NOW / 1000, exp: NOW / 1000 + 600 }),
    ).toString("base64url");
    expect(tokens.verify(`${forged}.${mac}`, NOW)).toBeNull();
  });
  it.each([undefined, 42, "", "abc", ".", "a.b", "x".repeat(5000)])("refuse %j without throwing", (t) => {
    expect(tokens.verify(t, NOW)).toBeNull();
  });
  it("need a secret of at least 32 characters", () => {
    expect(() => createGuideTokens("short", 60)).toThrow(/32/);
  });
});

describe("guide tokens checked against the account's version", () => {
  const versions = new Map([["Mei Lin", 3]]);
  const tokens = createGuideTokens(newTokenSecret(), 600, {
    versions: (n) => versions.get(n) ?? null,
    maxLifetimeSeconds: 3600,
  });
  it("are good only while the account's version is the one they carry, and not for a guide who is gone", () => {
    const { token } = tokens.issue("Mei Lin", NOW);
    expect(tokens.verify(token, NOW)?.version).toBe(3);
    versions.set("Mei Lin", 4); // a password reset
    expect(tokens.verify(token, NOW)).toBeNull();
    const fresh = tokens.issue("Mei Lin", NOW).token;
    expect(tokens.verify(fresh, NOW)?.version).toBe(4);
    versions.delete("Mei Lin"); // guide:remove
    expect(tokens.verify(fresh, NOW)).toBeNull();
    expect(() => tokens.issue("Mei Lin", NOW)).toThrow(/no guide/);
  });
  it("refuse a token when the store cannot be asked, rather than throw", () => {
    const broken = createGuideTokens("s".repeat(32), 600, {
      versions: () => {
        throw new Error("database is locked");
      },
    });
    const token = createGuideTokens("s".repeat(32), 600).issue("Mei Lin", NOW).token;
    expect(broken.verify(token, NOW)).toBeNull();
  });
  it("are refreshed with the sign-in time kept, never past the absolute lifetime", () => {
    versions.set("Mei Lin", 1);
    let session = tokens.verify(tokens.issue("Mei Lin", NOW).token, NOW)!;
    // Refreshed every 9 minutes (before the 10-minute expiry), for as long as the server allows.
    let at = NOW;
    for (let i = 0; i < 20; i++) {
      at += 540_000;
      const next = tokens.refresh(session, at);
      if (!next) break;
      expect(next.expiresAt).toBeLessThanOrEqual(NOW / 1000 + 3600);
      session = tokens.verify(next.token, at)!;
      expect(session.signedInAt).toBe(NOW / 1000);
    }
    expect(at).toBeLessThanOrEqual(NOW + 3600_000 + 540_000);
    expect(tokens.refresh(session, NOW + 3600_000)).toBeNull();
    expect(tokens.verify(tokens.issue("Mei Lin", NOW).token, NOW + 3600_000)).toBeNull();
  });
});

describe("passwords", () => {
  it("verify the right password only", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterz", hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", null)).toBe(false);
    expect(await verifyPassword("x", "scrypt$bad")).toBe(false);
  });
});

describe("sign-in limiter", () => {
  it("allows the limit a minute per address, then says how long to wait", () => {
    const limiter = createLoginLimiter(3, 60_000);
    expect([0, 1, 2].map((i) => limiter.attempt("1.2.3.4", i * 1000))).toEqual([0, 0, 0]);
    expect(limiter.attempt("1.2.3.4", 10_000)).toBe(50);
    expect(limiter.attempt("5.6.7.8", 10_000)).toBe(0);
    expect(limiter.attempt("1.2.3.4", 60_001)).toBe(0);
  });
});
