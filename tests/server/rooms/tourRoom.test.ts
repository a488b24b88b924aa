// Guided tours in a real room: starting one, joining, the members' commands, and the refusals (a visitor acting as
// guide, a malformed plan or message) that change nothing. The guide's commands: tourGuideCommands.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType, PlaceReason, VisitorRole } from "../../../common/messageTypes";
import {
  expectRefused,
  grid,
  inbox,
  startHarness,
  visitorIn,
  whereIs,
  tourGroup,
  type Harness,
} from "../../fixtures/tourRoomHarness";
import { museumStateOf, sendPose, tourIn } from "../../fixtures/roomClients";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.closeAll());
afterAll(() => h.colyseus.shutdown());

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
    const { members, boxes, code } = await tourGroup(h, 1);
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

describe("member commands", () => {
  it("raise a hand (queued in order), the guide lowers it", async () => {
    const { guide, code, members } = await tourGroup(h, 2);
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
    const { guide, members, boxes } = await tourGroup(h, 2);
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
    const { guide, code, members, boxes, gbox } = await tourGroup(h, 2);
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
    const { guide, code, members, gbox } = await tourGroup(h, 1);
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
