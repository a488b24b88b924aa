// Per-member tour cooldowns: a burst is allowed, an honest pace never refused, a flood refused with when to retry,
// members independent of each other and of commands, the state dropped when a member is forgotten.
import { describe, expect, it } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import { createMemberCooldowns, TOUR_COOLDOWNS, tooSoonMessage } from "../../../server/logic/memberCooldown";

const TO_GUIDE = MessageType.TourToGuide;
const HAND = MessageType.TourRaiseHand;
const FOLLOW = MessageType.TourFollowReply;

describe("member cooldowns", () => {
  it("to-guide: a double click passes, a third at once waits about 2 s", () => {
    const c = createMemberCooldowns();
    expect(c.take("a", TO_GUIDE, 1000)).toEqual({ ok: true });
    expect(c.take("a", TO_GUIDE, 1010)).toEqual({ ok: true });
    const third = c.take("a", TO_GUIDE, 1020);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.retryInMs).toBeGreaterThan(1900);
    if (!third.ok) expect(third.retryInMs).toBeLessThanOrEqual(2000);
    expect(c.take("a", TO_GUIDE, 1020 + 1990).ok).toBe(true);
  });

  it("an honest pace is never refused, whatever it started with", () => {
    const c = createMemberCooldowns();
    // To-guide every 2 s, a hand toggled three times a second, a follow answered twice a second, for ten minutes.
    for (let t = 0; t < 600_000; t += 2000) expect(c.take("m", TO_GUIDE, t).ok).toBe(true);
    for (let t = 0; t < 600_000; t += 334) expect(c.take("m", HAND, t).ok).toBe(true);
    for (let t = 0; t < 600_000; t += 500) expect(c.take("m", FOLLOW, t).ok).toBe(true);
  });

  it("a flood is held to the sustained rate, however long it lasts", () => {
    const c = createMemberCooldowns();
    let passed = 0;
    // 100 raise-hands a second for 10 s: the burst, then 3 a second.
    for (let t = 0; t < 10_000; t += 10) if (c.take("x", HAND, t).ok) passed++;
    expect(passed).toBeLessThanOrEqual(TOUR_COOLDOWNS[HAND].burst + 10 * TOUR_COOLDOWNS[HAND].perSecond + 1);
    expect(passed).toBeGreaterThanOrEqual(10 * TOUR_COOLDOWNS[HAND].perSecond);
  });

  it("members and commands have buckets of their own", () => {
    const c = createMemberCooldowns();
    c.take("a", TO_GUIDE, 0);
    c.take("a", TO_GUIDE, 0);
    expect(c.take("a", TO_GUIDE, 0).ok).toBe(false);
    expect(c.take("b", TO_GUIDE, 0).ok).toBe(true);
    expect(c.take("a", HAND, 0).ok).toBe(true);
  });

  it("a clock stepping back refills nothing and takes nothing back", () => {
    const c = createMemberCooldowns();
    c.take("a", TO_GUIDE, 10_000);
    c.take("a", TO_GUIDE, 10_000);
    expect(c.take("a", TO_GUIDE, 5_000).ok).toBe(false);
    expect(c.take("a", TO_GUIDE, 11_999).ok).toBe(false);
    expect(c.take("a", TO_GUIDE, 12_000).ok).toBe(true);
  });

  it("the state is bounded: forgetting a member drops all their buckets", () => {
    const c = createMemberCooldowns();
    for (let i = 0; i < 100; i++) for (const cmd of [TO_GUIDE, HAND, FOLLOW] as const) c.take(`m${i}`, cmd, 0);
    expect(c.size).toBe(300);
    for (let i = 0; i < 100; i++) c.forget(`m${i}`);
    expect(c.size).toBe(0);
  });

  it("the refusal says when to send again", () => {
    expect(tooSoonMessage(TO_GUIDE, 1400)).toBe("too soon: send tour:to-guide again in 1.4 s");
    expect(tooSoonMessage(HAND, 1)).toMatch(/again in 0\.1 s/);
  });
});
