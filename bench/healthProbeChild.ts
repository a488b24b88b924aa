// Bench-only process (started by bench/healthProbe.ts): asks the museum's /healthz ten times a second on a fixed
// schedule, whatever the answers take, and hands the round trips over IPC. A process of its own, so that the bots'
// work in the bench process cannot delay the probe and pass for a slow server.
import { request } from "./museumHttp";
import { summarise } from "./tickTimes";

const port = Number(process.env.PROBE_PORT);
const from = process.env.PROBE_FROM ?? "127.0.0.1";
const everyMs = Number(process.env.PROBE_EVERY_MS ?? 100);
const TIMEOUT_MS = 10_000;
/** A stalled server must not pile up requests without end: past this many unanswered, a beat is skipped (counted). */
const MAX_IN_FLIGHT = 100;

function main(): void {
  if (!process.send || !(port > 0))
    throw new Error("bench/healthProbeChild.ts is started by bench/healthProbe.ts with PROBE_PORT");
  let samples: number[] = [];
  let failed: Record<string, number> = {};
  let skipped = 0;
  let inFlight = 0;
  const beat = setInterval(() => {
    if (inFlight >= MAX_IN_FLIGHT) return void skipped++;
    inFlight++;
    void request(port, from, "GET", "/healthz", undefined, TIMEOUT_MS).then((a) => {
      inFlight--;
      // A timeout counts with its full wait: leaving it out would hide the worst stalls.
      samples.push(a.ms);
      if (a.status !== 200) {
        const key = a.status === 0 ? "no answer" : `HTTP ${a.status}`;
        failed[key] = (failed[key] ?? 0) + 1;
      }
    });
  }, everyMs);
  process.on("message", (m: string) => {
    if (m === "take") {
      process.send!({ type: "probe", summary: summarise(samples), failed, skipped });
      samples = [];
      failed = {};
      skipped = 0;
    }
    if (m === "stop") {
      clearInterval(beat);
      process.exit(0);
    }
  });
  process.once("disconnect", () => process.exit(0));
}

main();
