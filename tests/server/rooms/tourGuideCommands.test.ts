// The guide's commands in a real room with a group: stops, gather, follow, spotlight, narration, announcements, the
// roaming lock and the headcount, and that a member sending any of them changes nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ErrorCode,
  FollowState,
  MemberPlace,
  MessageType,
  PlaceReason,
  SpotlightKind,
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
  tourGroup,
  withoutHeadcount,
  type Harness,
} from "../../fixtures/tourRoomHarness";
import { sendPose, settledFor, tourIn } from "../../fixtures/roomClients";
import { miniContent } from "../../fixtures/tourContent";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.closeAll());
afterAll(() => h.colyseus.shutdown());

const world = miniContent().scenes.get("mini")!.world;

describe("guide commands", () => {
  it("next, previous and goto: every member sees the stop within a patch", async () => {
    const { guide, code, members } = await tourGroup(h, 3);
    guide.send(MessageType.TourNext);
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(1));
    guide.send(MessageType.TourGoto, { stop: 2 });
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(2));
    guide.send(MessageType.TourPrev, {});
    for (const m of members) await vi.waitFor(() => expect(tourIn(m, code).stop).toBe(1));
  });
  it("a stop that does not exist is refused and nothing moves", async () => {
    const { guide, code, gbox, members } = await tourGroup(h, 1);
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
    const { code, members, boxes, guide } = await tourGroup(h, 2);
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
    const { guide, code, members, boxes } = await tourGroup(h, 4);
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
    const { guide, code, members, boxes } = await tourGroup(h, 1);
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
    const { guide, boxes } = await tourGroup(h, 2);
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
    const { guide, code, members, boxes } = await tourGroup(h, 2);
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
    const { guide, code, members, gbox } = await tourGroup(h, 1);
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
    const { guide, code, members } = await tourGroup(h, 2);
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
    const { guide, code, members, gbox } = await tourGroup(h, 2);
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
    const { guide, code, members, boxes } = await tourGroup(h, 2);
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
    const { guide, code, members } = await tourGroup(h, 3);
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
