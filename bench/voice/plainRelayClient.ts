// bench/voice.ts's side of the plain relay (bench/voice/plainRelay.ts): forks its two processes and measures the
// relay's CPU a copy over a window, for a group of a given size.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FromPlainRelay, type ToPlainRelay } from "./plainRelayProtocol";

export interface PlainRelayWindow {
  /** The relay's CPU (user + system) a copy sent, µs. */
  microsACopy: number;
  copiesASecond: number;
  /** Copies that did not reach a listener's socket, % of those sent. */
  lostPct: number;
}

export interface PlainRelay {
  /** Relays `sizes` (one every 20 ms, in turn) to `listeners` sockets for `seconds` after a second's warm-up. */
  measure(listeners: number, sizes: number[], seconds: number): Promise<PlainRelayWindow>;
  stop(): void;
}

const TIMEOUT_MS = 20_000;

function start(role: "relay" | "listeners") {
  const child: ChildProcess = fork(path.join(import.meta.dirname, "plainRelay.ts"), [role], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiting: ((m: FromPlainRelay) => void)[] = [];
  child.on("message", (raw) => {
    const parsed = FromPlainRelay.safeParse(raw);
    if (!parsed.success) throw new Error(`the plain relay's ${role} sent a malformed message: ${parsed.error.message}`);
    waiting.shift()?.(parsed.data);
  });
  /** Each request gets one reply, in order; `ready` is the reply to starting. */
  const reply = <Op extends FromPlainRelay["op"]>(op: Op, request?: ToPlainRelay) =>
    new Promise<Extract<FromPlainRelay, { op: Op }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the plain relay's ${role} sent no ${op}`)), TIMEOUT_MS);
      waiting.push((m) => {
        clearTimeout(timer);
        if (m.op === op) resolve(m as Extract<FromPlainRelay, { op: Op }>);
        else reject(new Error(`the plain relay's ${role} sent ${m.op}, not ${op}`));
      });
      if (request) child.send(request);
    });
  return { child, reply, post: (m: ToPlainRelay) => child.send(m) };
}

export async function startPlainRelay(): Promise<PlainRelay> {
  const relay = start("relay");
  const listeners = start("listeners");
  const [{ port }] = await Promise.all([relay.reply("ready"), listeners.reply("ready")]);
  return {
    async measure(n, sizes, seconds) {
      const { ports } = await listeners.reply("opened", { op: "open", sockets: n });
      relay.post({ op: "targets", ports });
      listeners.post({ op: "speak", to: port, sizes });
      await sleep(1000);
      const [r0, l0] = [await relay.reply("counts", { op: "read" }), await listeners.reply("counts", { op: "read" })];
      const from = performance.now();
      await sleep(seconds * 1000);
      listeners.post({ op: "speak", to: port, sizes: [] });
      const measuredSeconds = (performance.now() - from) / 1000;
      await sleep(200); // the last copies land (the relay idles meanwhile: no CPU to speak of)
      const [r1, l1] = [await relay.reply("counts", { op: "read" }), await listeners.reply("counts", { op: "read" })];
      const copies = r1.datagrams - r0.datagrams;
      const lost = copies - (l1.datagrams - l0.datagrams);
      return {
        microsACopy: copies > 0 ? (r1.cpuMicros - r0.cpuMicros) / copies : NaN,
        copiesASecond: copies / measuredSeconds,
        lostPct: copies > 0 ? (Math.max(0, lost) / copies) * 100 : NaN,
      };
    },
    stop() {
      relay.child.kill("SIGTERM");
      listeners.child.kill("SIGTERM");
    },
  };
}
