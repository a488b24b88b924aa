// bench:abuse's hostile clients: each from its own loopback address, a member of the honest tour sending the
// costliest member commands at the per-socket limit (to-guide, raise-hand toggling, follow-reply declining — always
// allowed, and each a change of the tour — and now and then an invalid frame), rejoining when thrown out, while
// reserving seats and creating rooms over HTTP in loops (started once all have joined). Every refusal is an outcome
// to count, never a failure; everything is bounded in rate, count and time, and goes only to 127.0.0.1.
import type { Room } from "colyseus.js";
import { connect, count, matchmake, tourSeat, type Tally } from "./museumHttp";
import { loopbackAddress } from "./sourceAddress";

export interface HostileOptions {
  port: number;
  n: number;
  code: string;
  sceneId: string;
  /** Messages a second each socket sends: the per-socket limit (server/logic/clientGuard.ts), 40. */
  messagesPerSecond: number;
  /** One invalid frame in this many messages (25 at 40/s: 16 strikes in 10 s, just under the 20 that throw one out). */
  invalidEvery: number;
  /** Requests a second each client's seat loop and room loop make, one at a time. */
  httpPerSecond: number;
  /** Rejoins each client may make in all (after that it stays out). */
  maxRejoins: number;
}

export interface HostileCounts {
  /** Messages sent, by kind. */
  sent: Tally;
  /** "error" replies, by refused type and code ("tour:to-guide not-now"). */
  refused: Tally;
  /** to-guide that moved the sender (a "tour:place" came back). */
  placed: number;
  /** Sockets the server closed, by close code. */
  disconnects: Tally;
  /** Joins after being thrown out (and first joins that failed): "ok", or the HTTP status of the refusal. */
  rejoins: Tally;
  /** POST /api/tours/<code>/seat outcomes: "granted" or the status. */
  seats: Tally;
  /** POST /matchmake/create/museum outcomes: "created" or the status. */
  rooms: Tally;
  /** The first message seen for each refusal kind above, to show what the server said. */
  examples: Record<string, string>;
}

export interface HostileClients {
  startCounting(): void;
  counts(): HostileCounts;
  stop(): Promise<void>;
}

const PUMP_MS = 5;
const MAX_BACKOFF_MS = 2000;
const KINDS = ["tour:to-guide", "tour:raise-hand", "tour:follow-reply"] as const;
const INVALID = ["garbage frame", "unknown type", "* {toString:1}"] as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const emptyCounts = (): HostileCounts => ({
  sent: {},
  refused: {},
  placed: 0,
  disconnects: {},
  rejoins: {},
  seats: {},
  rooms: {},
  examples: {},
});

interface Hostile {
  i: number;
  from: string;
  room: Room | null;
  /** Messages this socket has sent since it joined, and when it joined: the pump keeps it at the set rate. */
  sentSinceJoin: number;
  joinedAt: number;
  toggle: boolean;
  rejoins: number;
}

export async function startHostileClients(o: HostileOptions): Promise<HostileClients> {
  let c = emptyCounts();
  let running = true;
  const note = (tally: keyof HostileCounts, key: string, example?: string) => {
    count(c[tally] as Tally, key);
    if (example && !c.examples[`${tally}: ${key}`]) c.examples[`${tally}: ${key}`] = example.slice(0, 160);
  };

  const join = async (h: Hostile): Promise<boolean> => {
    const seat = await tourSeat(o.port, h.from, o.code, { name: `Hostile ${h.i}`, sceneId: o.sceneId });
    if (!seat.ok) return (note("rejoins", `HTTP ${seat.status}`, seat.error), false);
    let room: Room;
    try {
      room = await connect(o.port, h.from, seat.seat);
    } catch (err) {
      return (note("rejoins", "socket refused", (err as Error).message), false);
    }
    h.room = room;
    h.sentSinceJoin = 0;
    h.joinedAt = performance.now();
    room.onMessage("error", (e: { code?: string; type?: string; message?: string }) =>
      note("refused", `${e.type ?? "?"} ${e.code ?? "?"}`, e.message),
    );
    room.onMessage("tour:place", () => void c.placed++);
    for (const type of ["tour:plan", "tour:ended", "clock", "museum:restarting"]) room.onMessage(type, () => undefined);
    room.onLeave((code) => {
      h.room = null;
      if (!running) return;
      note("disconnects", String(code));
      void rejoin(h);
    });
    return true;
  };

  /** Back in after being thrown out, with a growing wait while the server keeps refusing. */
  const rejoin = async (h: Hostile): Promise<void> => {
    let wait = 100;
    while (running && !h.room && h.rejoins < o.maxRejoins) {
      await sleep(wait);
      if (!running) return;
      h.rejoins++;
      if (await join(h)) return void note("rejoins", "ok");
      wait = Math.min(MAX_BACKOFF_MS, wait * 2);
    }
  };

  const send = (h: Hostile, room: Room) => {
    const n = h.sentSinceJoin++;
    if (o.invalidEvery > 0 && n % o.invalidEvery === o.invalidEvery - 1) {
      const kind = INVALID[Math.floor(n / o.invalidEvery) % INVALID.length];
      if (kind === "garbage frame")
        room.connection.send(Uint8Array.from({ length: 24 }, (_, k) => (k === 0 ? 13 : (n * 31 + k * 17) & 0xff)));
      else if (kind === "unknown type") room.send("no-such-message", { n });
      else room.send("*", { toString: 1 });
      return note("sent", `invalid: ${kind}`);
    }
    const kind = KINDS[n % KINDS.length];
    if (kind === "tour:to-guide") room.send(kind, {});
    else if (kind === "tour:raise-hand") room.send(kind, { raised: (h.toggle = !h.toggle) });
    // Accepting is refused unless the guide has just invited (a refusal is a strike towards being thrown out).
    else room.send(kind, { accept: false });
    note("sent", kind);
  };

  /** A request loop at `perSecond`, one request at a time, until stopped. */
  const loop = async (perSecond: number, once: () => Promise<void>) => {
    const every = 1000 / perSecond;
    while (running) {
      const t0 = performance.now();
      await once();
      await sleep(Math.max(0, every - (performance.now() - t0)));
    }
  };

  const hostiles: Hostile[] = Array.from({ length: o.n }, (_, i) => ({
    i,
    from: loopbackAddress(1, i),
    room: null,
    sentSinceJoin: 0,
    joinedAt: 0,
    toggle: false,
    rejoins: 0,
  }));
  await Promise.all(hostiles.map(async (h) => void ((await join(h)) || rejoin(h))));
  // The counts start afresh with the measurement: say here how the first joins went.
  const firstJoins = Object.entries(c.rejoins).map(
    ([k, n]) => `${k} ×${n}${c.examples[`rejoins: ${k}`] ? ` (${c.examples[`rejoins: ${k}`]})` : ""}`,
  );
  console.log(
    `hostile: ${hostiles.filter((h) => h.room).length} of ${o.n} joined the tour${firstJoins.length ? `; refused: ${firstJoins.join(", ")}` : ""}`,
  );

  const pump = setInterval(() => {
    const now = performance.now();
    for (const h of hostiles) {
      const room = h.room;
      if (!room) continue;
      const due = Math.floor(((now - h.joinedAt) / 1000) * o.messagesPerSecond);
      // Never more than a few at once: if this process fell behind, the backlog is dropped, not sent as a burst.
      if (due - h.sentSinceJoin > 4) h.sentSinceJoin = due - 4;
      try {
        while (h.sentSinceJoin < due && h.room === room) send(h, room);
      } catch (err) {
        note("sent", "failed to send", (err as Error).message); // a socket closing under it: onLeave rejoins
      }
    }
  }, PUMP_MS);

  const loops = hostiles.flatMap((h) => [
    loop(o.httpPerSecond, async () => {
      const seat = await tourSeat(o.port, h.from, o.code, { name: `Seat ${h.i}`, sceneId: o.sceneId });
      if (seat.ok) note("seats", "granted");
      else note("seats", `HTTP ${seat.status}`, seat.error);
    }),
    loop(o.httpPerSecond, async () => {
      const made = await matchmake(o.port, h.from, "create", "museum", { name: `Room ${h.i}`, sceneId: o.sceneId });
      if (made.ok) note("rooms", "created");
      else note("rooms", `HTTP ${made.status}`, made.error);
    }),
  ]);

  return {
    startCounting() {
      // What the warm-up saw is said once, then the counts start afresh with the measurement.
      const sent = Object.values(c.sent).reduce((a, n) => a + n, 0);
      const out =
        Object.entries(c.disconnects)
          .map(([code, n]) => `${code} ×${n}`)
          .join(", ") || "none";
      console.log(
        `hostile warm-up: ${sent} messages sent, thrown out: ${out}, ${hostiles.filter((h) => h.room).length} of ${o.n} still in`,
      );
      c = emptyCounts();
    },
    counts: () => structuredClone(c),
    async stop() {
      running = false;
      clearInterval(pump);
      await Promise.race([Promise.all(loops), sleep(15_000)]);
      const bounded = (p: Promise<unknown>) => Promise.race([p, sleep(5000)]);
      await Promise.all(hostiles.map((h) => (h.room ? bounded(h.room.leave(true)).catch(() => undefined) : undefined)));
    },
  };
}
