// A live tour's life in a real room: late joiners at the right narration second, the guide dropping and coming
// back, hand-over to a co-guide, the guide gone for good, the end of the tour, and the write-through to the store.
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType, TourStatus } from "../../../common/messageTypes";
import { narrationPositionMs } from "../../../common/tourClock";
import { expectRefused, grid, inbox, startHarness, whereIs, type Harness } from "../../fixtures/tourRoomHarness";
import { museumStateOf, sendPose, socketOf, tourIn } from "../../fixtures/roomClients";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(1);
});
afterEach(() => h.closeAll());
afterAll(() => h.colyseus.shutdown());

const blip = (r: ClientRoom) => socketOf(r).close(); // a network drop, not a goodbye
const storedState = (code: string) => {
  const row = h.store.liveTours.all().find((r) => r.code === code);
  return row ? JSON.parse(row.state) : undefined;
};

async function tourWith(n: number) {
  const guide = await h.guide("Mei Lin");
  const code = await h.startTour(guide);
  const members: ClientRoom[] = [];
  for (let i = 0; i < n; i++) members.push(await h.joinTour(`Visitor ${i}`, code, guide.roomId));
  await vi.waitFor(() => expect(tourIn(guide, code).members.size).toBe(n + 1));
  return { guide, code, members, boxes: members.map(inbox), gbox: inbox(guide) };
}

describe("the narration clock across members", () => {
  it("a late joiner lands at the same second as those who were there", async () => {
    const { guide, code, members } = await tourWith(1);
    guide.send(MessageType.TourNarration, { action: "play" });
    await vi.waitFor(() => expect(tourIn(members[0], code).narration.playing).toBe(true));
    await new Promise((r) => setTimeout(r, 1200));
    const late = await h.joinTour("Late", code, guide.roomId);
    const box = inbox(late);
    await vi.waitFor(() => expect(tourIn(late, code)?.narration.playing).toBe(true));
    // What the late joiner's client computes (common/tourClock.ts), with the server clock from the tour:plan message.
    await vi.waitFor(() => expect(box.plans).toHaveLength(1));
    const offset = box.plans[0].serverNow - Date.now(); // same machine: ~0, but computed as a client would
    const now = Date.now() + offset;
    const lateAt = narrationPositionMs(tourIn(late, code).narration, now);
    const earlyAt = narrationPositionMs(tourIn(members[0], code).narration, now);
    expect(lateAt).toBeGreaterThanOrEqual(1200);
    expect(Math.abs(lateAt - earlyAt)).toBeLessThan(5);
  });
  it("the clock exchange gives the server's time", async () => {
    const v = await h.join("Ada");
    const reply = new Promise<{ t: number; s: number }>((resolve) => v.onMessage(MessageType.Clock, resolve));
    const t = Date.now();
    v.send(MessageType.Clock, { t });
    const r = await reply;
    expect(r.t).toBe(t);
    expect(Math.abs(r.s - Date.now())).toBeLessThan(500);
  });
  it("a member who reconnects finds the tour where it is", async () => {
    const { guide, code, members } = await tourWith(1);
    guide.send(MessageType.TourNext);
    guide.send(MessageType.TourNarration, { action: "play" });
    await vi.waitFor(() => expect(tourIn(members[0], code).narration.playing).toBe(true));
    const token = members[0].reconnectionToken;
    blip(members[0]);
    await vi.waitFor(() => expect(museumStateOf(guide).visitors.get(members[0].sessionId)?.connected).toBe(false));
    const back = await h.colyseus.sdk.reconnect(token);
    expect(back.sessionId).toBe(members[0].sessionId);
    await vi.waitFor(() => expect(tourIn(back, code)).toMatchObject({ stop: 1, status: TourStatus.Running }));
    expect(tourIn(back, code).members.has(back.sessionId)).toBe(true);
    await back.leave(true);
  });
});

describe("the guide's connection", () => {
  it("drops: the tour pauses and members are told; the guide's reconnection resumes it", async () => {
    const { guide, code, members } = await tourWith(2);
    guide.send(MessageType.TourNarration, { action: "play" });
    await vi.waitFor(() => expect(tourIn(members[0], code).narration.playing).toBe(true));
    const token = guide.reconnectionToken;
    blip(guide);
    for (const m of members)
      await vi.waitFor(() =>
        expect(tourIn(m, code)).toMatchObject({
          status: TourStatus.GuideAway,
          narration: expect.objectContaining({ playing: false }),
        }),
      );
    const pausedAt = tourIn(members[0], code).narration.offsetMs;
    const back = await h.colyseus.sdk.reconnect(token);
    for (const m of members)
      await vi.waitFor(() =>
        expect(tourIn(m, code)).toMatchObject({
          status: TourStatus.Running,
          narration: expect.objectContaining({ playing: true, offsetMs: pausedAt }),
        }),
      );
    back.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tourIn(members[1], code).stop).toBe(1));
    await back.leave(true).catch(() => undefined);
  });
  it("gone for good with nobody to take over: the tour ends, members are told and visit freely", async () => {
    const { guide, code, members, boxes } = await tourWith(2);
    blip(guide);
    for (const box of boxes)
      await vi.waitFor(() => expect(box.ended).toEqual([{ code, reason: "guide-gone" }]), { timeout: 5000 });
    await vi.waitFor(() => expect(tourIn(members[0], code)).toBeUndefined());
    expect(storedState(code)).toBeUndefined();
    sendPose(members[0], grid, 40, 150);
    await vi.waitFor(() => expect(whereIs(members[1], members[0].sessionId).z).toBeCloseTo(150, 0));
  });
  it("gone for good with a co-guide in the tour: the co-guide leads on", async () => {
    const { guide, code, members, boxes } = await tourWith(1);
    const co = await h.joinTour("Bo", code, guide.roomId, { guideToken: h.token("Bo") });
    await vi.waitFor(() => expect(tourIn(guide, code).members.size).toBe(3));
    blip(guide);
    await vi.waitFor(
      () =>
        expect(tourIn(members[0], code)).toMatchObject({
          guide: co.sessionId,
          guideName: "Bo",
          status: TourStatus.Running,
        }),
      { timeout: 5000 },
    );
    expect([...tourIn(members[0], code).left]).toContain("Mei Lin");
    expect(boxes[0].ended).toHaveLength(0);
    co.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tourIn(members[0], code).stop).toBe(1));
  });
});

describe("hand-over", () => {
  it("to a signed-in co-guide in the tour; the old guide can no longer lead", async () => {
    const { guide, code, members, gbox } = await tourWith(1);
    guide.send(MessageType.TourHandover, { to: members[0].sessionId });
    await expectRefused(gbox, ErrorCode.NotGuide, MessageType.TourHandover);
    expect(gbox.errors[0].message).toMatch(/not signed in as a guide/);
    const co = await h.joinTour("Bo", code, guide.roomId, { guideToken: h.token("Bo") });
    await vi.waitFor(() => expect(tourIn(guide, code).members.has(co.sessionId)).toBe(true));
    guide.send(MessageType.TourHandover, { to: co.sessionId });
    await vi.waitFor(() => expect(tourIn(members[0], code)).toMatchObject({ guide: co.sessionId, guideName: "Bo" }));
    guide.send(MessageType.TourNext);
    await vi.waitFor(() => expect(gbox.errors.filter((e) => e.code === ErrorCode.NotGuide)).toHaveLength(2));
    co.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tourIn(members[0], code).stop).toBe(1));
    expect(tourIn(members[0], code).members.has(guide.sessionId)).toBe(true); // still in the tour, as a member
  });
});

describe("the end of a tour", () => {
  it("members are told, the tour is gone from the state and the store, and nobody is held any more", async () => {
    const { guide, code, members, boxes } = await tourWith(2);
    guide.send(MessageType.TourLock, { radius: 5 });
    await vi.waitFor(() => expect(tourIn(members[0], code).lockRadius).toBe(5));
    // Each client applies where the lock placed it, as the real client does.
    for (const [i, box] of boxes.entries()) {
      await vi.waitFor(() => expect(box.places).toHaveLength(1));
      sendPose(members[i], grid, box.places[0].x, box.places[0].z);
    }
    guide.send(MessageType.TourEnd);
    for (const box of boxes) await vi.waitFor(() => expect(box.ended).toEqual([{ code, reason: "ended" }]));
    await vi.waitFor(() => expect(museumStateOf(members[0]).tours.size).toBe(0));
    expect(storedState(code)).toBeUndefined();
    sendPose(members[0], grid, 40, 150);
    await vi.waitFor(() => expect(whereIs(guide, members[0].sessionId).z).toBeCloseTo(150, 0));
    members[0].send(MessageType.TourRaiseHand, { raised: true });
    await expectRefused(boxes[0], ErrorCode.NotInTour);
    // The guide may start another.
    expect(await h.startTour(guide)).toMatch(/^[A-Z2-9]{6}$/);
  });
});

describe("write-through", () => {
  it("every change of the tour reaches the store at once", async () => {
    const { guide, code, members } = await tourWith(1);
    guide.send(MessageType.TourGoto, { stop: 2 });
    guide.send(MessageType.TourAnnounce, { text: "Lunch at noon" });
    members[0].send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() =>
      expect(storedState(code)).toMatchObject({
        stop: 2,
        announcement: "Lunch at noon",
        members: { [members[0].sessionId]: { hand: 1 } },
      }),
    );
  });
});

describe("restoring from the store (for restarts, issue 7)", () => {
  it("what is written through reads back as the same tour", async () => {
    const { restoreLiveTour } = await import("../../../server/logic/tourSnapshot");
    const { guide, code, members } = await tourWith(2);
    guide.send(MessageType.TourNext);
    guide.send(MessageType.TourNarration, { action: "play" });
    guide.send(MessageType.TourLock, { radius: 8 });
    members[1].send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() =>
      expect(storedState(code)).toMatchObject({
        stop: 1,
        lockRadius: 8,
        members: { [members[1].sessionId]: { hand: 1 } },
      }),
    );
    const row = h.store.liveTours.all().find((r) => r.code === code)!;
    const tour = restoreLiveTour(row.plan, row.state);
    expect(tour).toMatchObject({
      code,
      guide: guide.sessionId,
      guideName: "Mei Lin",
      stop: 1,
      lockRadius: 8,
      narration: { playing: true },
    });
    expect(tour.plan.id).toBe("mini-walk");
    expect(Object.keys(tour.members).sort()).toEqual([guide.sessionId, ...members.map((m) => m.sessionId)].sort());
    expect(() => restoreLiveTour(row.plan, JSON.stringify({ ...JSON.parse(row.state), stop: 9 }))).toThrow(
      /past the plan/,
    );
    expect(() => restoreLiveTour(row.plan, JSON.stringify({ ...JSON.parse(row.state), members: "x" }))).toThrow(
      /members/,
    );
  });
});
