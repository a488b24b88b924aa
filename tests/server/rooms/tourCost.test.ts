// Issue 11, item 3 in a real room of 90 tour members: a burst of raised hands is one store write per patch
// interval (the group commit), no client sees a change the store does not hold, an honest pace is never refused,
// and a member flooding to-guide or raise-hand is held to the cooldown with a too-soon error saying when to retry.
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootOnFreePort } from "../../fixtures/freePort";
import { tourIn, leaveAll } from "../../fixtures/roomClients";
import type { Room as ClientRoom } from "colyseus.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType } from "../../../common/messageTypes";
import { createGuideTokens, newTokenSecret } from "../../../server/auth/guideToken";
import { MuseumRoom, type MuseumRoomSettings } from "../../../server/rooms/MuseumRoom";
import { roomScenes } from "../../../server/rooms/roomSetup";
import type { LiveTours } from "../../../server/store/liveTours";
import { openMuseumStore, type MuseumStore } from "../../../server/store/museumStore";
import { miniContent, miniHall, miniSceneWithWall } from "../../fixtures/tourContent";
import { tourPlan } from "../../fixtures/tourPlan";

const MEMBERS = 90;
let colyseus: ColyseusTestServer;
let store: MuseumStore;
let ticks = 0;
/** Each commit the store made: the tours it wrote (a transaction is one commit; a write outside one is its own). */
const commits: string[][] = [];

/** The real store, counting its commits. */
function counted(real: LiveTours): LiveTours {
  let open: string[] | null = null;
  const note = (code: string) => (open ? open.push(code) : commits.push([code]));
  return {
    put: (code, roomId, plan, state) => (note(code), real.put(code, roomId, plan, state)),
    saveState: (code, state) => (note(code), real.saveState(code, state)),
    remove: (code) => (note(code), real.remove(code)),
    has: (code) => real.has(code),
    all: () => real.all(),
    batch: (write) => {
      open = [];
      try {
        real.batch(write);
        commits.push(open);
      } finally {
        open = null;
      }
    },
  };
}

/** The museum room, counting its patch ticks. */
class TickedRoom extends MuseumRoom {
  override broadcastPatch(): boolean {
    ticks++;
    return super.broadcastPatch();
  }
}

let tokens: ReturnType<typeof createGuideTokens>;
beforeAll(async () => {
  store = openMuseumStore(mkdtempSync(path.join(tmpdir(), "bund-tour-cost-")));
  store.plans.create(tourPlan(), null);
  tokens = createGuideTokens(newTokenSecret(), 600);
  const library = {
    ids: () => ["mini", "mini-hall"],
    get: (id: string) => (id === "mini" ? miniSceneWithWall() : id === "mini-hall" ? miniHall() : undefined),
    list: () => [],
  };
  const settings: MuseumRoomSettings = {
    scenes: roomScenes(library),
    maxVisitors: 100,
    reconnectGraceSeconds: 0,
    limits: { ratePerSecond: 200, burst: 400, maxInvalid: 1000, maxDropped: 1000, windowMs: 10_000 },
    verifyGuide: (t) => tokens.verify(t),
    tours: { plans: store.plans, content: miniContent(), liveTours: counted(store.liveTours), headroom: 10 },
  };
  colyseus = await bootOnFreePort({ initializeGameServer: (gs) => gs.define("museum", TickedRoom, { settings }) });
}, 30_000);
afterAll(() => colyseus?.shutdown());

const storedState = (code: string) => {
  const row = store.liveTours.all().find((r) => r.code === code);
  return row ? JSON.parse(row.state) : undefined;
};
const quiet = (r: ClientRoom) => {
  for (const type of [
    MessageType.TourPlan,
    MessageType.TourPlace,
    MessageType.TourEnded,
    MessageType.TourStarted,
    MessageType.Error,
  ])
    r.onMessage(type, () => undefined);
  return r;
};

async function tourOf(n: number, guideName: string) {
  const guide = quiet(
    await colyseus.sdk.joinOrCreate("museum", {
      name: guideName,
      sceneId: "mini",
      guideToken: tokens.issue(guideName).token,
    }),
  );
  const started = new Promise<string>((resolve) =>
    guide.onMessage(MessageType.TourStarted, (m: { code: string }) => resolve(m.code)),
  );
  guide.send(MessageType.TourStart, { planId: "mini-walk" });
  const code = await started;
  const members: ClientRoom[] = [];
  for (let i = 0; i < n; i += 15) {
    const batch = Array.from({ length: Math.min(15, n - i) }, (_, k) =>
      colyseus.sdk.joinById(guide.roomId, { name: `M${i + k}`, sceneId: "mini", tourCode: code }),
    );
    members.push(...(await Promise.all(batch)).map(quiet));
  }
  await vi.waitFor(() => expect(tourIn(guide, code)?.members.size).toBe(n + 1), { timeout: 20_000 });
  return { guide, code, members };
}

const errorsOf = (r: ClientRoom) => {
  const errors: { code: string; type: string; message: string }[] = [];
  r.onMessage(MessageType.Error, (e) => errors.push(e));
  return errors;
};

describe("group commit under 90 members", () => {
  it("a burst of raised hands is at most one store commit per patch, and no client sees a hand the store lacks", async () => {
    const { guide, code, members } = await tourOf(MEMBERS, "Mei Lin");
    // Whatever a client decodes must already be in the store when it arrives.
    const unstored: string[] = [];
    let seen = 0;
    for (const observer of [guide, members[0], members[MEMBERS - 1]]) {
      observer.onStateChange(() => {
        const t = tourIn(observer, code);
        if (!t) return;
        const stored = storedState(code);
        t.members.forEach((m: { hand: number }, id: string) => {
          if (m.hand === 0) return;
          seen++;
          if (!(stored?.members?.[id]?.hand > 0)) unstored.push(id);
        });
      });
    }
    await vi.waitFor(() => expect(commits.length).toBeGreaterThan(0)); // the joins are written
    commits.length = 0;
    const before = ticks;
    for (const m of members) m.send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(
      () =>
        expect([...tourIn(guide, code).members.values()].filter((m: { hand: number }) => m.hand > 0)).toHaveLength(
          MEMBERS,
        ),
      { timeout: 10_000 },
    );
    const during = ticks - before;
    expect(seen).toBeGreaterThan(0);
    expect(unstored).toEqual([]);
    expect(Object.values<{ hand: number }>(storedState(code).members).filter((m) => m.hand > 0)).toHaveLength(MEMBERS);
    // Ninety changes, one commit per interval at most (the old write-through made ninety), each tour once in it.
    expect(commits.length).toBeGreaterThan(0);
    expect(commits.length).toBeLessThanOrEqual(during);
    for (const c of commits) expect(new Set(c).size).toBe(c.length);
    await leaveAll([guide, ...members]);
  }, 60_000);
});

describe("cooldowns", () => {
  it("an honest pace is never refused: a double click to the guide, a hand toggled every 400 ms, a follow answered", async () => {
    const { guide, code, members } = await tourOf(3, "Ada Guide");
    const errors = members.map(errorsOf);
    for (const m of members) {
      m.send(MessageType.TourToGuide);
      m.send(MessageType.TourToGuide);
    }
    guide.send(MessageType.TourFollow, { on: true });
    await vi.waitFor(() =>
      expect(tourIn(members[0], code).members.get(members[0].sessionId).follow).toBeGreaterThan(0),
    );
    for (const m of members) m.send(MessageType.TourFollowReply, { accept: true });
    for (let i = 0; i < 8; i++) {
      for (const m of members) m.send(MessageType.TourRaiseHand, { raised: i % 2 === 0 });
      await new Promise((r) => setTimeout(r, 400));
    }
    for (const m of members) m.send(MessageType.TourRaiseHand, { raised: true });
    // The round-trip marker: the last hand is up for everyone, so every earlier command was handled.
    await vi.waitFor(() =>
      expect(members.every((m) => tourIn(guide, code).members.get(m.sessionId).hand > 0)).toBe(true),
    );
    expect(errors.flat().filter((e) => e.code === ErrorCode.TooSoon)).toEqual([]);
    await leaveAll([guide, ...members]);
  }, 30_000);

  it("a member flooding to-guide and raise-hand is held to the cooldown and told when to try again", async () => {
    const { guide, code, members } = await tourOf(2, "Chen Guide");
    const [flooder, honest] = members;
    const errors = errorsOf(flooder);
    const honestErrors = errorsOf(honest);
    let places = 0;
    flooder.onMessage(MessageType.TourPlace, () => places++);
    for (let i = 0; i < 10; i++) flooder.send(MessageType.TourToGuide);
    for (let i = 0; i < 40; i++) flooder.send(MessageType.TourRaiseHand, { raised: i % 2 === 0 });
    honest.send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() =>
      expect(errors.filter((e) => e.code === ErrorCode.TooSoon).length).toBeGreaterThanOrEqual(8 + 34),
    );
    const tooSoon = errors.filter((e) => e.code === ErrorCode.TooSoon);
    expect(tooSoon.filter((e) => e.type === MessageType.TourToGuide)).toHaveLength(8);
    expect(tooSoon.filter((e) => e.type === MessageType.TourRaiseHand).length).toBeGreaterThanOrEqual(34);
    for (const e of tooSoon) expect(e.message).toMatch(/^too soon: send tour:[a-z-]+ again in \d+\.\d s$/);
    expect(places).toBeLessThanOrEqual(2);
    // Another member's hand is not held up by the flooder's cooldown.
    await vi.waitFor(() => expect(tourIn(guide, code).members.get(honest.sessionId).hand).toBeGreaterThan(0));
    expect(honestErrors).toEqual([]);
    await leaveAll([guide, ...members]);
  }, 30_000);
});
