// bench/voice.ts's side of the listener farm: forks it, sends it offers, and waits for its answers, connections and
// window figures.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { FromFarm, type ListenerKind, type ToFarm } from "./farmProtocol";

type WindowFigures = Extract<FromFarm, { op: "window" }>;

export interface ListenerFarm {
  readonly pid: number;
  /** Answer an offer for listener `id`; resolves with the answer, and `connected` once its connection is up. */
  answer(id: string, kind: ListenerKind, offer: string): Promise<{ sdp: string; connected: Promise<void> }>;
  /** Resolves with the farm's CPU so far (µs). */
  begin(): Promise<number>;
  close(id: string): void;
  end(sent: [number, number][]): Promise<WindowFigures>;
  stop(): void;
}

const TIMEOUT_MS = 20_000;

/** `stun`: the bench's loopback STUN responder's URL. */
export async function startListenerFarm(stun: string): Promise<ListenerFarm> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, "listenerFarm.ts"), [stun], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiters: { match(m: FromFarm): boolean; resolve(m: FromFarm): void }[] = [];
  child.on("message", (raw) => {
    const parsed = FromFarm.safeParse(raw);
    if (!parsed.success)
      throw new Error(`the listener farm sent a malformed message: ${parsed.error.issues[0]?.message}`);
    const i = waiters.findIndex((w) => w.match(parsed.data));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(parsed.data);
  });

  function wait(what: string, match: (m: FromFarm) => boolean): Promise<FromFarm> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the listener farm sent no ${what} in ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      );
      waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }
  const post = (m: ToFarm) => child.send(m);

  await wait("ready", (m) => m.op === "ready");
  return {
    pid: child.pid!,
    async answer(id, kind, offer) {
      const connected = wait(`connection for ${id}`, (m) => m.op === "connected" && m.id === id).then(() => undefined);
      connected.catch(() => undefined);
      const reply = wait(`answer for ${id}`, (m) => (m.op === "answered" || m.op === "failed") && m.id === id);
      post({ op: "answer", id, kind, offer });
      const m = await reply;
      if (m.op === "failed") throw new Error(`listener ${id} could not answer: ${m.error}`);
      if (m.op !== "answered") throw new Error(`listener ${id}: unexpected ${m.op}`);
      return { sdp: m.sdp, connected };
    },
    close(id) {
      post({ op: "close", id });
    },
    async begin() {
      const begun = wait("begin", (m) => m.op === "begun");
      post({ op: "begin" });
      const m = await begun;
      return m.op === "begun" ? m.cpuMicros : 0;
    },
    async end(sent) {
      const figures = wait("window figures", (m) => m.op === "window");
      post({ op: "end", sent });
      return (await figures) as WindowFigures;
    },
    stop() {
      child.kill("SIGTERM");
    },
  };
}
