// bench:abuse's honest room: a signed-in guide starts a tour, N-1 members join it by code (each from its own loopback
// address), everyone walks (bench/botWalk.ts) and sends poses at 20 Hz as the real client does, members stand where
// the server places them, and the guide now and then moves on a stop, gathers the group and invites it to follow.
import type { Room } from "colyseus.js";
import { poseMessageOf, quantizePose, type Pose, type PoseGrid } from "../common/pose";
import { createBotWalk, type BotWalk } from "./botWalk";
import { seededRandom } from "../common/seededRandom";
import { connect, count, matchmake, tourSeat, type Reservation, type Tally } from "./museumHttp";
import { loopbackAddress } from "./sourceAddress";

export interface HonestOptions {
  port: number;
  /** Bots in the room, the guide included. */
  n: number;
  guideToken: string;
  planId: string;
  grid: PoseGrid;
  sceneId: string;
  eyeHeight: number;
  /** Seconds between the guide's commands (next or gather, in turn). */
  guideEverySec: number;
}

export interface HonestCounts {
  /** Leaves nobody asked for, by close code. */
  disconnects: Tally;
  /** "error" messages the server sent honest bots, by code: an honest visitor should get none. */
  serverErrors: Tally;
  guideCommands: number;
  placements: number;
  posesSent: number;
}

export interface HonestRoom {
  roomId: string;
  code: string;
  /** Zeroes the counters. */
  startCounting(): void;
  counts(): HonestCounts;
  close(): Promise<void>;
}

const SEND_MS = 50; // 20 Hz, as client/net/connection.ts
const TICK_MS = 10; // one timer for all: each bot's turn comes in its own 50 ms slot, so sends are spread out
const JOIN_BATCH = 10;

interface Bot {
  room: Room;
  walk: BotWalk;
  /** Where the server last placed the bot, added to its walk (a real client stands where it is put). */
  offset: { x: number; z: number };
  lastPose: Pose | null;
  lastStep: number;
  nextSendAt: number;
  last: number[] | null;
}

function waitForMessage<T>(room: Room, type: string, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => (clearTimeout(timer), offMessage(), offError());
    const timer = setTimeout(() => (done(), reject(new Error(`no "${type}" within ${ms} ms`))), ms);
    const offMessage = room.onMessage(type, (m: T) => (done(), resolve(m)));
    const offError = room.onMessage(
      "error",
      (e: { code: string; message: string }) => (done(), reject(new Error(`${type}: ${e.code}: ${e.message}`))),
    );
  });
}

export async function startHonestRoom(o: HonestOptions): Promise<HonestRoom> {
  const c: HonestCounts = { disconnects: {}, serverErrors: {}, guideCommands: 0, placements: 0, posesSent: 0 };
  let closing = false;
  const bots: Bot[] = [];

  /** The guide opens a room; members take a seat in the tour by its code, as the museum's client does. */
  const enter = async (i: number, ask: (from: string) => Promise<Reservation>): Promise<Bot> => {
    const from = loopbackAddress(0, i);
    const seat = await ask(from);
    if (!seat.ok) throw new Error(`honest bot ${i} got no seat: HTTP ${seat.status}: ${seat.error}`);
    const room = await connect(o.port, from, seat.seat);
    const r = seededRandom(7919 + i);
    const now = performance.now();
    const bot: Bot = {
      room,
      walk: createBotWalk(r, o.eyeHeight),
      offset: { x: 0, z: 0 },
      lastPose: null,
      lastStep: now,
      nextSendAt: now + r() * SEND_MS,
      last: null,
    };
    room.onLeave((code) => void (!closing && code !== 4000 && count(c.disconnects, String(code))));
    room.onMessage("tour:place", (m: { x: number; z: number }) => {
      c.placements++;
      if (bot.lastPose) bot.offset = { x: bot.offset.x + m.x - bot.lastPose.x, z: bot.offset.z + m.z - bot.lastPose.z };
    });
    for (const type of ["tour:plan", "tour:ended", "tour:started", "clock", "museum:restarting"])
      room.onMessage(type, () => undefined);
    return bot;
  };

  const guide = await enter(0, (from) =>
    matchmake(o.port, from, "create", "museum", { name: "Bench Guide", sceneId: o.sceneId, guideToken: o.guideToken }),
  );
  const started = waitForMessage<{ code: string }>(guide.room, "tour:started", 10_000);
  const planned = waitForMessage<{ plan: { stops: unknown[] } }>(guide.room, "tour:plan", 10_000);
  guide.room.send("tour:start", { planId: o.planId });
  const { code } = await started;
  const stops = (await planned).plan.stops.length;
  guide.room.onMessage("error", (e: { code: string }) => count(c.serverErrors, `guide:${e.code}`));
  bots.push(guide);
  for (let i = 1; i < o.n; i += JOIN_BATCH) {
    const batch = Array.from({ length: Math.min(JOIN_BATCH, o.n - i) }, (_, k) =>
      enter(i + k, (from) =>
        tourSeat(o.port, from, code, { name: `Member ${String(i + k).padStart(3, "0")}`, sceneId: o.sceneId }),
      ),
    );
    bots.push(...(await Promise.all(batch)));
  }
  for (const b of bots.slice(1)) b.room.onMessage("error", (e: { code: string }) => count(c.serverErrors, e.code));

  const walkTimer = setInterval(() => {
    const now = performance.now();
    for (const bot of bots) {
      if (now < bot.nextSendAt) continue;
      // Keep the 20 Hz cadence, but never send a backlog in a burst if this process fell behind.
      bot.nextSendAt = now - bot.nextSendAt > SEND_MS ? now + SEND_MS : bot.nextSendAt + SEND_MS;
      const walked = bot.walk.step((now - bot.lastStep) / 1000);
      bot.lastStep = now;
      const pose = { ...walked, x: walked.x + bot.offset.x, z: walked.z + bot.offset.z };
      bot.lastPose = pose;
      const msg = poseMessageOf(quantizePose(pose, o.grid));
      if (bot.last && msg.every((v, k) => v === bot.last![k])) continue;
      bot.last = msg;
      bot.room.send("pose", msg);
      c.posesSent++;
    }
  }, TICK_MS);

  // The guide's round: on to the next stop (back to the first after the last), then gather and invite to follow.
  let stop = 0;
  let turn = 0;
  const guideTimer = setInterval(() => {
    if (turn++ % 2 === 0) {
      stop = (stop + 1) % stops;
      if (stop === 0) guide.room.send("tour:goto", { stop: 0 });
      else guide.room.send("tour:next", {});
    } else {
      guide.room.send("tour:gather", {});
      guide.room.send("tour:follow", { on: true });
    }
    c.guideCommands++;
  }, o.guideEverySec * 1000);

  return {
    roomId: guide.room.roomId,
    code,
    startCounting() {
      Object.assign(c, { disconnects: {}, serverErrors: {}, guideCommands: 0, placements: 0, posesSent: 0 });
    },
    counts: () => ({ ...c, disconnects: { ...c.disconnects }, serverErrors: { ...c.serverErrors } }),
    async close() {
      closing = true;
      clearInterval(walkTimer);
      clearInterval(guideTimer);
      const bounded = (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setTimeout(r, 5000))]);
      await Promise.all(bots.map((b) => bounded(b.room.leave(true)).catch(() => undefined)));
    },
  };
}
