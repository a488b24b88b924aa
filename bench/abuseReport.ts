// bench:abuse's report: the honest room's figures alone and under attack with their ratio, what the hostile clients
// achieved, whether the target holds (hostile ÷ honest at most 1.5 for patch p99 and /healthz p99); JSON beside it.
import { SERVER_LOG, type AbuseSettings, type PhaseResult } from "./abusePhases";
import type { Tally } from "./museumHttp";
import { printTable, writeResults } from "./report";

export const TARGET_RATIO = 1.5;

const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : "-");
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
/** A phase in which the tour's room made no patch (or the probe got nothing) has no figure: it cannot meet a target. */
const measured = (p: PhaseResult, metric: string) =>
  metric.startsWith("patch") ? p.patch.count > 0 : metric.startsWith("/healthz") ? p.health.summary.count > 0 : true;
const tally = (t: Tally) =>
  Object.entries(t)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ×${n}`)
    .join(", ") || "none";
const sum = (t: Tally) => Object.values(t).reduce((a, b) => a + b, 0);

export function reportAbuse(phases: PhaseResult[], s: AbuseSettings, pinned: boolean): boolean {
  const [calm, storm] = phases;
  const rows: [string, (p: PhaseResult) => number, number?][] = [
    ["patch p50 ms", (p) => p.patch.p50Ms],
    ["patch p99 ms", (p) => p.patch.p99Ms, TARGET_RATIO],
    ["patch max ms", (p) => p.patch.maxMs],
    ["patches counted", (p) => p.patch.count],
    ["/healthz p50 ms", (p) => p.health.summary.p50Ms],
    ["/healthz p99 ms", (p) => p.health.summary.p99Ms, TARGET_RATIO],
    ["/healthz max ms", (p) => p.health.summary.maxMs],
    ["/healthz not 200", (p) => sum(p.health.failed) + p.health.skipped],
    ["server CPU % of a core", (p) => p.server.cpuPct],
    ["server CPU peak %", (p) => p.server.cpuPeakPct],
    ["server loop delay p50 ms", (p) => p.serverLoop.p50Ms],
    ["server loop delay p99 ms", (p) => p.serverLoop.p99Ms],
    ["server loop delay max ms", (p) => p.serverLoop.maxMs],
    ["server log lines", (p) => p.log.lines],
    ["server log KB", (p) => p.log.bytes / 1024],
    ["server RSS max MB", (p) => p.server.rssMaxMb],
    ["server heap MB", (p) => p.heapUsedMb],
    ["rooms alive at the end", (p) => p.roomsAlive],
    ["patches of empty rooms", (p) => p.idlePatches],
    ["bench process CPU %", (p) => p.benchCpuPct],
    ["bench loop delay p99 ms", (p) => p.benchLoopP99Ms],
    ["whole machine busy %", (p) => p.server.hostBusyPct],
  ];
  console.log(
    `\nOne tour room of ${s.bots} honest bots (20 Hz poses), ${f(calm.seconds, 0)} s alone, then ${f(storm.seconds, 0)} s with ${s.hostiles} hostile clients:`,
  );
  printTable(
    rows.map(([metric, get, target]) => {
      const r = measured(calm, metric) && measured(storm, metric) ? ratio(get(storm), get(calm)) : Number.NaN;
      return {
        metric,
        honest: f(get(calm), 2),
        hostile: f(get(storm), 2),
        "hostile ÷ honest": `${f(r, 2)}x`,
        target: target ? (r <= target ? `≤ ${target}x HOLDS` : `≤ ${target}x FAILS`) : "",
      };
    }),
  );
  for (const p of phases)
    if (!p.serverAnswered)
      console.log(
        `The ${p.phase} phase: the server was too stalled to hand over its own figures within a minute ("-" above; a stall is a FAIL).`,
      );
  const holds =
    storm.patch.count > 0 &&
    ratio(storm.patch.p99Ms, calm.patch.p99Ms) <= TARGET_RATIO &&
    ratio(storm.health.summary.p99Ms, calm.health.summary.p99Ms) <= TARGET_RATIO;
  console.log(
    `\nTarget (hostile slows the honest room's patch p99 and /healthz p99 by at most ${TARGET_RATIO}x): ${holds ? "HOLDS" : "DOES NOT HOLD"}`,
  );

  const h = storm.hostile!;
  const perS = (n: number) => f(n / storm.seconds, 1);
  console.log(
    `\nWhat the ${s.hostiles} hostile clients did in ${f(storm.seconds, 0)} s (each: ${s.hostile.messagesPerSecond} messages/s, one invalid in ${s.hostile.invalidEvery}; seat and room loops at ${s.hostile.httpPerSecond}/s each):`,
  );
  console.log(`  messages sent: ${sum(h.sent)} (${perS(sum(h.sent))}/s) — ${tally(h.sent)}`);
  console.log(`  answered with an error: ${sum(h.refused)} — ${tally(h.refused)}`);
  console.log(`  to-guide that moved them: ${h.placed}`);
  console.log(`  thrown out: ${sum(h.disconnects)} — close codes ${tally(h.disconnects)}; rejoins ${tally(h.rejoins)}`);
  console.log(`  seat reservations: ${tally(h.seats)} (${perS(h.seats.granted ?? 0)} granted/s)`);
  console.log(
    `  rooms created: ${tally(h.rooms)} (${perS(h.rooms.created ?? 0)} created/s); museum rooms created since start ${storm.roomsCreated}`,
  );
  for (const [k, v] of Object.entries(h.examples)) console.log(`  e.g. ${k}: "${v}"`);
  const honestLine = (p: PhaseResult) =>
    `disconnects ${tally(p.honest.disconnects)}, error messages ${tally(p.honest.serverErrors)}, guide commands ${p.honest.guideCommands}, placements ${p.honest.placements}, poses ${perS(p.honest.posesSent)}/s`;
  console.log(`\nHonest bots alone: ${honestLine(calm)}`);
  console.log(`Honest bots under attack: ${honestLine(storm)}`);
  const lost = sum(storm.honest.disconnects);
  if (lost > 0)
    console.log(
      `note: ${lost} honest bots were thrown out under attack: the patch figures under attack are of a smaller room (a ratio under 1 there is no good sign).`,
    );
  console.log(
    `/healthz under attack: ${tally(storm.health.failed)}${storm.health.skipped ? `, ${storm.health.skipped} beats skipped (100 requests waiting)` : ""}`,
  );

  console.log(
    `\n(${pinned ? "The server ran pinned to core 0 and the bench on the others (BENCH_PIN=0 shares them)" : "The server and the bench shared the cores (not pinned)"}; the machine is shared with other work, so` +
      ` the tails are noisy: compare the ratio, measured in the same run, rather than absolute figures between runs.)`,
  );
  if (phases.some((p) => p.server.hostBusyPct > 85))
    console.log("note: the machine was over 85% busy (others' work included): the tails include waiting for a CPU.");
  console.log(`The server's log: ${SERVER_LOG}`);
  writeResults("abuse", { settings: s, pinned, targetRatio: TARGET_RATIO, holds, phases });
  return holds;
}
