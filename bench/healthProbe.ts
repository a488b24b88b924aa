// The /healthz probe of bench:abuse, as a child process (bench/healthProbeChild.ts): start it, read and reset its
// round trips, stop it.
import { fork } from "node:child_process";
import path from "node:path";
import type { TickSummary } from "./tickTimes";

export interface ProbeWindow {
  /** Round trips of /healthz in ms (a request that got no answer counts with its full wait). */
  summary: TickSummary;
  /** Answers other than 200, by status ("no answer" for a timeout or a refused connection). */
  failed: Record<string, number>;
  /** Beats skipped because too many requests were still waiting. */
  skipped: number;
}

export interface HealthProbe {
  take(): Promise<ProbeWindow>;
  stop(): void;
}

export function startHealthProbe(port: number, from: string, everyMs = 100): HealthProbe {
  const child = fork(path.join(import.meta.dirname, "healthProbeChild.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, PROBE_PORT: String(port), PROBE_FROM: from, PROBE_EVERY_MS: String(everyMs) },
  });
  return {
    take: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the /healthz probe did not answer within 10 s")), 10_000);
        child.once("message", (m: { summary: TickSummary; failed: Record<string, number>; skipped: number }) => {
          clearTimeout(timer);
          resolve({ summary: m.summary, failed: m.failed, skipped: m.skipped });
        });
        child.send("take");
      }),
    stop() {
      if (child.connected) child.send("stop");
      setTimeout(() => child.kill("SIGKILL"), 2000).unref();
    },
  };
}
