// bench:net's printout: the per-N table with the JSON baseline's bytes and ratio beside it, the baseline's own
// figures, where the patch time goes and how busy the machine was, and the targets.
import { printTable, writeResults } from "./report";
import type { ProcWindow } from "./procStats";
import type { FleetCounts, BotTarget } from "./netBots";
import type { TickSummary } from "./tickTimes";

export interface Run {
  target: BotTarget;
  bots: number;
  seconds: number;
  downBps: number;
  upBps: number;
  downMsgsPerS: number;
  upMsgsPerS: number;
  /** Wall time of each patch (museum) or JSON broadcast (baseline). */
  patch: TickSummary | null;
  encode: TickSummary | null;
  /** The slowest single socket write within each tick, and the tick without it. */
  slowestSend: TickSummary | null;
  exclSlowest: TickSummary | null;
  serverLoopP99Ms: number;
  server: ProcWindow;
  benchCpuPct: number;
  benchLoopP99Ms: number;
  counts: FleetCounts;
  rooms: number;
  visible: number;
}

export const TARGETS = { patchP99Ms: 5, bytesRatio: 4, atN: 100, noDisconnectN: 200 };

const f = (v: number | undefined, d = 1) => (v === undefined || !Number.isFinite(v) ? "-" : v.toFixed(d));

export function report(runs: Run[], seconds: number, warmup: number, pinned: boolean): void {
  const museum = runs.filter((r) => r.target === "museum");
  const baseline = runs.filter((r) => r.target === "json-baseline");
  const base = (n: number) => baseline.find((r) => r.bots === n);
  // The figures both tables share; the baseline's per-tick work is a broadcast, the museum's a patch.
  const columns = (r: (typeof museum)[number], tick: "patch" | "broadcast") => ({
    bots: r.bots,
    "down B/s/client": f(r.downBps, 0),
    "up B/s/client": f(r.upBps, 0),
    [`${tick} p50 ms`]: f(r.patch?.p50Ms, 3),
    [`${tick} p99 ms`]: f(r.patch?.p99Ms, 3),
    "server CPU %": f(r.server.cpuPct),
    "server RSS MB": f(r.server.rssMaxMb),
    disconnects: r.counts.disconnects,
  });

  console.log(
    `\nMuseum room ("museum": @colyseus/schema patches at 20 Hz), ${seconds} s measured after ${warmup} s warm-up:`,
  );
  console.log(
    pinned
      ? "  (the server on core 0, the bots on the other cores: BENCH_PIN=0 to share them)"
      : "  (server and bots share the cores: their wake-ups preempt each other mid-tick)",
  );
  printTable(
    museum.map((r) => {
      const b = base(r.bots);
      return {
        ...columns(r, "patch"),
        "JSON down B/s/client": b ? f(b.downBps, 0) : "-",
        "JSON/museum": b ? `${f(b.downBps / r.downBps)}x` : "-",
      };
    }),
  );

  if (baseline.length) {
    console.log(`\nBaseline ("json-baseline": every pose as float JSON, the whole map to everyone every 50 ms):`);
    printTable(baseline.map((r) => columns(r, "broadcast")));
  }

  console.log(
    `\nWhere a tick's time goes (a tick = one patch, or one baseline broadcast), and how busy the machine was:`,
  );
  console.log(
    `  (send us/client: the median tick less its encoding, per client; host busy %: all cores, everyone's work)`,
  );
  printTable(
    runs.map((r) => ({
      target: r.target,
      bots: r.bots,
      ticks: r.patch?.count ?? 0,
      "ticks >5ms": r.patch?.over5Ms ?? 0,
      "tick mean ms": f(r.patch?.meanMs, 3),
      "tick max ms": f(r.patch?.maxMs, 1),
      "encode p50 ms": f(r.encode?.p50Ms, 3),
      "encode p99 ms": f(r.encode?.p99Ms, 3),
      "send us/client": f(r.patch ? ((r.patch.p50Ms - (r.encode?.p50Ms ?? 0)) * 1000) / r.bots : NaN, 1),
      "slowest write p99 ms": f(r.slowestSend?.p99Ms, 2),
      "tick p99 w/o it ms": f(r.exclSlowest?.p99Ms, 3),
      "server loop lag p99 ms": f(r.serverLoopP99Ms, 1),
      "host busy %": f(r.server.hostBusyPct, 0),
      "bench CPU %": f(r.benchCpuPct, 0),
      "bench loop lag p99 ms": f(r.benchLoopP99Ms, 1),
    })),
  );

  console.log(
    `\nSanity: rooms the bots shared, visitors bot 0 sees, messages a second per client, refusals, close codes:`,
  );
  printTable(
    runs.map((r) => ({
      target: r.target,
      bots: r.bots,
      rooms: r.rooms,
      "bot 0 sees": r.visible,
      "down msg/s": f(r.downMsgsPerS),
      "up msg/s": f(r.upMsgsPerS),
      "down B/msg": f(r.downMsgsPerS ? r.downBps / r.downMsgsPerS : NaN, 0),
      "server errors": r.counts.serverErrors,
      "close codes": r.counts.closeCodes.length ? [...new Set(r.counts.closeCodes)].join(" ") : "-",
    })),
  );

  const at = museum.find((r) => r.bots === TARGETS.atN);
  const atBase = base(TARGETS.atN);
  const big = museum.find((r) => r.bots === TARGETS.noDisconnectN);
  const ratio = at && atBase ? atBase.downBps / at.downBps : undefined;
  const mark = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "PASS" : "FAIL");
  console.log(`\nTargets:`);
  console.log(
    `  N=${TARGETS.atN}: patch p99 <= ${TARGETS.patchP99Ms} ms                     ${f(at?.patch?.p99Ms, 3)} ms  ${mark(at?.patch ? at.patch.p99Ms <= TARGETS.patchP99Ms : undefined)}`,
  );
  console.log(
    `  N=${TARGETS.atN}: >= ${TARGETS.bytesRatio}x fewer bytes down than JSON baseline  ${f(ratio)}x  ${mark(ratio === undefined ? undefined : ratio >= TARGETS.bytesRatio)}`,
  );
  console.log(
    `  N=${TARGETS.noDisconnectN}: no disconnect                            ${big ? big.counts.disconnects : "-"}  ${mark(big ? big.counts.disconnects === 0 : undefined)}`,
  );
  const busy = runs.filter((r) => r.server.hostBusyPct > 85);
  if (busy.length)
    console.log(
      `  note: the machine was over 85% busy during ${busy.length} of ${runs.length} runs; wall-clock tick times there include waiting for a CPU.`,
    );
  writeResults("net", { seconds, warmupSeconds: warmup, serverPinnedApart: pinned, targets: TARGETS, runs });
}
