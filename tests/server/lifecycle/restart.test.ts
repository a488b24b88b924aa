// Restarting the museum mid-tour, as an operator does (SIGTERM, then start again) and as a crash does (kill -9): real
// server processes on one SQLite file, colyseus.js clients. The guide and the members come back with their tour
// tickets and find the tour at the same stop, with the same narration clock, their hands still raised.
import { Client, type Room } from "colyseus.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CloseCode, MessageType, type MuseumRestartingMessage } from "../../../common/messageTypes";
import { narrationPositionMs } from "../../../common/tourClock";
import { signedInGuide } from "../../fixtures/guideAccount";
import { museumDirs, startMuseumProcess, type MuseumProcess } from "../../fixtures/museumProcess";
import { museumStateOf, tourIn, leaveAll } from "../../fixtures/roomClients";

const SECRET = "restart-test-guide-secret-0123456789abcdef";
/** Mei Lin's token, for the store of the museum last started (set by start()). */
let guideToken = "";
const running: MuseumProcess[] = [];
const open: Room[] = [];

afterEach(async () => {
  await leaveAll(open);
  await Promise.all(running.splice(0).map((p) => p.stop("SIGKILL")));
});

async function start(dirs: { dataDir: string; clientDir: string }): Promise<MuseumProcess> {
  guideToken = await signedInGuide(dirs.dataDir, SECRET, "Mei Lin");
  const p = await startMuseumProcess({
    DATA_DIR: dirs.dataDir,
    CLIENT_DIR: dirs.clientDir,
    GUIDE_TOKEN_SECRET: SECRET,
  });
  running.push(p);
  return p;
}

interface Person {
  name: string;
  room: Room;
  ticket: string;
  restarting: MuseumRestartingMessage[];
  closedWith: number | null;
}

/** What everyone needs from a room: quiet handlers for the server's messages, and a record of how it ended. */
function follow(name: string, room: Room, ticket = ""): Person {
  const person: Person = { name, room, ticket, restarting: [], closedWith: null };
  for (const type of [
    MessageType.Error,
    MessageType.TourPlace,
    MessageType.TourEnded,
    MessageType.TourStarted,
    MessageType.Clock,
  ])
    room.onMessage(type, () => undefined);
  room.onMessage(MessageType.MuseumRestarting, (m: MuseumRestartingMessage) => person.restarting.push(m));
  room.onLeave((code) => (person.closedWith = code));
  open.push(room);
  return person;
}

/** The tour plan message again (asking to join a tour one is in re-sends it): its ticket is the member's seat. */
function ticketOf(room: Room, code: string): Promise<string> {
  return new Promise((resolve) => {
    room.onMessage(
      MessageType.TourPlan,
      (m: { code: string; ticket?: string }) => m.code === code && m.ticket && resolve(m.ticket),
    );
    room.send(MessageType.TourJoin, { code });
  });
}

/** Joins a live tour the way the entry screen does: a seat from the REST API, then the room. */
async function takeSeat(museum: MuseumProcess, code: string, options: Record<string, unknown>): Promise<Room> {
  const res = await fetch(`${museum.http}/api/tours/${code}/seat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(options),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return new Client(museum.ws).consumeSeatReservation(await res.json());
}

async function startTour(museum: MuseumProcess, memberNames: string[]) {
  const room = await new Client(museum.ws).joinOrCreate("museum", {
    name: "ignored for guides",
    sceneId: "bund",
    guideToken,
  });
  const code = await new Promise<string>((resolve) => {
    room.onMessage(MessageType.TourStarted, (m: { code: string }) => resolve(m.code));
    room.onMessage(MessageType.TourPlan, () => undefined);
    room.send(MessageType.TourStart, { planId: "bund-walk" });
  });
  const guide = follow("Mei Lin", room, await ticketOf(room, code));
  const members: Person[] = [];
  for (const name of memberNames) {
    const r = await takeSeat(museum, code, { name, sceneId: "bund" });
    members.push(follow(name, r, await ticketOf(r, code)));
  }
  return { code, guide, members };
}

/** The tour as a member sees it, by names instead of session ids (those change with a restart). */
function seen(p: Person, code: string) {
  const t = tourIn(p.room, code);
  const names = new Map<string, string>();
  museumStateOf(p.room).visitors.forEach((v: { name: string }, id: string) => names.set(id, v.name));
  const hands: Record<string, number> = {};
  t.members.forEach((m: { hand: number }, id: string) => (hands[names.get(id) ?? `(absent ${id})`] = m.hand));
  return {
    stop: t.stop as number,
    stopCount: t.stopCount as number,
    status: t.status as number,
    narration: {
      playing: t.narration.playing as boolean,
      startedAt: t.narration.startedAt as number,
      offsetMs: t.narration.offsetMs as number,
    },
    announcement: t.announcement as string,
    guideName: t.guideName as string,
    leadingGuideIsMe: null as boolean | null,
    hands,
  };
}

/** Everyone comes back with their ticket (the guide with the guide token too), and sees the tour. */
async function comeBack(museum: MuseumProcess, code: string, people: Person[], guide: Person): Promise<void> {
  for (const p of people) {
    const room = await takeSeat(museum, code, {
      name: p.name,
      sceneId: "bund",
      tourTicket: p.ticket,
      ...(p === guide ? { guideToken } : {}),
    });
    Object.assign(p, follow(p.name, room, p.ticket));
  }
  for (const p of people)
    await vi.waitFor(() => expect(tourIn(p.room, code)?.members.has(p.room.sessionId)).toBe(true));
}

describe("restarting the museum mid-tour", () => {
  it("SIGTERM: everyone is told, the tour is kept, and the guide and members come back to the same stop and narration", async () => {
    const dirs = museumDirs();
    const first = await start(dirs);
    const { code, guide, members } = await startTour(first, ["Ada", "Bo"]);
    const [ada, bo] = members;
    guide.room.send(MessageType.TourGoto, { stop: 2 });
    guide.room.send(MessageType.TourNarration, { action: "seek", toSec: 42 });
    guide.room.send(MessageType.TourNarration, { action: "play" });
    guide.room.send(MessageType.TourAnnounce, { text: "Mind the tram" });
    ada.room.send(MessageType.TourRaiseHand, { raised: true });
    await vi.waitFor(() =>
      expect(seen(bo, code)).toMatchObject({
        stop: 2,
        narration: { playing: true },
        announcement: "Mind the tram",
        hands: { Ada: 1, Bo: 0 },
      }),
    );
    const before = seen(bo, code);

    expect(await first.stop("SIGTERM")).toBe(0);
    // The process has exited; each client's close event may still be on its way through the event loop.
    await vi.waitFor(() =>
      expect([guide, ada, bo].map((p) => p.closedWith)).toEqual([
        CloseCode.ServerRestarting,
        CloseCode.ServerRestarting,
        CloseCode.ServerRestarting,
      ]),
    );
    for (const p of [guide, ada, bo]) {
      expect(p.restarting, `${p.name} was told`).toEqual([{ graceSec: expect.any(Number) }]);
      expect(p.restarting[0].graceSec).toBeGreaterThanOrEqual(120);
      expect(p.closedWith).toBe(CloseCode.ServerRestarting);
    }
    expect(first.output()).toMatch(/"msg":"shutting down"/);

    const second = await start(dirs);
    expect(second.output()).toMatch(/"tours":1,"rooms":1,"dropped":0/);
    // Listed again before anyone is back, so the entry screen finds it by its code.
    const listed = (await (await fetch(`${second.http}/api/tours/${code}`)).json()) as { stop: number };
    expect(listed.stop).toBe(2);

    await comeBack(second, code, [bo, guide, ada], guide);
    const after = seen(bo, code);
    // The same stop, the same narration clock (so the same position at any instant), the same hands and banner.
    expect(after).toEqual(before);
    expect(after.narration.startedAt).toBe(before.narration.startedAt);
    const now = Date.now();
    expect(narrationPositionMs(after.narration, now)).toBe(narrationPositionMs(before.narration, now));
    expect(tourIn(ada.room, code).guide).toBe(guide.room.sessionId);
    expect(tourIn(ada.room, code).members.size).toBe(3);

    // And the tour goes on: the guide leads, the members follow.
    guide.room.send(MessageType.TourNext);
    await vi.waitFor(() => expect(seen(ada, code).stop).toBe(3));
  }, 90_000);

  it("kill -9: changes older than a second survive; a forged ticket takes no seat", async () => {
    const dirs = museumDirs();
    const first = await start(dirs);
    const { code, guide, members } = await startTour(first, ["Chen", "Dana"]);
    const [chen, dana] = members;
    guide.room.send(MessageType.TourGoto, { stop: 3 });
    guide.room.send(MessageType.TourNarration, { action: "seek", toSec: 42 });
    dana.room.send(MessageType.TourRaiseHand, { raised: true });
    chen.room.send(MessageType.TourRaiseHand, { raised: true });
    guide.room.send(MessageType.TourLock, { radius: 12 });
    // The lock was sent last: it may arrive a patch after the rest.
    await vi.waitFor(() => {
      expect(seen(chen, code)).toMatchObject({
        stop: 3,
        narration: { playing: false, offsetMs: 42_000 },
        hands: { Dana: 1, Chen: 2 },
      });
      expect(tourIn(chen.room, code).lockRadius).toBe(12);
    });
    const before = seen(chen, code);
    const lockBefore = tourIn(chen.room, code).lockRadius;
    await new Promise((r) => setTimeout(r, 1100));

    expect(await first.stop("SIGKILL")).toBe("SIGKILL");
    const second = await start(dirs);

    // Someone with a made-up ticket is refused by name, and takes nobody's seat.
    const forged = `${code}.${dana.room.sessionId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    await expect(takeSeat(second, code, { name: "Mallory", sceneId: "bund", tourTicket: forged })).rejects.toThrow(
      /tourTicket: not a ticket of this tour/,
    );

    await comeBack(second, code, [chen, dana, guide], guide);
    expect(seen(chen, code)).toEqual(before);
    expect(tourIn(chen.room, code).lockRadius).toBe(lockBefore);
    expect(tourIn(dana.room, code).guide).toBe(guide.room.sessionId);
    guide.room.send(MessageType.TourNarration, { action: "play" });
    await vi.waitFor(() => expect(seen(dana, code).narration).toMatchObject({ playing: true, offsetMs: 42_000 }));
  }, 90_000);
});
