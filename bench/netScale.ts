// bench:net's scale-out part: the museum's figures (bytes per visitor, patch time, CPU, memory, disconnects) for
// bots filling rooms of ROOM visitors on one process, and on two processes over Redis with the rooms (so the bots)
// split between them; and the number of bots at which the worst process's p99 patch time passes 10 ms.
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { poseGrid } from "../common/pose";
import { startLocalRedis, type LocalRedis } from "../tools/cluster/redisServer";
import { startServerChild, type ServerChild, type ServerStats } from "./netChild";
import { startFleet } from "./netBots";
import { createProcSampler, type ProcWindow } from "./procStats";
import { printTable, writeResults } from "./report";

export const CAPACITY_P99_MS = 10;

export type Layout = "1 process" | "2 processes + Redis";

export interface ProcessShare {
  rooms: number;
  bots: number;
  patchP50Ms: number;
  patchP99Ms: number;
  patches: number;
  loopP99Ms: number;
  server: ProcWindow;
}

export interface ScaleRun {
  layout: Layout;
  bots: number;
  seconds: number;
  downBps: number;
  upBps: number;
  /** The worst process's: what the worst-served visitor gets. */
  patchP50Ms: number;
  patchP99Ms: number;
  processes: ProcessShare[];
  redis: ProcWindow | null;
  benchCpuPct: number;
  benchLoopP99Ms: number;
  disconnects: number;
  serverErrors: number;
}

export interface ScaleOptions {
  ns: number[];
  roomSize: number;
  seconds: number;
  warmupSeconds: number;
}

const root = path.resolve(import.meta.dirname, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startLayout(
  layout: Layout,
  roomSize: number,
): Promise<{ servers: ServerChild[]; redis?: LocalRedis; stop(): Promise<void> }> {
  if (layout === "1 process") {
    const server = await startServerChild(roomSize);
    return { servers: [server], stop: () => server.stop() };
  }
  const redis = await startLocalRedis();
  const env = { REDIS_URL: redis.url, SELF_HOSTNAME: "127.0.0.1" };
  const servers: ServerChild[] = [];
  try {
    for (let i = 0; i < 2; i++) servers.push(await startServerChild(roomSize, { env }));
  } catch (err) {
    await Promise.all(servers.map((s) => s.stop()));
    await redis.stop();
    throw err;
  }
  return {
    servers,
    redis,
    async stop() {
      await Promise.all(servers.map((s) => s.stop()));
      await redis.stop();
    },
  };
}

async function measure(
  layout: Layout,
  servers: ServerChild[],
  redis: LocalRedis | undefined,
  n: number,
  o: ScaleOptions,
): Promise<ScaleRun> {
  const scene = JSON.parse(readFileSync(path.join(root, "scenes", "bund.json"), "utf8"));
  const portOf = new Map(servers.map((s) => [s.processId, s.port]));
  // A room's socket goes straight to the process hosting it (what the cluster proxy does, without its cost).
  const urlBuilder = (url: URL) => {
    const port = portOf.get(url.pathname.split("/")[1]);
    if (port) url.port = String(port);
    return url.toString();
  };
  const fleet = await startFleet({
    url: `ws://127.0.0.1:${servers[0].port}`,
    target: "museum",
    n,
    grid: poseGrid(scene.bounds),
    sceneId: scene.id,
    eyeHeight: scene.eyeHeight,
    seed: n,
    urlBuilder,
  });
  const samplers = servers.map((s) => createProcSampler(s.pid));
  const redisSampler = redis ? createProcSampler(redis.pid) : undefined;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  try {
    await sleep(o.warmupSeconds * 1000);
    await Promise.all(servers.map((s) => s.stats())); // drops the warm-up's samples
    for (const s of [...samplers, redisSampler]) s?.begin();
    fleet.startCounting();
    loop.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(o.seconds * 1000);
    const s = (performance.now() - t0) / 1000;
    const counts = fleet.counts();
    const windows = samplers.map((x) => x.end());
    const redisWindow = redisSampler?.end() ?? null;
    const cpu = process.cpuUsage(cpu0);
    loop.disable();
    const stats: ServerStats[] = await Promise.all(servers.map((x) => x.stats()));
    const processes = stats.map((st, i): ProcessShare => {
      const museumRooms = st.rooms.filter((r) => r.name === "museum");
      return {
        rooms: museumRooms.length,
        bots: museumRooms.reduce((sum, r) => sum + r.clients, 0),
        patchP50Ms: st.ticks.museum?.p50Ms ?? 0,
        patchP99Ms: st.ticks.museum?.p99Ms ?? 0,
        patches: st.ticks.museum?.count ?? 0,
        loopP99Ms: st.loopDelay.p99Ms,
        server: windows[i],
      };
    });
    return {
      layout,
      bots: n,
      seconds: s,
      downBps: counts.downBytes / n / s,
      upBps: counts.upBytes / n / s,
      patchP50Ms: Math.max(...processes.map((p) => p.patchP50Ms)),
      patchP99Ms: Math.max(...processes.map((p) => p.patchP99Ms)),
      processes,
      redis: redisWindow,
      benchCpuPct: ((cpu.user + cpu.system) / 1e6 / s) * 100,
      benchLoopP99Ms: loop.percentile(99) / 1e6,
      disconnects: counts.disconnects,
      serverErrors: counts.serverErrors,
    };
  } finally {
    for (const x of [...samplers, redisSampler]) x?.stop();
    loop.disable();
    await fleet.close();
    await sleep(1500); // the emptied rooms dispose before the next run
  }
}

/** Runs both layouts through every `ns` (past the crossing too: the trend is worth seeing on a busy machine). */
export async function runScaleOut(o: ScaleOptions): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (const layout of ["1 process", "2 processes + Redis"] as const) {
    const { servers, redis, stop } = await startLayout(layout, o.roomSize);
    try {
      for (const n of o.ns) {
        console.log(`scale-out, ${layout}: ${n} bots…`);
        runs.push(await measure(layout, servers, redis, n, o));
      }
    } finally {
      await stop();
    }
  }
  return runs;
}

const f = (v: number | undefined, d = 1) => (v === undefined || !Number.isFinite(v) ? "-" : v.toFixed(d));

/** "between 200 and 300 bots", or "over 400 bots (not reached)", per layout. */
export function capacityOf(runs: ScaleRun[]): string {
  const crossed = runs.find((r) => r.patchP99Ms > CAPACITY_P99_MS);
  const below = runs
    .filter((r) => r.patchP99Ms <= CAPACITY_P99_MS && (!crossed || r.bots < crossed.bots))
    .map((r) => r.bots);
  const last = below.length ? Math.max(...below) : 0;
  if (!crossed)
    return last ? `p99 stays <= ${CAPACITY_P99_MS} ms up to ${last} bots, the most measured` : "not measured";
  return last
    ? `p99 passes ${CAPACITY_P99_MS} ms between ${last} and ${crossed.bots} bots`
    : `p99 is over ${CAPACITY_P99_MS} ms already at ${crossed.bots} bots`;
}

export function reportScaleOut(runs: ScaleRun[], o: ScaleOptions): void {
  console.log(
    `\nScale-out: bots fill rooms of ${o.roomSize} (MAX_VISITORS); on two processes the rooms, so the bots, are split between them over Redis.`,
  );
  console.log(
    `  (patch ms: the worst process's; CPU and RSS: all museum processes together; ${o.seconds} s measured after ${o.warmupSeconds} s warm-up)`,
  );
  printTable(
    runs.map((r) => ({
      layout: r.layout,
      bots: r.bots,
      "down B/s/client": f(r.downBps, 0),
      "up B/s/client": f(r.upBps, 0),
      "patch p50 ms": f(r.patchP50Ms, 3),
      "patch p99 ms": f(r.patchP99Ms, 3),
      "server CPU %": f(r.processes.reduce((s, p) => s + p.server.cpuPct, 0)),
      "server RSS MB": f(r.processes.reduce((s, p) => s + p.server.rssMaxMb, 0)),
      "redis CPU %": r.redis ? f(r.redis.cpuPct) : "-",
      disconnects: r.disconnects,
      "server errors": r.serverErrors,
    })),
  );
  console.log(
    `\nEach process's share (rooms and bots it hosted, its own patch time, CPU and event-loop lag), and how busy the machine was:`,
  );
  printTable(
    runs.flatMap((r) =>
      r.processes.map((p, i) => ({
        layout: r.layout,
        bots: r.bots,
        process: i + 1,
        rooms: p.rooms,
        "its bots": p.bots,
        patches: p.patches,
        "patch p50 ms": f(p.patchP50Ms, 3),
        "patch p99 ms": f(p.patchP99Ms, 3),
        "CPU %": f(p.server.cpuPct),
        "RSS MB": f(p.server.rssMaxMb),
        "loop lag p99 ms": f(p.loopP99Ms, 1),
        "host busy %": f(p.server.hostBusyPct, 0),
        "bench CPU %": f(r.benchCpuPct, 0),
      })),
    ),
  );
  const one = runs.filter((r) => r.layout === "1 process");
  const two = runs.filter((r) => r.layout === "2 processes + Redis");
  console.log(`\nCapacity (bots before the worst p99 patch time passes ${CAPACITY_P99_MS} ms):`);
  console.log(`  1 process:             ${capacityOf(one)}`);
  console.log(`  2 processes + Redis:   ${capacityOf(two)}`);
  for (const n of [...new Set(runs.map((r) => r.bots))]) {
    const a = one.find((r) => r.bots === n);
    const b = two.find((r) => r.bots === n);
    if (a && b)
      console.log(
        `  at ${n} bots: p99 ${f(a.patchP99Ms, 3)} ms on one process, ${f(b.patchP99Ms, 3)} ms on two (ratio ${f(a.patchP99Ms / b.patchP99Ms, 2)}x)`,
      );
  }
  writeResults("netScale", {
    ...o,
    capacityP99Ms: CAPACITY_P99_MS,
    capacity: { oneProcess: capacityOf(one), twoProcesses: capacityOf(two) },
    runs,
  });
}
