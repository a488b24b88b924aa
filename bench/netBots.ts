// A fleet of bench bots in this process: colyseus.js clients that join one room type, walk (bench/botWalk.ts) and
// send their pose at 20 Hz when it changed, driven by ONE shared timer; the bytes each way are counted on the socket.
import { Client, type Room } from "colyseus.js";
import { poseMessageOf, quantizePose, type Pose, type PoseGrid } from "../common/pose";
import { createBotWalk, type BotWalk } from "./botWalk";
import { seededRandom } from "../common/seededRandom";

export type BotTarget = "museum" | "json-baseline";

export interface FleetOptions {
  url: string;
  target: BotTarget;
  n: number;
  grid: PoseGrid;
  sceneId: string;
  eyeHeight: number;
  seed: number;
  /** Where a room's socket goes (several processes: to the one hosting it); default, the url's host. */
  urlBuilder?: (url: URL) => string;
}

export interface FleetCounts {
  downBytes: number;
  downMessages: number;
  upBytes: number;
  upMessages: number;
  /** Leaves the bots did not ask for, while counting was on. */
  disconnects: number;
  closeCodes: number[];
  /** "error" messages the server sent (refused messages): an honest bot should get none. */
  serverErrors: number;
}

export interface BotFleet {
  roomIds(): string[];
  /** Bots per room. */
  roomSizes(): Record<string, number>;
  /** What bot 0 sees: the number of visitors in its copy of the room. */
  visibleVisitors(): number;
  /** Zeroes the counters and, from now on, counts disconnects. */
  startCounting(): void;
  counts(): FleetCounts;
  close(): Promise<void>;
}

const SEND_MS = 50; // 20 Hz, as client/net/connection.ts
const TICK_MS = 10; // the one timer: each bot's turn comes when its own 50 ms slot is due, so sends are spread out
const JOIN_BATCH = 10;

interface Bot {
  room: Room;
  walk: BotWalk;
  lastStep: number;
  nextSendAt: number;
  last: number[] | null;
}

type WsLike = {
  on(ev: "message", cb: (data: ArrayBuffer | Buffer | Buffer[]) => void): void;
  send: (data: unknown, ...rest: unknown[]) => void;
};

const byteLength = (d: unknown): number =>
  typeof d === "string"
    ? Buffer.byteLength(d)
    : Array.isArray(d)
      ? d.reduce((s: number, b) => s + byteLength(b), 0)
      : ((d as ArrayBufferLike | ArrayBufferView)?.byteLength ?? 0);

export async function startFleet(o: FleetOptions): Promise<BotFleet> {
  const client = new Client(o.url, { urlBuilder: o.urlBuilder });
  const c: FleetCounts = {
    downBytes: 0,
    downMessages: 0,
    upBytes: 0,
    upMessages: 0,
    disconnects: 0,
    closeCodes: [],
    serverErrors: 0,
  };
  let counting = false;
  let closing = false;
  let lastBaselineJson = "";
  const bots: Bot[] = [];

  /** The message a bot sends for a pose: the quantised ints of the museum, or plain floats for the baseline. */
  const messageOf = (p: Pose): number[] =>
    o.target === "museum" ? poseMessageOf(quantizePose(p, o.grid)) : [p.x, p.y, p.z, p.yaw, p.pitch];

  const join = async (i: number): Promise<Bot> => {
    const name = `Bot ${String(i).padStart(3, "0")}`;
    const room =
      o.target === "museum"
        ? await client.joinOrCreate("museum", { name, sceneId: o.sceneId })
        : await client.joinOrCreate("json-baseline", { name });
    const ws = (room.connection.transport as unknown as { ws: WsLike }).ws;
    ws.on("message", (data) => {
      c.downBytes += byteLength(data);
      c.downMessages++;
    });
    const send = ws.send.bind(ws);
    ws.send = (data: unknown, ...rest: unknown[]) => {
      c.upBytes += byteLength(data);
      c.upMessages++;
      return send(data, ...rest);
    };
    room.onMessage("error", () => c.serverErrors++);
    room.onMessage("poses", (json: string) => {
      if (i === 0) lastBaselineJson = json;
    });
    room.onLeave((code) => {
      if (!counting || closing || code === 4000) return;
      c.disconnects++;
      c.closeCodes.push(code);
    });
    const r = seededRandom(o.seed * 7919 + i);
    const now = performance.now();
    return { room, walk: createBotWalk(r, o.eyeHeight), lastStep: now, nextSendAt: now + r() * SEND_MS, last: null };
  };

  // The first bot opens the room; the rest join it a batch at a time.
  bots.push(await join(0));
  for (let i = 1; i < o.n; i += JOIN_BATCH) {
    const batch = Array.from({ length: Math.min(JOIN_BATCH, o.n - i) }, (_, k) => join(i + k));
    bots.push(...(await Promise.all(batch)));
  }

  const timer = setInterval(() => {
    const now = performance.now();
    for (const bot of bots) {
      if (now < bot.nextSendAt) continue;
      // Keep the 20 Hz cadence, but never send a backlog in a burst if this process fell behind.
      bot.nextSendAt = now - bot.nextSendAt > SEND_MS ? now + SEND_MS : bot.nextSendAt + SEND_MS;
      const pose = bot.walk.step((now - bot.lastStep) / 1000);
      bot.lastStep = now;
      const msg = messageOf(pose);
      if (bot.last && msg.every((v, k) => v === bot.last![k])) continue;
      bot.last = msg;
      if (o.target === "museum") bot.room.send("pose", msg);
      else bot.room.send("pose", { x: msg[0], y: msg[1], z: msg[2], yaw: msg[3], pitch: msg[4] });
    }
  }, TICK_MS);

  return {
    roomIds: () => [...new Set(bots.map((b) => b.room.roomId))],
    roomSizes: () =>
      bots.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.room.roomId]: (acc[b.room.roomId] ?? 0) + 1 }), {}),
    visibleVisitors() {
      const room = bots[0]?.room;
      if (!room) return 0;
      if (o.target === "museum") return (room.state as { visitors?: Map<string, unknown> }).visitors?.size ?? 0;
      return lastBaselineJson ? Object.keys(JSON.parse(lastBaselineJson)).length : 0;
    },
    startCounting() {
      Object.assign(c, {
        downBytes: 0,
        downMessages: 0,
        upBytes: 0,
        upMessages: 0,
        disconnects: 0,
        closeCodes: [],
        serverErrors: 0,
      });
      counting = true;
    },
    counts: () => ({ ...c, closeCodes: [...c.closeCodes] }),
    async close() {
      closing = true;
      clearInterval(timer);
      const bounded = <T>(p: Promise<T>) => Promise.race([p, new Promise<void>((r) => setTimeout(r, 5000))]);
      await Promise.all(bots.map((b) => bounded(b.room.leave(true)).catch(() => undefined)));
    },
  };
}
