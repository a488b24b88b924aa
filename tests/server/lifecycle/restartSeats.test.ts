// The parts of a restart that need no process: tour tickets (signed seats), reclaiming a seat with a new session, and
// a room that holds restored tours — seats reclaimed by ticket or guide token, the rest given up after the grace.
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootOnFreePort } from "../../fixtures/freePort";
import type { Room as ClientRoom } from "colyseus.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType, TourStatus } from "../../../common/messageTypes";
import { createGuideTokens, newTokenSecret } from "../../../server/auth/guideToken";
import { createTourTickets } from "../../../server/auth/tourTickets";
import { createRestorations } from "../../../server/lifecycle/restoreTours";
import { createLiveTour, type LiveTour } from "../../../server/logic/liveTour";
import { reclaimSeat } from "../../../server/logic/seatReclaim";
import * as rules from "../../../server/logic/tourCommands";
import { playNarration } from "../../../common/tourClock";
import { MuseumRoom, type MuseumRoomSettings } from "../../../server/rooms/MuseumRoom";
import { roomScenes } from "../../../server/rooms/roomSetup";
import { openMuseumStore } from "../../../server/store/museumStore";
import { miniContent, miniHall, miniSceneWithWall } from "../../fixtures/tourContent";
import { tourPlan } from "../../fixtures/tourPlan";
import { museumStateOf, leaveAll } from "../../fixtures/roomClients";

const T0 = 1_800_000_000_000;
const ok = (o: ReturnType<typeof rules.addMember>): LiveTour => {
  if (!o.ok) throw new Error(o.message);
  return o.tour;
};

describe("tour tickets", () => {
  const tickets = createTourTickets(newTokenSecret());
  it("name the seat they were issued for, and nothing else", () => {
    const t = tickets.issue({ code: "K7QM3D", seat: "abc_DEF-12" });
    expect(tickets.verify(t)).toEqual({ code: "K7QM3D", seat: "abc_DEF-12" });
    const [code, seat, mac] = t.split(".");
    expect(tickets.verify(`${code}.other.${mac}`)).toBeNull();
    expect(tickets.verify(`ZZZZZZ.${seat}.${mac}`)).toBeNull();
    expect(tickets.verify(`${code}.${seat}.${mac.slice(0, -2)}AA`)).toBeNull();
    expect(createTourTickets(newTokenSecret()).verify(t)).toBeNull();
  });
  it.each([undefined, 5, "", "a.b", "a.b.c.d", "x".repeat(300), "K7QM3D.../x.AAAA", "K7QM3D.seat.!!!!"])(
    "refuse %j without throwing",
    (bad) => {
      expect(tickets.verify(bad)).toBeNull();
    },
  );
  it("are only issued for plain codes and seats, with a long enough secret", () => {
    expect(() => tickets.issue({ code: "K7.QM3D", seat: "a" })).toThrow(/plain code and seat/);
    expect(() => createTourTickets("short")).toThrow(/at least 32 characters/);
  });
});

describe("reclaiming a seat", () => {
  const visitor = (sessionId: string) => ({ sessionId, guideAccount: null });
  const tour = () =>
    ok(
      rules.addMember(
        ok(
          rules.raiseHand(
            ok(
              rules.addMember(
                createLiveTour({ code: "K7QM3D", plan: tourPlan(), guide: "g1", guideName: "Mei", now: T0 }),
                "a1",
                "Ada",
              ),
            ),
            "a1",
            true,
          ),
        ),
        "b1",
        "Bo",
      ),
    );
  it("moves the member's record, hand and all, to the new session", () => {
    const t = ok(reclaimSeat(tour(), "a1", visitor("a2"), T0));
    expect(t.members.a1).toBeUndefined();
    expect(t.members.a2).toEqual({ name: "Ada", follow: 0, hand: 1, seat: "a1" });
    // and again after a second restart: the seat stays the one the ticket names
    expect(ok(reclaimSeat(t, "a1", visitor("a3"), T0)).members.a3.seat).toBe("a1");
  });
  it("a returning guide leads again, and a tour paused for the guide's absence carries on playing", () => {
    const away = rules.guideAway({ ...tour(), narration: playNarration(tour()?.narration, T0) }, T0 + 5000);
    expect(away.status).toBe(TourStatus.GuideAway);
    const back = ok(reclaimSeat(away, "g1", { sessionId: "g2", guideAccount: "mei" }, T0 + 9000));
    expect(back).toMatchObject({
      guide: "g2",
      status: TourStatus.Running,
      narration: { playing: true, offsetMs: 5000, startedAt: T0 + 9000 },
    });
  });
  it("a seat that left the tour, or a session that already has one, is refused with a reason", () => {
    const r1 = reclaimSeat(tour(), "gone", visitor("x"), T0);
    expect(r1).toMatchObject({ ok: false, code: ErrorCode.NoSuchMember });
    const r2 = reclaimSeat(tour(), "a1", visitor("b1"), T0);
    expect(r2).toMatchObject({ ok: false, code: ErrorCode.InTour });
  });
  it("the guide's seat goes to the guide's account only: a ticket for it, held by a visitor or another guide, is refused", () => {
    const away = rules.guideAway(tour(), T0 + 5000);
    expect(reclaimSeat(away, "g1", visitor("v1"), T0 + 6000)).toMatchObject({
      ok: false,
      code: ErrorCode.NotGuide,
      message: expect.stringContaining("Mei"),
    });
    expect(reclaimSeat(away, "g1", { sessionId: "v2", guideAccount: "Lin" }, T0 + 6000)).toMatchObject({
      ok: false,
      code: ErrorCode.NotGuide,
    });
    expect(ok(reclaimSeat(away, "g1", { sessionId: "g2", guideAccount: "Mei" }, T0 + 6000)).guide).toBe("g2");
  });
});

describe("a room holding tours restored after a restart", () => {
  const mini = miniSceneWithWall();
  const hall = miniHall();
  const library = {
    ids: () => ["mini", "mini-hall"],
    get: (id: string) => (id === "mini" ? mini : id === "mini-hall" ? hall : undefined),
    list: () => [],
  };
  const store = openMuseumStore(mkdtempSync(path.join(tmpdir(), "bund-restore-")));
  const tokens = createGuideTokens(newTokenSecret(), 600);
  const tickets = createTourTickets(newTokenSecret());
  const restorations = createRestorations();
  let colyseus: ColyseusTestServer;
  const open: ClientRoom[] = [];

  beforeAll(async () => {
    const settings: MuseumRoomSettings = {
      scenes: roomScenes(library),
      maxVisitors: 40,
      reconnectGraceSeconds: 1,
      verifyGuide: (t) => tokens.verify(t),
      tours: {
        plans: store.plans,
        content: miniContent(),
        liveTours: store.liveTours,
        headroom: 5,
        tickets,
        restored: restorations,
        restoreGraceSeconds: 1.5,
      },
    };
    colyseus = await bootOnFreePort({ initializeGameServer: (gs) => gs.define("museum", MuseumRoom, { settings }) });
  });
  afterAll(async () => {
    await leaveAll(open);
    await colyseus?.shutdown();
    store.close();
  });

  /** A tour as the store would give it back: guide g0 (Mei Lin), members a0 (Ada, hand up) and b0 (Bo), at stop 1. */
  function storedTour(code: string): LiveTour {
    const t = ok(
      rules.raiseHand(
        ok(
          rules.addMember(
            ok(
              rules.addMember(
                createLiveTour({ code, plan: tourPlan(), guide: "g0", guideName: "Mei Lin", now: T0 }),
                "a0",
                "Ada",
              ),
            ),
            "b0",
            "Bo",
          ),
        ),
        "a0",
        true,
      ),
    );
    return { ...ok(rules.gotoStop(t, 1, T0)) };
  }
  const join = async (options: Record<string, unknown>) => {
    const r = await colyseus.sdk.joinById(roomId, { sceneId: "mini", ...options });
    for (const type of [MessageType.TourPlan, MessageType.TourEnded, MessageType.Error])
      r.onMessage(type, () => undefined);
    open.push(r);
    return r;
  };
  let roomId = "";

  it("keeps the seats for the grace: Ada comes back by ticket, the guide by guide token; Bo, who never does, is let go", async () => {
    restorations.push([storedTour("RST4R7")]);
    roomId = (await colyseus.createRoom("museum", {})).roomId;
    expect(store.liveTours.all().map((r) => [r.code, r.roomId])).toEqual([["RST4R7", roomId]]);

    const ada = await join({
      name: "Ada",
      tourCode: "RST4R7",
      tourTicket: tickets.issue({ code: "RST4R7", seat: "a0" }),
    });
    const guide = await join({ name: "x", tourCode: "RST4R7", guideToken: tokens.issue("Mei Lin").token });
    const tour = () => museumStateOf(ada).tours.get("RST4R7");
    await vi.waitFor(() => expect(tour()?.members.get(ada.sessionId)?.hand).toBe(1));
    await vi.waitFor(() => expect(tour()?.guide).toBe(guide.sessionId));
    expect(tour()?.stop).toBe(1);
    expect(tour()?.members.has("b0")).toBe(true); // Bo's seat, kept for now

    await vi.waitFor(() => expect(tour()?.members.has("b0")).toBe(false), { timeout: 4000 });
    expect([...(tour()?.left ?? [])]).toEqual(["Bo"]);
    expect(tour()?.members.size).toBe(2);
    guide.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tour()?.stop).toBe(2));
  });

  it("a ticket for the guide's seat makes no one the guide: a visitor (or another guide) holding it is refused, the guide signing in again leads", async () => {
    restorations.push([storedTour("RSTG2D")]);
    roomId = (await colyseus.createRoom("museum", {})).roomId;
    const guideTicket = tickets.issue({ code: "RSTG2D", seat: "g0" });
    const thief = await join({ name: "Eve", tourCode: "RSTG2D", tourTicket: guideTicket });
    const thiefErrors: { code: string }[] = [];
    thief.onMessage(MessageType.Error, (e) => thiefErrors.push(e));
    const tour = () => museumStateOf(thief).tours.get("RSTG2D");
    await vi.waitFor(() => expect(thiefErrors.map((e) => e.code)).toContain(ErrorCode.NotGuide));
    expect(tour()?.guide).toBe("g0");
    expect(tour()?.members.has(thief.sessionId)).toBe(false);
    const otherGuide = await join({
      name: "x",
      tourCode: "RSTG2D",
      tourTicket: guideTicket,
      guideToken: tokens.issue("Bo").token,
    });
    const otherErrors: { code: string }[] = [];
    otherGuide.onMessage(MessageType.Error, (e) => otherErrors.push(e));
    await vi.waitFor(() => expect(otherErrors.map((e) => e.code)).toContain(ErrorCode.NotGuide));
    expect(tour()?.guide).toBe("g0");

    const guide = await join({ name: "x", tourCode: "RSTG2D", guideToken: tokens.issue("Mei Lin").token });
    await vi.waitFor(() => expect(tour()?.guide).toBe(guide.sessionId));
    guide.send(MessageType.TourNext);
    await vi.waitFor(() => expect(tour()?.stop).toBe(2));
  });

  it("a restored tour whose guide never comes back ends when the grace runs out, and leaves the store", async () => {
    restorations.push([storedTour("RST8Q2")]);
    await colyseus.createRoom("museum", {});
    expect(store.liveTours.has("RST8Q2")).toBe(true);
    await vi.waitFor(() => expect(store.liveTours.has("RST8Q2")).toBe(false), { timeout: 4000 });
  });
});
