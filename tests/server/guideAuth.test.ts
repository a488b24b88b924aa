// Guide sign-in pieces: signed tokens (forgery, tampering, expiry), password hashes, the per-address limiter.
import { describe, expect, it } from "vitest";
import { createGuideTokens, newTokenSecret } from "../../server/auth/guideToken";
import { createLoginLimiter } from "../../server/auth/loginLimiter";
import { hashPassword, verifyPassword } from "../../server/auth/passwords";

const NOW = 1_800_000_000_000;

describe("guide tokens", () => {
  const tokens = createGuideTokens(newTokenSecret(), 600);
  it("carry the guide's name until they expire", () => {
    const { token, expiresAt } = tokens.issue("Mei Lin", NOW);
    expect(expiresAt).toBe(NOW / 1000 + 600);
    expect(tokens.verify(token, NOW + 599_000)).toEqual({ name: "Mei Lin", expiresAt });
    expect(tokens.verify(token, NOW + 600_000)).toBeNull();
  });
  it("refuse a token signed with another secret, or one whose payload was changed", () => {
    const { token } = tokens.issue("Visitor", NOW);
    const other = createGuideTokens(newTokenSecret(), 600).issue("Mei Lin", NOW).token;
    expect(tokens.verify(other, NOW)).toBeNull();
    const [, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ v: 1, g: "Mei Lin", exp: NOW / 1000 + 600 })).toString("base64url");
    expect(tokens.verify(`${forged}.${mac}`, NOW)).toBeNull();
  });
  it.each([undefined, 42, "", "abc", ".", "a.b", "x".repeat(5000)])("refuse %j without throwing", (t) => {
    expect(tokens.verify(t, NOW)).toBeNull();
  });
  it("need a secret of at least 32 characters", () => {
    expect(() => createGuideTokens("short", 60)).toThrow(/32/);
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
