// The soak's visitors: guides leading tours, members who joined a tour by its code (seat over REST, then the socket),
// and free visitors; all walk and send poses at 20 Hz from one shared timer. A storm cuts some sockets dead (as a
// dropped Wi-Fi would): those bots come back with their reconnection token. Every leave nobody asked for is counted.
import { Client, type Room } from "colyseus.js";
import type WebSocket from "ws";
import { MessageType } from "../common/messageTypes";
import { poseMessageOf, quantizePose, type PoseGrid } from "../common/pose";
import { createBotWalk, type BotWalk, type Random } from "./botWalk";
import { seededRandom } from "../common/seededRandom";

export type SoakRole = "guide" | "member" | "free";

export interface SoakCounts {
  joins: number;
  joinFailures: number;
  /** Members refused a seat (their tour's room full, or the tour gone), who then visited freely. */
  seatRefusals: number;
  /** Leaves nobody asked for (not our cut, not our goodbye), with their close codes. */
  disconnects: number;
  closeCodes: number[];
  cuts: number;
  reconnects: number;
  /** Reconnection attempts that failed and were tried again (the server had not yet seen the socket close). */
  reconnectRetries: number;
  reconnectFailures: number;
  /** Bots that left for good and were replaced by newcomers. */
  churned: number;
  serverErrors: number;
  errorSamples: string[];
  /** Why joins and reconnections failed, the first few of each kind. */
  failureSamples: string[];
  tourCommands: number;
}

interface Bot {
  name: string;
  role: SoakRole;
  room: Room | null;
  tourCode?: string;
  walk: BotWalk;
  lastStep: number;
  nextSendAt: number;
  last: number[] | null;
  cut: boolean;
  leaving: boolean;
  guideToken?: string;
}

export interface SoakFleetOptions {
  /** ws:// address for the sockets and http:// for REST: the cluster proxy, or the one process. */
  wsUrl: string;
  httpUrl: string;
  grid: PoseGrid;
  sceneId: string;
  eyeHeight: number;
  seed: number;
  guideTokens: string[];
  planId: string;
  /** The server's RECONNECT_GRACE_SECONDS, in ms: how long a cut visitor keeps trying. */
  graceMs: number;
}

const SEND_MS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const emptyCounts = (): SoakCounts => ({
  joins: 0,
  joinFailures: 0,
  seatRefusals: 0,
  disconnects: 0,
  closeCodes: [],
  cuts: 0,
  reconnects: 0,
  reconnectRetries: 0,
  reconnectFailures: 0,
  churned: 0,
  serverErrors: 0,
  errorSamples: [],
  failureSamples: [],
  tourCommands: 0,
});

export function createSoakFleet(o: SoakFleetOptions) {
  const client = new Client(o.wsUrl);
  const r: Random = seededRandom(o.seed);
  const c = emptyCounts();
  const bots: Bot[] = [];
  const codes: string[] = [];
  let serial = 0;
  let stopping = false;

  const failed = (what: string, err: unknown) => {
    const line = `${what}: ${(err as Error)?.message ?? err}`.slice(0, 160);
    if (c.failureSamples.length < 8 && !c.failureSamples.includes(line)) c.failureSamples.push(line);
  };

  const attach = (bot: Bot, room: Room) => {
    bot.room = room;
    bot.cut = false;
    room.onMessage("*", () => undefined);
    room.onMessage(MessageType.Error, (e: { type?: string; message?: string }) => {
      c.serverErrors++;
      if (c.errorSamples.length < 5) c.errorSamples.push(`${e.type}: ${e.message}`);
    });
    room.onLeave((code) => {
      if (bot.room !== room || bot.leaving || stopping) return;
      bot.room = null;
      if (bot.cut) return void reconnect(bot, room.reconnectionToken);
      c.disconnects++;
      c.closeCodes.push(code);
      void sleep(1000 + r() * 2000).then(() => rejoin(bot));
    });
  };

  const seat = async (code: string, name: string) => {
    const res = await fetch(`${o.httpUrl}/api/tours/${code}/seat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, sceneId: o.sceneId }),
    });
    if (!res.ok) throw new Error(`seat in ${code}: ${res.status} ${(await res.json().catch(() => ({}))).error ?? ""}`);
    return client.consumeSeatReservation(await res.json());
  };

  const join = async (bot: Bot): Promise<void> => {
    if (bot.role === "guide") {
      const ended = bot.tourCode ? codes.indexOf(bot.tourCode) : -1; // that tour ended with the guide's seat
      if (ended >= 0) codes.splice(ended, 1);
      // Each guide opens a room of their own (in the process with the fewest rooms), so tours spread out.
      const room = await client.create("museum", { name: bot.name, sceneId: o.sceneId, guideToken: bot.guideToken });
      attach(bot, room);
      const started = new Promise<{ code: string }>((resolve) => room.onMessage(MessageType.TourStarted, resolve));
      room.send(MessageType.TourStart, { planId: o.planId });
      bot.tourCode = (
        await Promise.race([started, sleep(10_000).then(() => Promise.reject(new Error("no tour:started in 10 s")))])
      ).code;
      codes.push(bot.tourCode);
    } else if (bot.role === "member" && codes.length) {
      bot.tourCode = codes[Math.floor(r() * codes.length)];
      attach(bot, await seat(bot.tourCode, bot.name));
    } else {
      attach(bot, await client.joinOrCreate("museum", { name: bot.name, sceneId: o.sceneId }));
    }
    c.joins++;
  };

  /** A member whose tour is full (or gone) visits freely instead. */
  const joinSomehow = async (bot: Bot) => {
    try {
      await join(bot);
    } catch (err) {
      if (bot.role !== "member") {
        failed(`${bot.role} join`, err);
        return void c.joinFailures++;
      }
      failed("member seat", err);
      c.seatRefusals++;
      bot.role = "free";
      await join(bot).catch((e) => {
        failed("free join", e);
        c.joinFailures++;
      });
    }
  };

  const rejoin = async (bot: Bot) => {
    if (stopping || bot.leaving) return;
    // A member whose seat or tour is gone joins as a free visitor rather than not at all.
    await joinSomehow(bot);
  };

  /** As client/net/connection.ts does: retry with a growing pause until the grace period is over. */
  const reconnect = async (bot: Bot, token: string) => {
    await sleep(200 + r() * 3000); // a storm's visitors do not all come back in the same millisecond
    const deadline = performance.now() + o.graceMs;
    let last: unknown;
    for (
      let delay = 250;
      performance.now() < deadline && !stopping && !bot.leaving;
      delay = Math.min(delay * 2, 4000)
    ) {
      try {
        attach(bot, await client.reconnect(token));
        c.reconnects++;
        return;
      } catch (err) {
        last = err;
        c.reconnectRetries++;
        await sleep(delay);
      }
    }
    if (stopping || bot.leaving) return;
    failed(`${bot.role} reconnect`, last);
    c.reconnectFailures++;
    await rejoin(bot);
  };

  const newBot = (role: SoakRole): Bot => {
    const now = performance.now();
    return {
      name: `Soak ${String(serial++).padStart(3, "0")}`,
      role,
      room: null,
      walk: createBotWalk(r, o.eyeHeight),
      lastStep: now,
      nextSendAt: now + r() * SEND_MS,
      last: null,
      cut: false,
      leaving: false,
    };
  };

  const poses = setInterval(() => {
    const now = performance.now();
    for (const bot of bots) {
      if (!bot.room || now < bot.nextSendAt) continue;
      bot.nextSendAt = now - bot.nextSendAt > SEND_MS ? now + SEND_MS : bot.nextSendAt + SEND_MS;
      const msg = poseMessageOf(quantizePose(bot.walk.step((now - bot.lastStep) / 1000), o.grid));
      bot.lastStep = now;
      if (bot.last && msg.every((v, k) => v === bot.last![k])) continue;
      bot.last = msg;
      bot.room.send(MessageType.Pose, msg);
    }
  }, 10);

  return {
    counts: () => ({
      ...c,
      closeCodes: [...c.closeCodes],
      errorSamples: [...c.errorSamples],
      failureSamples: [...c.failureSamples],
    }),
    connected: () => bots.filter((b) => b.room).length,
    /** Guides first (each starts a tour), then members and free visitors, a batch at a time. */
    async populate(total: number, memberShare: number): Promise<void> {
      for (const token of o.guideTokens) {
        const bot = { ...newBot("guide"), guideToken: token };
        bots.push(bot);
        await join(bot).catch((err) => {
          c.joinFailures++;
          throw new Error(`a guide could not start a tour: ${(err as Error).message}`);
        });
      }
      const rest = Array.from({ length: total - o.guideTokens.length }, () =>
        newBot(r() < memberShare ? "member" : "free"),
      );
      bots.push(...rest);
      for (let i = 0; i < rest.length; i += 10) await Promise.all(rest.slice(i, i + 10).map(joinSomehow));
    },
    /** Each guide moves on a stop (and round again after the last). */
    nextStops(): void {
      for (const bot of bots) {
        const tour =
          bot.role === "guide" && bot.tourCode
            ? (bot.room?.state as { tours?: Map<string, { stop: number; stopCount: number }> } | undefined)?.tours?.get(
                bot.tourCode,
              )
            : undefined;
        if (!tour || !bot.room) continue;
        bot.room.send(MessageType.TourGoto, { stop: (tour.stop + 1) % tour.stopCount });
        c.tourCommands++;
      }
    },
    /** Cuts the sockets of a share of the connected visitors (guides too) without a goodbye. */
    storm(share: number): number {
      let cut = 0;
      for (const bot of bots) {
        if (!bot.room || r() >= share) continue;
        const ws = (bot.room.connection.transport as unknown as { ws: WebSocket }).ws;
        bot.cut = true;
        ws.terminate();
        cut++;
      }
      c.cuts += cut;
      return cut;
    },
    /** Some visitors leave for good (not guides) and as many newcomers arrive: rooms open and close. */
    async churn(share: number): Promise<void> {
      const going = bots.filter((b) => b.role !== "guide" && b.room && r() < share);
      await Promise.all(
        going.map(async (b) => {
          b.leaving = true;
          await Promise.race([b.room!.leave(true), sleep(5000)]).catch(() => undefined);
          bots.splice(bots.indexOf(b), 1);
          c.churned++;
        }),
      );
      const comers = going.map((b) => newBot(b.role));
      bots.push(...comers);
      await Promise.all(comers.map(joinSomehow));
    },
    async close(): Promise<void> {
      stopping = true;
      clearInterval(poses);
      await Promise.all(
        bots.map(async (b) => {
          b.leaving = true;
          if (b.room) await Promise.race([b.room.leave(true), sleep(5000)]).catch(() => undefined);
        }),
      );
    },
  };
}
