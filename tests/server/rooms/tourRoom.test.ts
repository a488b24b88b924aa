// Guided tours in a real room: a guide and several visitors, every guide and member command, and the refusals
// (a visitor acting as guide, a stop that does not exist, a malformed plan) that change nothing.
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ErrorCode,
  FollowState,
  MemberPlace,
  MessageType,
  PlaceReason,
  SpotlightKind,
  VisitorRole,
} from "../../../common/messageTypes";
import { isWalkable } from "../../../common/walkable";
import { STAND_RADIUS } from "../../../server/logic/tourPlanCheck";
import {
  expectRefused,
  grid,
  inbox,
  startHarness,
  visitorIn,
  whereIs,
  type Harness,
} from "../../fixtures/tourRoomHarness";
import { museumStateOf, sendPose, settledFor, tourIn } from "../../fixtures/roomClients";
import { miniContent } from "../../fixtures/tourContent";

let h: Harness;
/** A tour as a client sees it, less each member's place in the group: the headcount rewrites it every second. */
function withoutHeadcount(tour: { members: Record<string, object> }) {
  const members = Object.entries(tour.members).map(([id, { place: _derived, ...m }]: [string, { place?: unknown }]) => [
    id,
    m,
  ]);
  return { ...tour, members: Object.fromEntries(members) };
}

beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.closeAll());
afterAll(() => h.colyseus.shutdown());

const world = miniContent().scenes.get("mini")!.world;

/** A guide with a tour and `n` visitors in it, each with an inbox. */
async function group(n = 3) {
  const guide = await h.guide("Mei Lin");
  const code = await h.startTour(guide);
  const members: ClientRoom[] = [];
  for (let i = 0; i < n; i++) members.push(await h.joinTour(`Visitor ${i}`, code, guide.roomId));
  await vi.waitFor(() => expect(tourIn(guide, code).members.size).toBe(n + 1));
  for (const m of members) await vi.waitFor(() => expect(tourIn(m, code)?.members.size).toBe(n + 1));
  return { guide, code, members, gbox: inbox(guide), boxes: members.map(inbox) };
}

describe("starting a tour", () => {
  it("a signed-in guide starts one: code, link, plan, state", async () => {
    const guide = await h.guide("Mei Lin");
    const box = inbox(guide);
    const code = await h.startTour(guide);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await vi.waitFor(() => expect(box.plans[0]?.plan.id).toBe("mini-walk"));
    await vi.waitFor(() => expect(tourIn(guide, code)).toBeDefined());
    const t = tourIn(guide, code);
    expect(visitorIn(guide, guide.sessionId)).toMatchObject({ name: "Mei Lin", role: VisitorRole.Guide });
    expect({ guide: t.guide, guideName: t.guideName, stop: t.stop, stopCount: t.stopCount }).toEqual({
      guide: guide.sessionId,
      guideName: "Mei Lin",
      stop: 0,
      stopCount: 3,
    });
    expect(JSON.parse(h.store.liveTours.all().find((r) => r.code === code)!.state).stop).toBe(0);
  });
  it("a visitor cannot start one, whatever name or options they give", async () => {
    const eve = await h.join("Mei Lin");
    const box = inbox(eve);
    eve.send(MessageType.TourStart, { planId: "mini-walk" });
    await expectRefused(box, ErrorCode.NotGuide, MessageType.TourStart);
    expect(museumStateOf(eve).tours.size).toBe(0);
    await expect(h.join("Eve", { role: 1 })).rejects.toThrow(/role/);
  });
  it("an unknown plan, a plan that no longer fits the museum, or a second tour are refused", async () => {
    const guide = await h.guide("Mei Lin");
    const box = inbox(guide);
    guide.send(MessageType.TourStart, { planId: "no-such-walk" });
    await expectRefused(box, ErrorCode.NoSuchPlan);
    guide.send(MessageType.TourStart, { planId: "broken-walk" });
    await expectRefused(box, ErrorCode.InvalidPlan);
    expect(box.errors.find((e) => e.code === ErrorCode.InvalidPlan)!.message).toMatch(
      /stops\[0\]\.target\.id: no landmark "demolished-bank"/,
    );
    expect(museumStateOf(guide).tours.size).toBe(0);
    await h.startTour(guide);
    guide.send(MessageType.TourStart, { planId: "mini-walk" });
    await expectRefused(box, ErrorCode.InTour);
  });
});

describe("joining", () => {
  it("by the join option or by tour:join; each member gets the plan and the server's time", async () => {
    const guide = await h.guide("Mei Lin");
    const code = await h.startTour(guide);
    const a = await h.joinTour("Ada", code, guide.roomId);
    const b = await h.join("Bo");
    expect(b.roomId).toBe(guide.roomId);
    const bbox = inbox(b);
    b.send(MessageType.TourJoin, { code: code.toLowerCase() });
    await vi.waitFor(() => expect(tourIn(guide, code).members.size).toBe(3));
    await vi.waitFor(() => expect(bbox.plans[0]?.code).toBe(code));
    expect(Math.abs(bbox.plans[0].serverNow - Date.now())).toBeLessThan(1000);
    expect(tourIn(a, code).members.has(a.sessionId)).toBe(true);
  });
  it("an unknown code, or a second tour, is refused", async () => {
    const { members, boxes, code } = await group(1);
    members[0].send(MessageType.TourJoin, { code: "ZZZZZZ" });
    await expectRefused(boxes[0], ErrorCode.InTour);
    const other = await h.join("Cy");
    const obox = inbox(other);
    other.send(MessageType.TourJoin, { code: "ZZZZZZ" });
    await expectRefused(obox, ErrorCode.NoSuchTour);
    other.send(MessageType.TourJoin, { code: "not a code" });
    await expectRefused(obox, ErrorCode.InvalidMessage);
    expect(tourIn(other, code).members.has(other.sessionId)).toBe(false);
  });
});

describe("guide commands", () => {
  it("next, previous and goto: every member sees the stop within a patch", async () => {
    const { guide, code, members } = await group(3);
    guide.send(MessageType.TourNext);
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(1));
    guide.send(MessageType.TourGoto, { stop: 2 });
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(2));
    guide.send(MessageType.TourPrev, {});
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(1));
  });
  it("a stop that does not exist is refused and nothing moves", async () => {
    const { guide, code, gbox, members } = await group(1);
    guide.send(MessageType.TourGoto, { stop: 3 });
    await expectRefused(gbox, ErrorCode.NoSuchStop, MessageType.TourGoto);
    expect(gbox.errors[0].message).toMatch(/stops 1 to 3/);
    guide.send(MessageType.TourPrev);
    await vi.waitFor(() => expect(gbox.errors).toHaveLength(2));
    guide.send(MessageType.TourGoto, { stop: -1 });
    await expectRefused(gbox, ErrorCode.InvalidMessage);
    expect(tourIn(members[0], code).stop).toBe(0);
  });
  it("every guide command from a visitor in the tour is refused and changes nothing", async () => {
    const { code, members, boxes, guide } = await group(2);
    const before = withoutHeadcount(tourIn(guide, code).toJSON());
    const commands: [string, unknown][] = [
      [MessageType.TourNext, undefined],
      [MessageType.TourPrev, undefined],
      [MessageType.TourGoto, { stop: 1 }],
      [MessageType.TourGather, {}],
      [MessageType.TourFollow, { on: true }],
      [MessageType.TourSpotlight, { target: { kind: "landmark", id: "customs-house" } }],
      [MessageType.TourNarration, { action: "play" }],
      [MessageType.TourAnnounce, { text: "I am the guide now" }],
      [MessageType.TourLock, { radius: 5 }],
      [MessageType.TourLowerHand, { member: members[1].sessionId }],
      [MessageType.TourHandover, { to: members[0].sessionId }],
      [MessageType.TourEnd, undefined],
    ];
    for (const [type, body] of commands) members[0].send(type, body);
    await vi.waitFor(() => expect(boxes[0].errors).toHaveLength(commands.length));
    expect(boxes[0].errors.every((e) => e.code === ErrorCode.NotGuide)).toBe(true);
    expect(boxes[0].errors.map((e) => e.type)).toEqual(commands.map(([t]) => t));
    expect(boxes[0].places).toHaveLength(0);
    await settledFor(guide, members[0], grid);
    expect(withoutHeadcount(tourIn(guide, code).toJSON())).toEqual(before);
    expect(boxes[1].places).toHaveLength(0);
  });
  it("a visitor in no tour gets not-in-tour for member commands", async () => {
    const v = await h.join("Loner");
    const box = inbox(v);
    v.send(MessageType.TourRaiseHand, { raised: true });
    await expectRefused(box, ErrorCode.NotInTour);
  });

  it("gather: everyone is told where to stand, round the guide, facing the guide, on walkable ground", async () => {
    const { guide, code, members, boxes } = await group(4);
    sendPose(guide, grid, 40, 120, 0);
    members.forEach((m, i) => sendPose(m, grid, 10 + i, -40 - i * 10));
    await vi.waitFor(() => expect(whereIs(guide, members[3].sessionId).z).toBeCloseTo(-70, 0));
    await vi.waitFor(() => expect(whereIs(guide, guide.sessionId).z).toBeCloseTo(120, 0));
    guide.send(MessageType.TourGather, {});
    for (const [i, box] of boxes.entries()) {
      await vi.waitFor(() => expect(box.places).toHaveLength(1));
      const p = box.places[0];
      expect(p).toMatchObject({ code, reason: PlaceReason.Gather, sceneId: "mini", fade: false });
      expect(Math.hypot(p.x - 40, p.z - 120)).toBeLessThan(4);
      expect(isWalkable(world, p.x, p.z, STAND_RADIUS)).toBe(true);
      expect(Math.atan2(40 - p.x, 120 - p.z)).toBeCloseTo(p.yaw, 5);
      // The room shows them there at once (the server does not wait for the client).
      await vi.waitFor(() =>
        expect(
          Math.hypot(whereIs(guide, members[i].sessionId).x - p.x, whereIs(guide, members[i].sessionId).z - p.z),
        ).toBeLessThan(0.05),
      );
    }
    // A stale pose from before the client applied the placement does not drag the member back…
    sendPose(members[0], grid, 10, -40);
    await settledFor(guide, members[0], grid);
    expect(whereIs(guide, members[0].sessionId).z).toBeGreaterThan(100);
    // …while the client's own pose near the placement is taken, and from then on it moves freely.
    const p0 = boxes[0].places[0];
    sendPose(members[0], grid, p0.x + 0.5, p0.z);
    sendPose(members[0], grid, 20, 100);
    await vi.waitFor(() => expect(whereIs(guide, members[0].sessionId).x).toBeCloseTo(20, 0));
  });
  it("gather round a guide who left the locked stop releases the lock", async () => {
    const { guide, code, members, boxes } = await group(1);
    guide.send(MessageType.TourLock, { radius: 6 });
    await vi.waitFor(() => expect(tourIn(members[0], code).lockRadius).toBe(6));
    sendPose(guide, grid, 40, 120);
    await vi.waitFor(() => expect(whereIs(guide, guide.sessionId).z).toBeCloseTo(120, 0));
    guide.send(MessageType.TourGather);
    await vi.waitFor(() => expect(boxes[0].places.some((p) => p.reason === PlaceReason.Gather)).toBe(true));
    await vi.waitFor(() => expect(tourIn(members[0], code).lockRadius).toBe(0));
    const p = boxes[0].places.find((x) => x.reason === PlaceReason.Gather)!;
    sendPose(members[0], grid, p.x, p.z);
    await settledFor(guide, members[0], grid);
    expect(
      Math.hypot(whereIs(guide, members[0].sessionId).x - p.x, whereIs(guide, members[0].sessionId).z - p.z),
    ).toBeLessThan(0.1);
  });
  it("gather facing the target: members face the stop's landmark", async () => {
    const { guide, boxes } = await group(2);
    sendPose(guide, grid, 35, 50, -Math.PI / 2); // the first stop: the customs house at (-20, 50)
    await vi.waitFor(() => expect(whereIs(guide, guide.sessionId).x).toBeCloseTo(35, 0));
    guide.send(MessageType.TourGather, { facing: "target" });
    for (const box of boxes) {
      await vi.waitFor(() => expect(box.places).toHaveLength(1));
      const p = box.places[0];
      expect(Math.atan2(-20 - p.x, 50 - p.z)).toBeCloseTo(p.yaw, 5);
      expect(p.x).toBeGreaterThan(35); // the half circle opens away from the building
    }
  });

  it("follow: the guide invites, members accept or decline", async () => {
    const { guide, code, members, boxes } = await group(2);
    members[0].send(MessageType.TourFollowReply, { accept: true });
    await expectRefused(boxes[0], ErrorCode.NotNow);
    guide.send(MessageType.TourFollow, { on: true });
    await vi.waitFor(() =>
      expect(tourIn(members[1], code).members.get(members[1].sessionId).follow).toBe(FollowState.Invited),
    );
    members[0].send(MessageType.TourFollowReply, { accept: true });
    members[1].send(MessageType.TourFollowReply, { accept: false });
    await vi.waitFor(() => {
      const t = tourIn(guide, code);
      expect(t.members.get(members[0].sessionId).follow).toBe(FollowState.Following);
      expect(t.members.get(members[1].sessionId).follow).toBe(FollowState.Off);
    });
    guide.send(MessageType.TourFollow, { on: false });
    await vi.waitFor(() =>
      expect(tourIn(members[0], code).members.get(members[0].sessionId).follow).toBe(FollowState.Off),
    );
  });

  it("spotlight: on a landmark of the guide's scene, off; an unknown one is refused", async () => {
    const { guide, code, members, gbox } = await group(1);
    guide.send(MessageType.TourSpotlight, { target: { kind: "landmark", id: "customs-house" } });
    await vi.waitFor(() =>
      expect(tourIn(members[0], code)).toMatchObject({ spotKind: SpotlightKind.Landmark, spotId: "customs-house" }),
    );
    guide.send(MessageType.TourSpotlight, { target: { kind: "exhibit", id: "cer-0001" } });
    await expectRefused(gbox, ErrorCode.InvalidPlan);
    expect(gbox.errors[0].message).toMatch(/not on display in this scene/);
    guide.send(MessageType.TourSpotlight, { target: null });
    await vi.waitFor(() =>
      expect(tourIn(members[0], code)).toMatchObject({ spotKind: SpotlightKind.None, spotId: "" }),
    );
  });

  it("narration: play, seek and pause reach every member as one clock", async () => {
    const { guide, code, members } = await group(2);
    guide.send(MessageType.TourNarration, { action: "play" });
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).narration.playing).toBe(true));
    guide.send(MessageType.TourNarration, { action: "seek", toSec: 42 });
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).narration.offsetMs).toBe(42_000));
    guide.send(MessageType.TourNarration, { action: "pause" });
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).narration.playing).toBe(false));
    const [a, b] = members.map((m) => tourIn(m, code).narration.offsetMs);
    expect(a).toBe(b);
    expect(a).toBeGreaterThanOrEqual(42_000);
    expect(a).toBeLessThan(44_000);
  });

  it("announce: a banner for all, cleaned; too long is refused", async () => {
    const { guide, code, members, gbox } = await group(2);
    guide.send(MessageType.TourAnnounce, { text: "Meet at the <b>bridge</b>" });
    for (const m of members)
      await vi.waitFor(() =>
        expect(tourIn(m, code)).toMatchObject({ announcement: "Meet at the b bridge /b", announceSeq: 1 }),
      );
    guide.send(MessageType.TourAnnounce, { text: "x".repeat(201) });
    await expectRefused(gbox, ErrorCode.InvalidMessage);
    expect(tourIn(members[0], code).announceSeq).toBe(1);
  });

  it("lock roaming: stragglers are brought in, poses are kept within the radius, the scene cannot change", async () => {
    const { guide, code, members, boxes } = await group(2);
    sendPose(members[0], grid, 40, 52); // inside the first stop's radius (stop at 40, 50)
    sendPose(members[1], grid, 40, 150); // far away
    await vi.waitFor(() => expect(whereIs(guide, members[1].sessionId).z).toBeCloseTo(150, 0));
    guide.send(MessageType.TourLock, { radius: 6 });
    await vi.waitFor(() => expect(boxes[1].places).toHaveLength(1));
    expect(boxes[1].places[0].reason).toBe(PlaceReason.Lock);
    expect(Math.hypot(boxes[1].places[0].x - 40, boxes[1].places[0].z - 50)).toBeLessThanOrEqual(6);
    expect(boxes[0].places).toHaveLength(0);
    await vi.waitFor(() => expect(tourIn(members[0], code).lockRadius).toBe(6));
    // Whatever the client sends, the accepted pose stays inside.
    sendPose(members[0], grid, 40, 90);
    await vi.waitFor(() => expect(whereIs(guide, members[0].sessionId).z).toBeCloseTo(56, 0));
    members[0].send(MessageType.Scene, { sceneId: "mini-hall" });
    await expectRefused(boxes[0], ErrorCode.Locked);
    expect(visitorIn(guide, members[0].sessionId).sceneId).toBe("mini");
    // The guide is free; asking to be taken to a guide who left the locked stop is refused.
    sendPose(guide, grid, 40, 90);
    await vi.waitFor(() => expect(whereIs(guide, guide.sessionId).z).toBeCloseTo(90, 0));
    members[0].send(MessageType.TourToGuide);
    await vi.waitFor(() => expect(boxes[0].errors.filter((e) => e.code === ErrorCode.Locked)).toHaveLength(2));
    // Unlocking frees the members.
    guide.send(MessageType.TourLock, { radius: 0 });
    await vi.waitFor(() => expect(tourIn(members[0], code).lockRadius).toBe(0));
    sendPose(members[0], grid, 40, 90);
    await vi.waitFor(() => expect(whereIs(guide, members[0].sessionId).z).toBeCloseTo(90, 0));
  });

  it("headcount: with the group, behind, elsewhere", async () => {
    const { guide, code, members } = await group(3);
    sendPose(guide, grid, 40, 0);
    sendPose(members[0], grid, 42, 3);
    sendPose(members[1], grid, 40, 120);
    members[2].send(MessageType.Scene, { sceneId: "mini-hall" });
    await vi.waitFor(
      () => {
        const t = tourIn(members[0], code);
        expect(members.map((m) => t.members.get(m.sessionId).place)).toEqual([
          MemberPlace.With,
          MemberPlace.Behind,
          MemberPlace.Elsewhere,
        ]);
      },
      { timeout: 3000 },
    );
  });
});

describe("member commands", () => {
  it("raise a hand (queued in order), the guide lowers it", async () => {
    const { guide, code, members } = await group(2);
    members[1].send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() => expect(tourIn(guide, code).members.get(members[1].sessionId).hand).toBeGreaterThan(0));
    members[0].send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() =>
      expect(tourIn(guide, code).members.get(members[0].sessionId).hand).toBeGreaterThan(
        tourIn(guide, code).members.get(members[1].sessionId).hand,
      ),
    );
    guide.send(MessageType.TourLowerHand, { member: members[1].sessionId });
    await vi.waitFor(() => expect(tourIn(members[1], code).members.get(members[1].sessionId).hand).toBe(0));
  });
  it("take me to the guide: a free spot beside the group", async () => {
    const { guide, members, boxes } = await group(2);
    sendPose(guide, grid, 40, 100);
    sendPose(members[0], grid, 40, 97.5);
    sendPose(members[1], grid, 20, -50);
    await vi.waitFor(() => expect(whereIs(guide, members[0].sessionId).z).toBeCloseTo(97.5, 0));
    members[1].send(MessageType.TourToGuide);
    await vi.waitFor(() => expect(boxes[1].places).toHaveLength(1));
    const p = boxes[1].places[0];
    expect(p.reason).toBe(PlaceReason.ToGuide);
    expect(Math.hypot(p.x - 40, p.z - 100)).toBeLessThan(4);
    expect(Math.hypot(p.x - 40, p.z - 97.5)).toBeGreaterThan(0.9); // not on top of the other member
  });
  it("leave: gone from the tour, remembered among those who left, free again", async () => {
    const { guide, code, members, boxes, gbox } = await group(2);
    members[0].send(MessageType.TourLeave);
    await vi.waitFor(() => expect(boxes[0].ended).toEqual([{ code, reason: "left" }]));
    await vi.waitFor(() => expect(tourIn(guide, code).members.has(members[0].sessionId)).toBe(false));
    expect([...tourIn(guide, code).left]).toEqual(["Visitor 0"]);
    members[0].send(MessageType.TourLeave);
    await expectRefused(boxes[0], ErrorCode.NotInTour);
    guide.send(MessageType.TourLeave); // the guide hands over or ends, never just walks off
    await expectRefused(gbox, ErrorCode.NotNow, MessageType.TourLeave);
  });
});

describe("hostile tour messages", () => {
  it("malformed bodies for every tour message are refused one by one; the tour and the room carry on", async () => {
    const { guide, code, members, gbox } = await group(1);
    const garbage = [
      null,
      42,
      "x",
      [],
      { stop: "1" },
      { radius: -5 },
      { target: { kind: "x", id: "../../" } },
      { action: "seek", toSec: 1e9 },
      { text: 7 },
      { to: "" },
      { code: "!!" },
      { a: { b: { c: {} } } },
    ];
    const types = Object.values(MessageType).filter(
      (t) => t.startsWith("tour:") && !["tour:started", "tour:plan", "tour:place", "tour:ended"].includes(t),
    );
    let sent = 0;
    for (const type of types) {
      for (const g of garbage) {
        guide.send(type, g);
        sent++;
      }
    }
    await vi.waitFor(() => expect(gbox.errors.length).toBeGreaterThan(types.length * 4));
    expect(gbox.errors.every((e) => typeof e.message === "string")).toBe(true);
    expect(guide.connection.isOpen).toBe(true);
    expect(sent).toBeGreaterThan(200);
    guide.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tourIn(members[0], code).stop).toBe(1));
  });
});
