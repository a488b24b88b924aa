// bench:abuse's run: the museum server as a child process, one honest tour room measured alone (the baseline) and
// then, in the same run and the same room, with the hostile clients at work. Returns the figures of each phase.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { poseGrid } from "../common/pose";
import { openMuseumStore } from "../server/store/museumStore";
import { startHonestRoom, type HonestCounts, type HonestRoom } from "./abuseHonest";
import { startHostileClients, type HostileCounts, type HostileOptions } from "./abuseHostile";
import { startHealthProbe, type HealthProbe, type ProbeWindow } from "./healthProbe";
import { request } from "./museumHttp";
import { startServerChild, type ServerChild, type ServerStats } from "./netChild";
import { createProcSampler, type ProcWindow } from "./procStats";
import { loopbackAddress } from "./sourceAddress";
import { summarise, type TickSummary } from "./tickTimes";

export interface AbuseSettings {
  seconds: number;
  warmupSeconds: number;
  /** Honest bots in the tour room, the guide included. */
  bots: number;
  hostiles: number;
  hostile: Pick<HostileOptions, "messagesPerSecond" | "invalidEvery" | "httpPerSecond" | "maxRejoins">;
  guideEverySec: number;
  /** The server on a core of its own (bench/netChild.ts, pinApart). */
  pin: boolean;
}

export interface PhaseResult {
  phase: "honest" | "hostile";
  seconds: number;
  /** False when the server was too stalled to hand over its figures (patch times, loop delay, log) within a minute. */
  serverAnswered: boolean;
  /** Patch times of the tour's room. */
  patch: TickSummary;
  /** Patches of other rooms with people in them, and how many patches rooms with nobody in them made. */
  otherPatches: TickSummary;
  idlePatches: number;
  /** What the server wrote to its log in the window. */
  log: { lines: number; bytes: number };
  health: ProbeWindow;
  server: ProcWindow;
  serverLoop: ServerStats["loopDelay"];
  heapUsedMb: number;
  roomsAlive: number;
  roomsCreated: number;
  /** The bench process itself (bots and hostile clients): if it is starved, the figures say less. */
  benchCpuPct: number;
  benchLoopP99Ms: number;
  honest: HonestCounts;
  hostile: HostileCounts | null;
}

const PASSWORD = "bench password 1";
const PLAN = "bund-walk";
const root = path.resolve(import.meta.dirname, "..");
/** Where the server's log goes (git-ignored with the other results). */
export const SERVER_LOG = path.join(root, "bench", "results", "abuse-server.log");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signIn(port: number): Promise<string> {
  const a = await request(port, loopbackAddress(0, 0), "POST", "/api/guides/login", {
    name: "Bench Guide",
    password: PASSWORD,
  });
  const token = (a.body as { token?: unknown } | null)?.token;
  if (a.status !== 200 || typeof token !== "string")
    throw new Error(`the bench guide could not sign in: HTTP ${a.status} ${JSON.stringify(a.body)}`);
  return token;
}

/**
 * The server's figures, asked again while it is too stalled to answer (netChild waits 10 s a time): under attack it
 * may not get to its IPC for longer. A late answer to an earlier ask is as good: it holds everything since the last.
 */
async function statsOf(server: ServerChild, log: (line: string) => void, tries = 6): Promise<ServerStats | null> {
  for (let i = 1; ; i++) {
    try {
      return await server.stats();
    } catch {
      if (i >= tries)
        return (
          log(
            `  (the server gave no figures within ${tries * 10} s: it is stalled; the phase is reported without them)`,
          ),
          null
        );
      log(`  (the server has not answered for ${i * 10} s; asking again)`);
    }
  }
}

/** What a phase shows when the server never handed its figures over. */
const NO_TICKS = summarise([]);

interface Parts {
  server: ServerChild;
  probe: HealthProbe;
  honest: HonestRoom;
  hostile: { counts(): HostileCounts; startCounting(): void } | null;
}

/** Settles for the warm-up, drops what it measured, then measures one window of `seconds`. */
async function measure(
  phase: PhaseResult["phase"],
  p: Parts,
  s: AbuseSettings,
  log: (line: string) => void,
): Promise<PhaseResult> {
  const sampler = createProcSampler(p.server.pid);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  try {
    await sleep(s.warmupSeconds * 1000);
    await statsOf(p.server, log);
    await p.probe.take();
    sampler.begin();
    p.honest.startCounting();
    p.hostile?.startCounting();
    loop.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(s.seconds * 1000);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const server = sampler.end();
    const [stats, health] = await Promise.all([statsOf(p.server, log), p.probe.take()]);
    const extra = stats as (ServerStats & { idlePatches?: number; log?: { lines: number; bytes: number } }) | null;
    return {
      phase,
      seconds,
      serverAnswered: stats !== null,
      patch: stats?.ticks.museum ?? NO_TICKS,
      otherPatches: stats?.ticks["museum:others"] ?? NO_TICKS,
      idlePatches: extra?.idlePatches ?? 0,
      log: extra?.log ?? { lines: 0, bytes: 0 },
      health,
      server,
      serverLoop: stats?.loopDelay ?? { p50Ms: Number.NaN, p99Ms: Number.NaN, maxMs: Number.NaN },
      heapUsedMb: stats?.heapUsedMb ?? Number.NaN,
      roomsAlive: stats?.rooms.length ?? Number.NaN,
      roomsCreated: stats?.roomsCreated ?? Number.NaN,
      benchCpuPct: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
      benchLoopP99Ms: loop.percentile(99) / 1e6,
      honest: p.honest.counts(),
      hostile: p.hostile?.counts() ?? null,
    };
  } finally {
    sampler.stop();
    loop.disable();
  }
}

export async function runAbuse(s: AbuseSettings, log: (line: string) => void): Promise<PhaseResult[]> {
  const scene = JSON.parse(readFileSync(path.join(root, "scenes", "bund.json"), "utf8"));
  // A throwaway store with one guide account, as bench/tour.ts does.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-abuse-"));
  const store = openMuseumStore(dataDir);
  await store.guides.add("Bench Guide", PASSWORD);
  store.close();
  // The museum's own limits and log level stay at their defaults (MAX_VISITORS 100, info): the bench measures them.
  rmSync(SERVER_LOG, { force: true });
  const server = await startServerChild(100, {
    entry: "abuseServer.ts",
    env: { DATA_DIR: dataDir, LOG_LEVEL: "info", BENCH_SERVER_LOG: SERVER_LOG },
    pin: s.pin,
  });
  let probe: HealthProbe | null = null;
  let honest: HonestRoom | null = null;
  let hostile: Awaited<ReturnType<typeof startHostileClients>> | null = null;
  try {
    const token = await signIn(server.port);
    probe = startHealthProbe(server.port, loopbackAddress(2, 0));
    log(`honest: a guide and ${s.bots - 1} members join one tour…`);
    const where = { port: server.port, sceneId: scene.id as string };
    honest = await startHonestRoom({
      ...where,
      n: s.bots,
      guideToken: token,
      planId: PLAN,
      grid: poseGrid(scene.bounds),
      eyeHeight: scene.eyeHeight,
      guideEverySec: s.guideEverySec,
    });
    log(`honest: tour ${honest.code}, measuring ${s.seconds} s after ${s.warmupSeconds} s of warm-up…`);
    const parts: Parts = { server, probe, honest, hostile: null };
    const calm = await measure("honest", parts, s, log);
    log(`hostile: ${s.hostiles} hostile clients join the tour and start their loops…`);
    hostile = await startHostileClients({ ...where, ...s.hostile, n: s.hostiles, code: honest.code });
    const stormy = await measure("hostile", { ...parts, hostile }, s, log);
    return [calm, stormy];
  } finally {
    await hostile?.stop().catch(() => undefined);
    await honest?.close().catch(() => undefined);
    probe?.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
