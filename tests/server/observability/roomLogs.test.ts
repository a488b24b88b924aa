// Logs that cannot be flooded: a message the catch-all cannot name, or a handler that throws, costs its sender an
// invalid-message strike and the log at most one line per interval; a refused join is logged at debug with its
// options allow-listed (never the ticket or token), and nothing prints a stack.
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootOnFreePort } from "../../fixtures/freePort";
import { leaveAll } from "../../fixtures/roomClients";
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CloseCode, ErrorCode, MessageType } from "../../../common/messageTypes";
import { parseScene } from "../../../common/scene";
import { createLogger } from "../../../server/observability/logger";
import { createLogThrottle } from "../../../server/observability/logThrottle";
import { createMuseumMetrics } from "../../../server/observability/metrics";
import { createRoomObserver } from "../../../server/observability/roomObserver";
import {
  ErrorCode as ProtocolError,
  OnAuthException,
  OnCreateException,
  OnMessageException,
  ServerError,
  type Client,
} from "@colyseus/core";
import { MuseumRoom, type MuseumRoomSettings } from "../../../server/rooms/MuseumRoom";
import { asJoinRefusal, judgeFailure } from "../../../server/rooms/roomFailures";
import { roomScenes } from "../../../server/rooms/roomSetup";
import { miniScene } from "../../fixtures/miniScene";

describe("the log throttle", () => {
  it("lets one line of a kind through per interval, and the next one says how many were held back", () => {
    const t = createLogThrottle(1000);
    expect(t.admit("onMessage:pose", 0)).toEqual({ write: true, repeats: 0 });
    for (let i = 1; i <= 34; i++) expect(t.admit("onMessage:pose", i * 20).write).toBe(false);
    expect(t.admit("onMessage:mode", 500)).toEqual({ write: true, repeats: 0 }); // another kind has its own interval
    expect(t.admit("onMessage:pose", 1000)).toEqual({ write: true, repeats: 34 });
    expect(t.admit("onMessage:pose", 1500).write).toBe(false);
  });
  it("remembers a bounded number of kinds, forgetting the oldest", () => {
    const t = createLogThrottle(1000, 2);
    t.admit("a", 0);
    t.admit("b", 0);
    t.admit("c", 0); // "a" is forgotten: its next line is written at once
    expect(t.admit("a", 10).write).toBe(true);
    expect(t.admit("c", 10).write).toBe(false);
  });
});

describe("what a throw out of a room means", () => {
  const client = { sessionId: "s1" } as unknown as Client; // only its id is read
  it("a reason onAuth gives is a refused join; a TypeError there is a bug; a handler's throw is its sender's", () => {
    const refusal = new OnAuthException(new Error("Tour K7QM3D is not in this room"), "", client, { tourTicket: "t" });
    expect(judgeFailure(refusal)).toEqual({
      kind: "join-refused",
      sessionId: "s1",
      reason: "Tour K7QM3D is not in this room",
      options: { tourTicket: "t" },
    });
    expect(judgeFailure(new OnAuthException(new TypeError("x is undefined"), "", client, {}))).toEqual({
      kind: "failed",
      message: "x is undefined",
    });
    expect(judgeFailure(new OnMessageException(new RangeError("boom"), "", client, {}, "tour:next"))).toEqual({
      kind: "failed",
      message: "boom",
      messageType: "tour:next",
      sender: client,
    });
    expect(judgeFailure({ toString: 1 })).toEqual({ kind: "failed", message: "(not an Error)" });
    // A room the museum declined to open (its quota) is the asker's business; a bug in onCreate is a failure.
    const quota = new OnCreateException(
      new ServerError(429, "your address has opened 10 rooms in the last minute"),
      "",
      {} as never,
    );
    expect(judgeFailure(quota)).toMatchObject({
      kind: "join-refused",
      reason: "your address has opened 10 rooms in the last minute",
    });
    expect(judgeFailure(new OnCreateException(new TypeError("x is undefined"), "", {} as never))).toEqual({
      kind: "failed",
      message: "x is undefined",
    });
  });
  it("any error out of a join becomes a ServerError with its code and message", () => {
    const plain = asJoinRefusal(Object.assign(new Error("Invalid join options: name: too long"), { code: 4216 }));
    expect(plain).toBeInstanceOf(ServerError);
    expect([plain.code, plain.message]).toEqual([4216, "Invalid join options: name: too long"]);
    expect(asJoinRefusal({ toString: 1 }).code).toBe(ProtocolError.APPLICATION_ERROR);
    const already = new ServerError(4212, "expired");
    expect(asJoinRefusal(already)).toBe(already);
  });
});

/** A room with one handler that has a bug: what any handler that throws would do. */
class RoomWithFaultyHandler extends MuseumRoom {
  override onCreate(options: { settings: MuseumRoomSettings }): void {
    super.onCreate(options);
    this.onMessage("test:faulty", (_client, raw: unknown) => {
      throw new TypeError(`cannot read properties of ${JSON.stringify(raw)}`);
    });
  }
}

const TICKET = "K7QM3D.a0.SEKRETmacSEKRETmacSEKRETmac";
const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
const raw: string[] = [];
const log = createLogger(
  { logLevel: "debug" },
  { write: (line: string) => void (raw.push(line), lines.push(JSON.parse(line))) },
);
const metrics = createMuseumMetrics({ visitors: () => 0, rooms: () => 0, liveTours: () => 0 });
const mini = parseScene("mini.json", miniScene());
const settings: MuseumRoomSettings = {
  scenes: roomScenes({ ids: () => ["mini"], get: (id) => (id === "mini" ? mini : undefined), list: () => [] }),
  maxVisitors: 10,
  reconnectGraceSeconds: 0,
  limits: { ratePerSecond: 100, burst: 200, maxInvalid: 8, maxDropped: 100, windowMs: 10_000 },
  observer: createRoomObserver(metrics, log),
};
const ERROR_LEVEL = 50;
let colyseus: ColyseusTestServer;
const open: ClientRoom[] = [];

beforeAll(async () => {
  colyseus = await bootOnFreePort({
    initializeGameServer: (gs) => gs.define("museum", RoomWithFaultyHandler, { settings }),
  });
});
afterEach(async () => {
  await leaveAll(open);
});
afterAll(() => colyseus?.shutdown());

async function visitor() {
  const room = await colyseus.sdk.joinOrCreate("museum", { name: "Eve", sceneId: "mini" });
  open.push(room);
  const errors: { code: string; type: string; message: string }[] = [];
  room.onMessage(MessageType.Error, (e) => errors.push(e));
  const closed = new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));
  return { room, errors, closed };
}
const rejected = async (reason: string) => {
  const m = /\} (\d+)/.exec(
    (await metrics.scrape())
      .split("\n")
      .find((l) => l.startsWith(`bund_messages_rejected_total{reason="${reason}"}`)) ?? "",
  );
  return m ? Number(m[1]) : 0;
};

describe("a message the catch-all cannot name", () => {
  it('type "*" with {"toString":1} is an invalid message of its sender, answered, counted, and at most one log line', async () => {
    const eve = await visitor();
    const before = lines.length;
    for (let i = 0; i < 5; i++) eve.room.send("*", { toString: 1 });
    await vi.waitFor(() => expect(eve.errors).toHaveLength(5));
    expect(eve.errors[0]).toMatchObject({ code: ErrorCode.UnknownMessage, type: "(not a message name)" });
    expect(await rejected(ErrorCode.UnknownMessage)).toBeGreaterThanOrEqual(5);
    expect(lines.slice(before).filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
    // the strikes add up like any invalid message: past maxInvalid the sender is disconnected
    for (let i = 0; i < 5; i++) eve.room.send("*", { toString: 1 });
    expect(await eve.closed).toBe(CloseCode.InvalidMessages);
  });
});

describe("a handler that throws", () => {
  it("costs its sender an invalid-message strike, and the log one line per interval (with the count of the rest)", async () => {
    const eve = await visitor();
    const before = lines.length;
    for (let i = 0; i < 9; i++) eve.room.send("test:faulty", { i });
    expect(await eve.closed).toBe(CloseCode.InvalidMessages);
    expect(eve.errors.length).toBeGreaterThanOrEqual(8);
    expect(eve.errors[0]).toMatchObject({
      code: ErrorCode.InvalidMessage,
      type: "test:faulty",
      message: "the message could not be handled",
    });
    const written = lines.slice(before).filter((l) => l.level >= ERROR_LEVEL);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      msg: "room handler failed",
      method: "onMessage",
      messageType: "test:faulty",
      error: { type: "TypeError" },
    });
    // the line names the failure, not the client object Colyseus attaches to the exception
    expect(written[0]).not.toHaveProperty("err");
    expect(raw.slice(before).join("").length).toBeLessThan(4096);
  });
});

describe("a refused join", () => {
  it("is logged at debug, with the allow-listed options: no ticket, no token, no stack", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = raw.length;
    try {
      const refused = colyseus.sdk.joinOrCreate("museum", {
        name: "Eve",
        sceneId: "mini",
        tourCode: "K7QM3D",
        tourTicket: TICKET,
        guideToken: "SEKRETtoken.SEKRETmac",
      });
      await expect(refused).rejects.toThrow(/not in this room/);
      await vi.waitFor(() => expect(lines.slice(before).some((l) => l.msg === "join refused")).toBe(true));
      const line = lines.slice(before).find((l) => l.msg === "join refused")!;
      expect(line).toMatchObject({
        level: 20,
        options: { sceneId: "mini", tourCode: "K7QM3D", withTicket: true, withGuideToken: true },
      });
      expect(lines.slice(before).filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
      expect(raw.slice(before).join("")).not.toContain("SEKRET");
      // Colyseus' own logger (the console) printed no stack for it either
      expect(printed.mock.calls.flat().join("\n")).not.toMatch(/SEKRET|\n\s+at /);
    } finally {
      printed.mockRestore();
    }
  });
});
