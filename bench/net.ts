// `npm run bench:net`: bytes per visitor, patch time, server CPU and memory for 25–200 walking bots in one museum
// room, and in the same run the naive baseline (every pose as JSON to everyone, 20 Hz) for the ratio of bytes down;
// then the scale-out part (bench/netScale.ts): one process against two over Redis, and the capacity of each.
// BENCH_SCALE=0 skips the scale-out part, BENCH_SCALE=only runs it alone. BENCH_PIN=0 leaves the single-room part's
// server and bots on shared cores (by default each has its own: bench/netChild.ts, pinApart).
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { poseGrid } from "../common/pose";
import { canPinApart, startServerChild, type ServerChild } from "./netChild";
import { startFleet, type BotTarget } from "./netBots";
import { report, type Run } from "./netReport";
import { createProcSampler } from "./procStats";
import { reportScaleOut, runScaleOut, type ScaleOptions } from "./netScale";

const root = path.resolve(import.meta.dirname, "..");
const list = (s: string | undefined, d: number[]) =>
  s
    ? s
        .split(",")
        .map((v) => Math.floor(Number(v.trim())))
        .filter((v) => v > 0 && v <= 1000)
    : d;
const NS = list(process.env.BENCH_NS, [25, 50, 100, 200]);
const BASELINE_NS = list(process.env.BENCH_BASELINE_NS, NS);
const SECONDS = Math.min(600, Math.max(1, Number(process.env.BENCH_SECONDS ?? 20) || 20));
// Joins, JIT tiering and the first collections happen in the warm-up; BENCH_WARMUP lengthens it for a steady state.
const WARMUP_S = Math.min(120, Math.max(1, Number(process.env.BENCH_WARMUP ?? 3) || 3));
const SCALE = process.env.BENCH_SCALE ?? "1";
const SCALE_OPTIONS: ScaleOptions = {
  ns: list(process.env.BENCH_SCALE_NS, [100, 200, 300, 400]),
  roomSize: list(process.env.BENCH_SCALE_ROOM, [100])[0],
  seconds: SECONDS,
  warmupSeconds: WARMUP_S,
};
const SINGLE_ROOM_RUNS = SCALE === "only" ? 0 : NS.length + BASELINE_NS.length;
const SCALE_RUNS = SCALE === "0" ? 0 : 2 * SCALE_OPTIONS.ns.length;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(server: ServerChild, target: BotTarget, n: number, seed: number): Promise<Run> {
  const scene = JSON.parse(readFileSync(path.join(root, "scenes", "bund.json"), "utf8"));
  const fleet = await startFleet({
    url: `ws://127.0.0.1:${server.port}`,
    target,
    n,
    grid: poseGrid(scene.bounds),
    sceneId: scene.id,
    eyeHeight: scene.eyeHeight,
    seed,
  });
  const sampler = createProcSampler(server.pid);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  try {
    await sleep(WARMUP_S * 1000);
    await server.stats(); // drops the warm-up's samples
    sampler.begin();
    fleet.startCounting();
    loop.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(SECONDS * 1000);
    const s = (performance.now() - t0) / 1000;
    const counts = fleet.counts();
    const serverWindow = sampler.end();
    const cpu = process.cpuUsage(cpu0);
    loop.disable();
    const stats = await server.stats();
    return {
      target,
      bots: n,
      seconds: s,
      downBps: counts.downBytes / n / s,
      upBps: counts.upBytes / n / s,
      downMsgsPerS: counts.downMessages / n / s,
      upMsgsPerS: counts.upMessages / n / s,
      patch: stats.ticks[target] ?? null,
      encode: target === "museum" ? (stats.ticks["museum:encode"] ?? null) : null,
      slowestSend: stats.ticks[`${target}:slowestSend`] ?? null,
      exclSlowest: stats.ticks[`${target}:exclSlowest`] ?? null,
      serverLoopP99Ms: stats.loopDelay.p99Ms,
      server: serverWindow,
      benchCpuPct: ((cpu.user + cpu.system) / 1e6 / s) * 100,
      benchLoopP99Ms: loop.percentile(99) / 1e6,
      counts,
      rooms: fleet.roomIds().length,
      visible: fleet.visibleVisitors(),
    };
  } finally {
    sampler.stop();
    loop.disable();
    await fleet.close();
    await sleep(1500); // the emptied room disposes before the next run
  }
}

async function singleRoom(): Promise<void> {
  // The server on a core of its own, as it is in production where the visitors' machines are elsewhere (netChild.ts).
  const pinned = canPinApart();
  const server = await startServerChild(1000, { pin: pinned });
  const runs: Run[] = [];
  try {
    for (const n of NS) {
      console.log(`museum: ${n} bots…`);
      runs.push(await measure(server, "museum", n, n));
      if (BASELINE_NS.includes(n)) {
        console.log(`json-baseline: ${n} bots…`);
        runs.push(await measure(server, "json-baseline", n, n));
      }
    }
  } finally {
    await server.stop();
  }
  report(runs, SECONDS, WARMUP_S, pinned);
}

async function main(): Promise<void> {
  if (SINGLE_ROOM_RUNS) await singleRoom();
  if (SCALE_RUNS) reportScaleOut(await runScaleOut(SCALE_OPTIONS), SCALE_OPTIONS);
}

// A hung run must not hang CI: every phase is bounded, and so is the whole.
const deadline = setTimeout(
  () => {
    console.error("bench:net took too long; giving up");
    process.exit(1);
  },
  (SINGLE_ROOM_RUNS + SCALE_RUNS) * (SECONDS + WARMUP_S + 60) * 1000 + 120_000,
);
deadline.unref();

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
