// `npm run bench:tourcost`: what one tour message costs at 90 members (issue 11, item 3). Prints, asserts nothing:
// (1) CPU µs per "take me to the guide" on the Bund: the old search (gather spots worked out afresh, every spot
// checked against every member) beside the new one (cached spots, occupancy grid), warm and with the guide moving;
// (2) a real room with 90 members raising and lowering hands at the fastest pace the cooldown allows: tour changes
// a second beside SQLite commits a second (the old write-through made one commit per change).
import { boot } from "@colyseus/testing";
import type { Room as ClientRoom } from "colyseus.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ErrorCode, MessageType } from "../common/messageTypes";
import { createGuideTokens, newTokenSecret } from "../server/auth/guideToken";
import { loadScenes } from "../server/content/loadScenes";
import { loadTourPlans } from "../server/content/loadTourPlans";
import { tourContent } from "../server/content/tourContent";
import { createGatherCache } from "../server/logic/gatherCache";
import { gatherGroup, NEIGHBOUR_M, type GatherRequest } from "../server/logic/gatherGroup";
import { TOUR_COOLDOWNS } from "../server/logic/memberCooldown";
import { firstFreeSpot } from "../server/logic/spotOccupancy";
import { MuseumRoom, type MuseumRoomSettings } from "../server/rooms/MuseumRoom";
import { roomScenes } from "../server/rooms/roomSetup";
import type { LiveTours } from "../server/store/liveTours";
import { openMuseumStore } from "../server/store/museumStore";

const MEMBERS = 90;
const CALLS = Math.max(50, Number(process.env.BENCH_CALLS ?? 2000) || 2000);
const PACE_SECONDS = Math.max(2, Number(process.env.BENCH_SECONDS ?? 6) || 6);
const root = path.resolve(import.meta.dirname, "..");
const gap = NEIGHBOUR_M * 0.9;

/** CPU (user + system) µs per call of `f`, over CALLS calls after a warm-up. */
function cpuPerCall(f: (i: number) => unknown): number {
  for (let i = 0; i < 50; i++) f(i);
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) f(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / CALLS;
}

function toGuideCost(): void {
  const library = loadScenes(path.join(root, "scenes"));
  const content = tourContent(library);
  const bund = library.get("bund")!;
  const spawn = bund.spawnPoints[0].position;
  const world = content.scenes.get("bund")!.world;
  const guide = { x: spawn.x, z: spawn.z };
  const req = (g = guide): GatherRequest => ({ world, guide: g, opensTowards: 0, faceTowards: g, count: MEMBERS });
  // The worst case for the old search: the other 89 already stand on the first 89 spots.
  const others = gatherGroup(req()).slice(0, MEMBERS - 1);
  const before = cpuPerCall(() => {
    const spots = gatherGroup(req());
    return spots.find((s) => others.every((o) => Math.hypot(o.x - s.x, o.z - s.z) >= gap));
  });
  const cache = createGatherCache();
  const warm = cpuPerCall((i) => firstFreeSpot(cache.spots("T|bund|guide", req(), i), others, gap));
  // The guide walking to and fro at 1.4 m/s while 90 members ask at their cooldown (45 requests a second).
  const walking = createGatherCache();
  const every = 1000 / (MEMBERS * TOUR_COOLDOWNS[MessageType.TourToGuide].perSecond);
  const walk = (i: number) => ({ x: guide.x + Math.abs((((1.4 * i * every) / 1000) % 20) - 10), z: guide.z });
  const moving = cpuPerCall((i) =>
    firstFreeSpot(walking.spots("T|bund|guide", req(walk(i)), 1e6 + i * every), others, gap),
  );
  // And no cache at all: the spots worked out afresh for every request.
  const fresh = cpuPerCall((i) => firstFreeSpot(gatherGroup(req(walk(i))), others, gap));
  console.log(`\ntour:to-guide at ${MEMBERS} members on the Bund (CPU per call, ${CALLS} calls)`);
  console.log(`  before (fresh spots, all pairs):     ${before.toFixed(1)} µs`);
  console.log(`  after, guide standing (cached):      ${warm.toFixed(1)} µs   (${(before / warm).toFixed(0)}× less)`);
  console.log(
    `  after, guide walking (cached):       ${moving.toFixed(1)} µs   (${(before / moving).toFixed(1)}× less)`,
  );
  console.log(`  after, no cache (every call fresh):  ${fresh.toFixed(1)} µs   (${(before / fresh).toFixed(1)}× less)`);
  const perMember = TOUR_COOLDOWNS[MessageType.TourToGuide].perSecond;
  console.log(
    `  at the cooldown (${perMember}/s a member, ${MEMBERS} members), guide walking: ${((moving * perMember * MEMBERS) / 1e4).toFixed(2)}% of a core`,
  );
}

async function storeWrites(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bund-bench-tourcost-"));
  const store = openMuseumStore(dir);
  const library = loadScenes(path.join(root, "scenes"));
  const content = tourContent(library);
  for (const plan of loadTourPlans(path.join(root, "assets", "tours"), path.join(root, "assets"), content))
    store.plans.create(plan, null);
  let commits = 0;
  let inBatch = false;
  const real = store.liveTours;
  const count = () => {
    if (!inBatch) commits++;
  };
  const liveTours: LiveTours = {
    put: (...a) => (count(), real.put(...a)),
    saveState: (...a) => (count(), real.saveState(...a)),
    remove: (c) => (count(), real.remove(c)),
    has: (c) => real.has(c),
    all: () => real.all(),
    batch: (w) => {
      inBatch = true;
      try {
        real.batch(w);
        commits++;
      } finally {
        inBatch = false;
      }
    },
  };
  const tokens = createGuideTokens(newTokenSecret(), 600);
  const settings: MuseumRoomSettings = {
    scenes: roomScenes(library),
    maxVisitors: 100,
    reconnectGraceSeconds: 0,
    verifyGuide: (t) => tokens.verify(t),
    tours: { plans: store.plans, content, liveTours, headroom: 10 },
  };
  const server = await boot({ initializeGameServer: (gs) => gs.define("museum", MuseumRoom, { settings }) }, 2694);
  try {
    const guide = await server.sdk.joinOrCreate("museum", {
      name: "Bench Guide",
      sceneId: "bund",
      guideToken: tokens.issue("Bench Guide").token,
    });
    const code = await new Promise<string>((resolve) => {
      guide.onMessage(MessageType.TourStarted, (m: { code: string }) => resolve(m.code));
      guide.onMessage(MessageType.TourPlan, () => undefined);
      guide.send(MessageType.TourStart, { planId: "bund-walk" });
    });
    const members: ClientRoom[] = [];
    let refused = 0;
    for (let i = 0; i < MEMBERS; i++) {
      const m = await server.sdk.joinById(guide.roomId, { name: `Bench ${i}`, sceneId: "bund", tourCode: code });
      m.onMessage(MessageType.TourPlan, () => undefined);
      m.onMessage(MessageType.Error, (e: { code: string }) => void (e.code === ErrorCode.TooSoon && refused++));
      members.push(m);
    }
    // Every member toggles its hand at the sustained pace the cooldown allows (3 a second), phases spread.
    const pace = 1000 / TOUR_COOLDOWNS[MessageType.TourRaiseHand].perSecond;
    const up = new Map<ClientRoom, boolean>();
    let sent = 0;
    await new Promise((r) => setTimeout(r, 500));
    const [c0, cpu0, t0] = [commits, process.cpuUsage(), performance.now()];
    const timers = members.map((m, i) =>
      setTimeout(
        () => {
          const tick = () => {
            up.set(m, !up.get(m));
            m.send(MessageType.TourRaiseHand, { raised: up.get(m) });
            sent++;
          };
          tick();
          timers.push(setInterval(tick, pace) as unknown as ReturnType<typeof setTimeout>);
        },
        (i * pace) / MEMBERS,
      ),
    );
    await new Promise((r) => setTimeout(r, PACE_SECONDS * 1000));
    timers.forEach((t) => clearInterval(t));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // Each toggle accepted changes the tour once: the old write-through committed each to SQLite on its own.
    const changes = sent - refused;
    console.log(
      `\n${MEMBERS} members raising/lowering hands at ${(1000 / pace).toFixed(0)}/s each for ${seconds.toFixed(1)} s (in-process: clients and server)`,
    );
    console.log(
      `  tour changes:          ${(changes / seconds).toFixed(0)}/s  (before: one SQLite commit each, ${(changes / seconds).toFixed(0)} commits/s)`,
    );
    console.log(
      `  SQLite commits now:    ${((commits - c0) / seconds).toFixed(1)}/s  (at most one a patch, 20/s; ${(changes / Math.max(1, commits - c0)).toFixed(1)} changes a commit)`,
    );
    console.log(`  refused as too soon:   ${refused}`);
    console.log(`  process CPU:           ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}% of a core`);
    await Promise.all([guide, ...members].map((r) => r.leave(true).catch(() => undefined)));
  } finally {
    await server.shutdown();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

toGuideCost();
await storeWrites();
process.exit(0);
