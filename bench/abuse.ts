// `npm run bench:abuse`: one tour room of 100 honest bots measured alone, then in the same run with 10 hostile
// clients doing the costliest things the museum still allows (issue 11): patch p50/p99, /healthz p50/p99, server CPU
// and event-loop delay, the ratio hostile ÷ honest, and what the hostile clients achieved. Settings (env):
// BENCH_SECONDS (20) each measured phase, BENCH_WARMUP (5) before each, BENCH_BOTS (100), BENCH_HOSTILES (10),
// BENCH_HOSTILE_RATE (40 messages/s a socket), BENCH_HOSTILE_INVALID_EVERY (25), BENCH_HOSTILE_HTTP_RATE (10 requests/s
// per loop per client), BENCH_PIN=0 leaves the server and the bench on shared cores.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { useSourceAddresses } from "./sourceAddress";

const num = (name: string, d: number, min: number, max: number) => {
  const v = Number(process.env[name] ?? d);
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
};

// colyseus.js must see the source-address socket when it loads: the modules that use it are imported after this.
useSourceAddresses();
const { runAbuse } = await import("./abusePhases");
const { reportAbuse } = await import("./abuseReport");

// The server on a core of its own (as in production, where visitors' machines are elsewhere): otherwise the bots
// and hostile clients in this process wake on its core whenever a patch reaches them and preempt it mid-broadcast.
const pin =
  process.env.BENCH_PIN !== "0" && os.availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
const settings = {
  seconds: num("BENCH_SECONDS", 20, 1, 600),
  warmupSeconds: num("BENCH_WARMUP", 5, 1, 120),
  bots: Math.floor(num("BENCH_BOTS", 100, 2, 300)),
  hostiles: Math.floor(num("BENCH_HOSTILES", 10, 1, 50)),
  hostile: {
    messagesPerSecond: num("BENCH_HOSTILE_RATE", 40, 1, 200),
    invalidEvery: Math.floor(num("BENCH_HOSTILE_INVALID_EVERY", 25, 0, 1000)),
    httpPerSecond: num("BENCH_HOSTILE_HTTP_RATE", 10, 0.1, 200),
    maxRejoins: 500,
  },
  guideEverySec: 4,
  pin,
};

// Every step is bounded; so is the whole (joins, two phases with their warm-ups, start and stop).
const deadline = setTimeout(
  () => {
    console.error("bench:abuse took too long; giving up");
    process.exit(1);
  },
  (2 * (settings.seconds + settings.warmupSeconds) + 420) * 1000,
);
deadline.unref();

try {
  const phases = await runAbuse(settings, (line) => console.log(line));
  reportAbuse(phases, settings, pin);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
