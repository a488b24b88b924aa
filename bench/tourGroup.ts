// One guide and N members in one tour, as colyseus.js clients in this process: joins them, then times single guide
// commands from the send to the moment the last member sees its effect, counting the bytes each member received.
import { Client, type Room } from "colyseus.js";
import type { NarrationClock } from "../common/tourClock";

export type TourTarget = "museum" | "tour-json-baseline";
export type TourCommand = "next" | "gather" | "narration" | "announce" | "layer" | "seek";

export interface CommandSample {
  /** ms from the guide's send to the last member's change. */
  lastMs: number;
  /** Median member's ms. */
  medianMs: number;
  bytesPerMember: number;
}

export interface TourGroup {
  code: string;
  roomIds(): string[];
  /** The members' rooms, in joining order (for a measurement of its own over their links). */
  memberRooms(): Room[];
  /** Each member's decoded narration clock of the tour, in joining order (undefined before it arrived). */
  narrations(): (NarrationClock | undefined)[];
  run(command: TourCommand): Promise<CommandSample>;
  close(): Promise<void>;
}

type WsLike = { on(ev: "message", cb: (data: ArrayBuffer | Buffer | Buffer[]) => void): void };
const byteLength = (d: unknown): number =>
  Array.isArray(d)
    ? d.reduce((s: number, b) => s + byteLength(b), 0)
    : ((d as ArrayBufferLike | ArrayBufferView)?.byteLength ?? 0);

const JOIN_BATCH = 10;
const TAIL_MS = 100; // what a command sends right after (the patch following a message) still counts as its cost
const TIMEOUT_MS = 10_000;

interface Member {
  room: Room;
  bytes: number;
  places: number;
  tourMessages: number;
  done: boolean;
  doneAt: number;
}

export async function startTourGroup(o: {
  url: string;
  target: TourTarget;
  n: number;
  guideToken: string;
  planId: string;
}): Promise<TourGroup> {
  const client = new Client(o.url);
  const museum = o.target === "museum";
  const guide = museum
    ? await client.joinOrCreate("museum", { name: "Guide", sceneId: "bund", guideToken: o.guideToken })
    : // sceneId: the museum's admission check stands before every room type's matchmaking; the baseline ignores it.
      await client.joinOrCreate(o.target, { name: "Guide", sceneId: "bund" });
  guide.onMessage("tour", () => undefined);
  guide.onMessage("tour:plan", () => undefined);
  let code = "BASE23";
  if (museum) {
    code = await new Promise<string>((resolve, reject) => {
      guide.onMessage("tour:started", (m: { code: string }) => resolve(m.code));
      guide.onMessage("error", (e: { message: string }) => reject(new Error(`the tour did not start: ${e.message}`)));
      guide.send("tour:start", { planId: o.planId });
    });
  }
  let check: (m: Member) => boolean = () => false;
  let onDone: (() => void) | null = null;
  let pending = 0;
  const members: Member[] = [];
  const join = async (i: number): Promise<Member> => {
    const name = `Member ${String(i).padStart(3, "0")}`;
    const room = museum
      ? await client.joinById(guide.roomId, { name, sceneId: "bund", tourCode: code })
      : await client.joinById(guide.roomId, { name, sceneId: "bund" });
    const m: Member = { room, bytes: 0, places: 0, tourMessages: 0, done: true, doneAt: 0 };
    const see = () => {
      if (m.done || !check(m)) return;
      m.done = true;
      m.doneAt = performance.now();
      if (--pending === 0) onDone?.();
    };
    (room.connection.transport as unknown as { ws: WsLike }).ws.on("message", (d) => (m.bytes += byteLength(d)));
    room.onStateChange(see);
    room.onMessage("tour:place", () => (m.places++, see()));
    room.onMessage("tour:plan", () => undefined);
    room.onMessage("tour:ended", () => undefined);
    room.onMessage("tour", (json: string) => {
      JSON.parse(json); // a real client reads what it gets
      m.tourMessages++;
      see();
    });
    room.onMessage("error", (e: { message: string }) => console.error(`member ${i}: ${e.message}`));
    return m;
  };
  for (let i = 0; i < o.n; i += JOIN_BATCH)
    members.push(...(await Promise.all(Array.from({ length: Math.min(JOIN_BATCH, o.n - i) }, (_, k) => join(i + k)))));

  // The few fields of the decoded tour state this benchmark waits on.
  type TourSeen = { stop: number; narration: NarrationClock; announceSeq: number; layer: string };
  const tourOf = (m: Member) => (m.room.state as { tours?: Map<string, TourSeen> }).tours?.get(code);
  let stop = 0;
  let playing = false;
  let seq = 0;
  let layer: "1937" | "today" = "1937";
  let seekTo = 0;

  /** Sends the command and returns the check that tells a member has seen its effect. */
  function prepare(command: TourCommand): { send(): void; seen(m: Member): boolean } {
    if (!museum) {
      const before = new Map(members.map((m) => [m, m.tourMessages]));
      const bodies: Record<TourCommand, [string, unknown]> = {
        next: ["tour:next", {}],
        gather: ["tour:gather", {}],
        narration: ["tour:narration", { action: playing ? "pause" : "play" }],
        announce: ["tour:announce", { text: `Announcement ${seq + 1}` }],
        layer: ["tour:layer", { layer: layer === "1937" ? "today" : "1937" }],
        seek: ["tour:narration", { action: "seek", toSec: 0 }],
      };
      if (command === "layer") layer = layer === "1937" ? "today" : "1937";
      if (command === "narration") playing = !playing;
      if (command === "announce") seq++;
      return { send: () => guide.send(...bodies[command]), seen: (m) => m.tourMessages > before.get(m)! };
    }
    switch (command) {
      case "next": {
        const want = ++stop;
        playing = false; // a new stop's narration starts paused
        return { send: () => guide.send("tour:next"), seen: (m) => tourOf(m)?.stop === want };
      }
      case "gather": {
        const before = new Map(members.map((m) => [m, m.places]));
        return { send: () => guide.send("tour:gather", {}), seen: (m) => m.places > before.get(m)! };
      }
      case "narration": {
        playing = !playing;
        const want = playing;
        return {
          send: () => guide.send("tour:narration", { action: want ? "play" : "pause" }),
          seen: (m) => tourOf(m)?.narration.playing === want,
        };
      }
      case "announce": {
        const want = ++seq;
        return {
          send: () => guide.send("tour:announce", { text: `Announcement ${want}` }),
          seen: (m) => tourOf(m)?.announceSeq === want,
        };
      }
      case "layer": {
        const want = (layer = layer === "1937" ? "today" : "1937");
        return { send: () => guide.send("tour:layer", { layer: want }), seen: (m) => tourOf(m)?.layer === want };
      }
      case "seek": {
        // A different tenth of a second within the first four minutes each time (the Garden Stroll runs 4:02).
        seekTo = (seekTo + 1237) % 2400;
        const toSec = seekTo / 10;
        const want = Math.round(toSec * 1000);
        return {
          send: () => guide.send("tour:narration", { action: "seek", toSec }),
          seen: (m) => tourOf(m)?.narration.offsetMs === want,
        };
      }
    }
  }

  return {
    code,
    roomIds: () => [...new Set([guide, ...members.map((m) => m.room)].map((r) => r.roomId))],
    memberRooms: () => members.map((m) => m.room),
    narrations: () =>
      members.map((m) => {
        const n = tourOf(m)?.narration;
        return n && { playing: n.playing, startedAt: n.startedAt, offsetMs: n.offsetMs };
      }),
    async run(command) {
      if (museum && command === "next" && stop >= 7) {
        // Back to the first stop between measurements (not measured).
        guide.send("tour:goto", { stop: 0 });
        stop = 0;
        playing = false;
        await new Promise((r) => setTimeout(r, 150));
      }
      const { send, seen } = prepare(command);
      check = seen;
      for (const m of members) Object.assign(m, { done: false, bytes: 0 });
      pending = members.length;
      const all = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`${command}: ${pending} of ${members.length} members saw nothing within ${TIMEOUT_MS} ms`),
            ),
          TIMEOUT_MS,
        );
        onDone = () => (clearTimeout(timer), resolve());
      });
      const t0 = performance.now();
      send();
      await all;
      await new Promise((r) => setTimeout(r, TAIL_MS));
      const times = members.map((m) => m.doneAt - t0).sort((a, b) => a - b);
      return {
        lastMs: times[times.length - 1],
        medianMs: times[Math.floor(times.length / 2)],
        bytesPerMember: members.reduce((s, m) => s + m.bytes, 0) / members.length,
      };
    },
    async close() {
      const bounded = (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setTimeout(r, 5000))]);
      await Promise.all(
        [guide, ...members.map((m) => m.room)].map((r) => bounded(r.leave(true)).catch(() => undefined)),
      );
    },
  };
}
