// Voice activity from RFC 6464 levels: a word turns the ring on after a few packets, a pause between words keeps it,
// silence (or no packets at all, with DTX) turns it off; noise never turns it on.
import { describe, expect, it } from "vitest";
import { createSpeakingGate } from "../../../server/voice/speakingGate";

describe("the speaking gate", () => {
  it("turns on after sustained voice, survives a pause between words, and turns off in silence", () => {
    const gate = createSpeakingGate();
    expect(gate.hear(30, 0)).toBe(false);
    expect(gate.hear(30, 40)).toBe(false);
    expect(gate.hear(30, 80)).toBe(true);
    expect(gate.speaking).toBe(true);
    expect(gate.hear(90, 300)).toBe(false);
    expect(gate.hear(25, 400)).toBe(false);
    expect(gate.speaking).toBe(true);
    expect(gate.tick(800)).toBe(false);
    expect(gate.tick(901)).toBe(true);
    expect(gate.speaking).toBe(false);
  });

  it("never turns on for room noise, however long", () => {
    const gate = createSpeakingGate();
    for (let t = 0; t < 5000; t += 20) expect(gate.hear(70, t)).toBe(false);
    expect(gate.speaking).toBe(false);
  });

  it("a single loud click does not light the ring", () => {
    const gate = createSpeakingGate();
    gate.hear(5, 0);
    expect(gate.hear(100, 20)).toBe(false);
    expect(gate.hear(100, 1000)).toBe(false);
    expect(gate.speaking).toBe(false);
  });
});
