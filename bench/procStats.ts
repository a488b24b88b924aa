// CPU and memory of another process, read from Linux's /proc: CPU as % of one core over a window, RSS in MB.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ProcWindow {
  /** Mean CPU over the window, % of one core (200 = two cores busy). */
  cpuPct: number;
  /** The busiest one-second sample in the window. */
  cpuPeakPct: number;
  rssMaxMb: number;
  rssEndMb: number;
}

export interface ProcSampler {
  begin(): void;
  end(): ProcWindow;
  stop(): void;
}

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** utime + stime, in clock ticks. The command name may hold spaces and parentheses: fields are counted after its last ")". */
export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
  return Number(fields[11]) + Number(fields[12]);
}

export function rssMb(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

export function createProcSampler(pid: number, intervalMs = 1000): ProcSampler {
  const hz = clockTicksPerSecond();
  const pct = (ticks: number, ms: number) => (ms > 0 ? (ticks / hz / (ms / 1000)) * 100 : 0);
  let start = { t: performance.now(), ticks: cpuTicks(pid) };
  let last = start;
  let peak = 0;
  let rssMax = rssMb(pid);
  const timer = setInterval(() => {
    const now = { t: performance.now(), ticks: cpuTicks(pid) };
    peak = Math.max(peak, pct(now.ticks - last.ticks, now.t - last.t));
    rssMax = Math.max(rssMax, rssMb(pid));
    last = now;
  }, intervalMs);
  return {
    begin() {
      start = last = { t: performance.now(), ticks: cpuTicks(pid) };
      peak = 0;
      rssMax = rssMb(pid);
    },
    end() {
      const now = { t: performance.now(), ticks: cpuTicks(pid) };
      const rssEnd = rssMb(pid);
      return { cpuPct: pct(now.ticks - start.ticks, now.t - start.t), cpuPeakPct: peak, rssMaxMb: Math.max(rssMax, rssEnd), rssEndMb: rssEnd };
    },
    stop() {
      clearInterval(timer);
    },
  };
}
