// The per-connection guard: honest rates pass, bursts are absorbed, floods and streams of bad input are cut off.
import { describe, expect, it } from "vitest";
import { createClientGuard } from "../../../server/logic/clientGuard";

const limits = { ratePerSecond: 40, burst: 80, maxInvalid: 5, maxDropped: 50, windowMs: 10_000 };

describe("client guard", () => {
  it("an honest client sending 25 messages a second for a minute is never dropped", () => {
    const g = createClientGuard(limits, 0);
    for (let t = 0; t < 60_000; t += 40) expect(g.admit(t)).toBe("ok");
  });
  it("a burst up to the bucket's size passes, then messages are dropped", () => {
    const g = createClientGuard(limits, 0);
    for (let i = 0; i < 80; i++) expect(g.admit(1000)).toBe("ok");
    expect(g.admit(1000)).toBe("drop");
  });
  it("a sustained flood ends in a disconnect", () => {
    const g = createClientGuard(limits, 0);
    const verdicts = Array.from({ length: 400 }, (_, i) => g.admit(i));
    expect(verdicts).toContain("disconnect-flooding");
  });
  it("a few invalid messages are forgiven; a stream of them is not", () => {
    const g = createClientGuard(limits, 0);
    for (let i = 0; i < 5; i++) expect(g.invalid(i * 100)).toBe("ok");
    expect(g.invalid(600)).toBe("disconnect-invalid");
  });
  it("invalid messages spread out over time are forgiven", () => {
    const g = createClientGuard(limits, 0);
    for (let i = 0; i < 50; i++) expect(g.invalid(i * 3000)).toBe("ok");
  });
});
