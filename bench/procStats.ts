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
  /** The whole machine over the window: busy % of all its cores (others' work competes with the server and the bots). */
  hostBusyPct: number;
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

/** [busy, total] jiffies of all cores, from the first line of /proc/stat (idle and iowait count as not busy). */
export function hostTicks(): [number, number] {
  const v = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return [total - v[3] - v[4], total];
}

export function createProcSampler(pid: number, intervalMs = 1000): ProcSampler {
  const hz = clockTicksPerSecond();
  const pct = (ticks: number, ms: number) => (ms > 0 ? (ticks / hz / (ms / 1000)) * 100 : 0);
  let start = { t: performance.now(), ticks: cpuTicks(pid) };
  let last = start;
  let peak = 0;
  let rssMax = rssMb(pid);
  let host0 = hostTicks();
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
      host0 = hostTicks();
    },
    end() {
      const now = { t: performance.now(), ticks: cpuTicks(pid) };
      const rssEnd = rssMb(pid);
      const host = hostTicks();
      const hostBusyPct = host[1] > host0[1] ? ((host[0] - host0[0]) / (host[1] - host0[1])) * 100 : 0;
      return {
        cpuPct: pct(now.ticks - start.ticks, now.t - start.t),
        cpuPeakPct: peak,
        rssMaxMb: Math.max(rssMax, rssEnd),
        rssEndMb: rssEnd,
        hostBusyPct,
      };
    },
    stop() {
      clearInterval(timer);
    },
  };
}
