// `npm run bench:net`: bytes per visitor, patch time, server CPU and memory for 25–200 walking bots in one museum
// room, and in the same run the naive baseline (every pose as JSON to everyone, 20 Hz) for the ratio of bytes down.
import { readFileSync } from "node:fs";
import path from "node:path";
import { poseGrid } from "../common/pose";
import { startServerChild, type ServerChild } from "./netChild";
import { startFleet, type BotTarget, type FleetCounts } from "./netBots";
import { createProcSampler, type ProcWindow } from "./procStats";
import { printTable, writeResults } from "./report";
import type { TickSummary } from "./tickTimes";

const root = path.resolve(import.meta.dirname, "..");
const list = (s: string | undefined, d: number[]) => (s ? s.split(",").map((v) => Number(v.trim())).filter((v) => v > 0) : d);
const NS = list(process.env.BENCH_NS, [25, 50, 100, 200]);
const BASELINE_NS = list(process.env.BENCH_BASELINE_NS, NS);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_S = 3;
const TARGETS = { patchP99Ms: 5, bytesRatio: 4, atN: 100, noDisconnectN: 200 };

interface Run {
  target: BotTarget;
  bots: number;
  seconds: number;
  downBps: number;
  upBps: number;
  downMsgsPerS: number;
  upMsgsPerS: number;
  patch: TickSummary | null;
  server: ProcWindow;
  benchCpuPct: number;
  counts: FleetCounts;
  rooms: number;
  visible: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const f = (v: number, d = 1) => v.toFixed(d);

async function measure(server: ServerChild, target: BotTarget, n: number, seed: number): Promise<Run> {
  const scene = JSON.parse(readFileSync(path.join(root, "scenes", "bund.json"), "utf8"));
  const fleet = await startFleet({ url: `ws://127.0.0.1:${server.port}`, target, n, grid: poseGrid(scene.bounds), sceneId: scene.id, eyeHeight: scene.eyeHeight ?? 1.6, seed });
  const sampler = createProcSampler(server.pid);
  try {
    await sleep(WARMUP_S * 1000);
    await server.stats(); // drops the warm-up's samples
    sampler.begin();
    fleet.startCounting();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(SECONDS * 1000);
    const s = (performance.now() - t0) / 1000;
    const counts = fleet.counts();
    const serverWindow = sampler.end();
    const cpu = process.cpuUsage(cpu0);
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
      server: serverWindow,
      benchCpuPct: ((cpu.user + cpu.system) / 1e6 / s) * 100,
      counts,
      rooms: fleet.roomIds().length,
      visible: fleet.visibleVisitors(),
    };
  } finally {
    sampler.stop();
    await fleet.close();
    await sleep(1500); // the emptied room disposes before the next run
  }
}

function report(runs: Run[]): void {
  const museum = runs.filter((r) => r.target === "museum");
  const base = (n: number) => runs.find((r) => r.target === "json-baseline" && r.bots === n);
  const rows = museum.map((r) => {
    const b = base(r.bots);
    return {
      bots: r.bots,
      "down B/s/client": f(r.downBps, 0),
      "up B/s/client": f(r.upBps, 0),
      "patch p50 ms": f(r.patch?.p50Ms ?? NaN, 3),
      "patch p99 ms": f(r.patch?.p99Ms ?? NaN, 3),
      "server CPU %": f(r.server.cpuPct),
      "server RSS MB": f(r.server.rssMaxMb),
      disconnects: r.counts.disconnects,
      "JSON down B/s/client": b ? f(b.downBps, 0) : "-",
      "JSON/museum": b ? `${f(b.downBps / r.downBps)}x` : "-",
    };
  });
  console.log(`\nMuseum room ("museum", @colyseus/schema patches), ${SECONDS} s measured after ${WARMUP_S} s warm-up, per N:`);
  printTable(rows);
  const baseRows = runs.filter((r) => r.target === "json-baseline").map((r) => ({
    bots: r.bots,
    "down B/s/client": f(r.downBps, 0),
    "up B/s/client": f(r.upBps, 0),
    "broadcast p50 ms": f(r.patch?.p50Ms ?? NaN, 3),
    "broadcast p99 ms": f(r.patch?.p99Ms ?? NaN, 3),
    "server CPU %": f(r.server.cpuPct),
    "server RSS MB": f(r.server.rssMaxMb),
    disconnects: r.counts.disconnects,
  }));
  if (baseRows.length) {
    console.log(`\nBaseline ("json-baseline": all poses as JSON to everyone every 50 ms):`);
    printTable(baseRows);
  }
  console.log(`\nSanity (per run): rooms the bots ended up in, visitors bot 0 sees, messages/s per client, server errors, bench-process CPU:`);
  printTable(runs.map((r) => ({
    target: r.target,
    bots: r.bots,
    rooms: r.rooms,
    "bot 0 sees": r.visible,
    "down msg/s": f(r.downMsgsPerS),
    "up msg/s": f(r.upMsgsPerS),
    "patches": r.patch?.count ?? 0,
    "patch max ms": f(r.patch?.maxMs ?? NaN, 2),
    "server CPU peak %": f(r.server.cpuPeakPct),
    "server errors": r.counts.serverErrors,
    "close codes": r.counts.closeCodes.length ? [...new Set(r.counts.closeCodes)].join(" ") : "-",
    "bench CPU %": f(r.benchCpuPct),
  })));

  const at = museum.find((r) => r.bots === TARGETS.atN);
  const atBase = base(TARGETS.atN);
  const big = museum.find((r) => r.bots === TARGETS.noDisconnectN);
  const mark = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "PASS" : "FAIL");
  console.log(`\nTargets:`);
  console.log(`  N=${TARGETS.atN}: patch p99 <= ${TARGETS.patchP99Ms} ms        -> ${at?.patch ? `${f(at.patch.p99Ms, 3)} ms ` : ""}${mark(at?.patch ? at.patch.p99Ms <= TARGETS.patchP99Ms : undefined)}`);
  const ratio = at && atBase ? atBase.downBps / at.downBps : undefined;
  console.log(`  N=${TARGETS.atN}: >= ${TARGETS.bytesRatio}x fewer bytes down than JSON -> ${ratio ? `${f(ratio)}x ` : ""}${mark(ratio === undefined ? undefined : ratio >= TARGETS.bytesRatio)}`);
  console.log(`  N=${TARGETS.noDisconnectN}: no disconnect              -> ${big ? `${big.counts.disconnects} ` : ""}${mark(big ? big.counts.disconnects === 0 : undefined)}`);
  writeResults("net", { seconds: SECONDS, warmupSeconds: WARMUP_S, targets: TARGETS, runs });
}

async function main(): Promise<void> {
  const server = await startServerChild(1000);
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
  report(runs);
}

// A hung run must not hang CI: every phase is bounded, and so is the whole.
const deadline = setTimeout(() => {
  console.error("bench:net took too long; giving up");
  process.exit(1);
}, (NS.length + BASELINE_NS.length) * (SECONDS + WARMUP_S + 60) * 1000 + 60_000);
deadline.unref();

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
