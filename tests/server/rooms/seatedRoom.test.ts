// Pins the Colyseus seams of server/rooms/SeatedRoom.ts: the @colyseus/core version they were written against, and
// each hook exercised through a real server and real clients, so that an upgrade which renames or changes one of the
// internals they override fails here, loudly, instead of silently bypassing the museum's checks.
import type { Client } from "@colyseus/core";
import { matchMaker, Protocol } from "@colyseus/core";
import type { ColyseusTestServer } from "@colyseus/testing";
import type { Room as ClientRoom } from "colyseus.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMuseumState, type MuseumState } from "../../../server/rooms/schema/MuseumState";
import { COLYSEUS_CORE_VERSION, SeatedRoom, type SeatVerdict } from "../../../server/rooms/SeatedRoom";
import { bootOnFreePort } from "../../fixtures/freePort";
import { leaveAll, socketOf } from "../../fixtures/roomClients";

type Options = { name?: string; secret?: string; refuse?: "seam" | "plain" };

/** A room that records every hook the adapter calls, and answers "echo" (the tests' round-trip marker). */
class ProbeRoom extends SeatedRoom<MuseumState> {
  static readonly opened: ProbeRoom[] = [];
  protected override goodbyeCloseCodes = [1001];
  readonly admitted: unknown[] = [];
  readonly joinedWith: Options[] = [];
  readonly refusedFrames: string[] = [];
  readonly leaves: boolean[] = [];
  seatsChangedCalls = 0;
  fullStates = 0;
  patches = 0;
  holdFrames = false;
  guarded = 0;

  override onCreate(options: Options): void {
    ProbeRoom.opened.push(this);
    if (options.refuse === "seam") this.refuseOpening(429, "no room now");
    if (options.refuse === "plain") throw new Error("no room, the plain way");
    this.setState(createMuseumState());
    this.onMessage("echo", (client, m: unknown) => client.send("echo", m));
  }
  override onJoin(_client: Client, options: Options): void {
    if (options.name === "thrower") throw new Error("not today");
    this.joinedWith.push(options);
  }
  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.leaves.push(consented);
    if (!consented) await this.allowReconnection(client, 5).catch(() => undefined);
  }
  override broadcastPatch(): boolean {
    this.patches++;
    return super.broadcastPatch();
  }
  protected override async admitSeat(_id: string, joinOptions: unknown): Promise<SeatVerdict> {
    this.admitted.push(joinOptions);
    const { secret: _dropped, ...kept } = joinOptions as Options;
    return kept.name === "refused" ? null : { options: kept };
  }
  protected override async seatsChanged(): Promise<void> {
    this.seatsChangedCalls++;
  }
  protected override guardFrame(): boolean {
    this.guarded++;
    return !this.holdFrames;
  }
  protected override frameRefused(client: Client, reason: string): void {
    this.refusedFrames.push(reason);
    client.send("refused", reason);
  }
  protected override beforeFullState(): void {
    this.fullStates++;
  }
  // The protected seams, opened for the test.
  reserve = (id: string, options: unknown) => this.reserveSeat(id, options);
  giveUp = (id: string) => this.giveUpSeat(id);
  unused = () => this.unusedSeats();
  taken = () => this.seatsTaken;
}

let colyseus: ColyseusTestServer;
const open: ClientRoom[] = [];
const logged: unknown[] = [];
const logger = { info() {}, warn() {}, debug() {}, trace() {}, error: (...args: unknown[]) => void logged.push(args) };

beforeAll(async () => {
  colyseus = await bootOnFreePort({
    options: { logger },
    initializeGameServer: (gs) => void gs.define("probe", ProbeRoom),
  });
});
afterEach(() => leaveAll(open));
afterAll(() => colyseus?.shutdown());

/** Joins `into` a room, or a room of its own (each test watches its own room's hooks). */
async function join(
  options: Options = { name: "Ada" },
  into?: string,
): Promise<{ client: ClientRoom; room: ProbeRoom }> {
  const client = into ? await colyseus.sdk.joinById(into, options) : await colyseus.sdk.create("probe", options);
  open.push(client);
  return { client, room: colyseus.getRoomById(client.roomId) as unknown as ProbeRoom };
}

/** Resolves with the answer to an "echo" sent after everything before it: frames on a socket are handled in order. */
function echo(client: ClientRoom, value = Math.random()): Promise<number> {
  return new Promise((resolve) => {
    const off = client.onMessage("echo", (m: number) => {
      if (m !== value) return;
      off();
      resolve(m);
    });
    client.send("echo", value);
  });
}

describe("the Colyseus version the seams were written for", () => {
  it("is the installed @colyseus/core: an upgrade must re-read Room.ts and move COLYSEUS_CORE_VERSION", () => {
    const main = createRequire(import.meta.url).resolve("@colyseus/core");
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(main), "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(pkg.version).toBe(COLYSEUS_CORE_VERSION);
  });
});

describe("seats", () => {
  it("matchmaking's seat passes admitSeat, which can rewrite the join options or refuse before the seat counts", async () => {
    const { room } = await join({ name: "Ada", secret: "kept out" });
    expect(room.admitted).toEqual([{ name: "Ada", secret: "kept out" }]);
    expect(room.joinedWith).toEqual([{ name: "Ada" }]);
    await expect(colyseus.sdk.joinById(room.roomId, { name: "refused" })).rejects.toThrow();
    expect(room.taken()).toBe(1);
    expect(room.seatsChangedCalls).toBe(1);
  });

  it("reserveSeat takes the same path; unusedSeats lists it; giveUpSeat gives it back at once and re-counts", async () => {
    const { room } = await join();
    const before = room.seatsChangedCalls;
    expect(await room.reserve("held-seat", { name: "Bo", secret: "x" })).toBe(true);
    expect(room.admitted.at(-1)).toEqual({ name: "Bo", secret: "x" });
    expect([room.unused(), room.taken(), room.seatsChangedCalls - before]).toEqual([["held-seat"], 2, 1]);
    expect((await matchMaker.query({ roomId: room.roomId }))[0].clients).toBe(2);
    await room.giveUp("held-seat");
    expect([room.unused(), room.taken(), room.seatsChangedCalls - before]).toEqual([[], 1, 2]);
    expect((await matchMaker.query({ roomId: room.roomId }))[0].clients).toBe(1);
    expect(await room.reserve("refused-seat", { name: "refused" })).toBe(false);
    expect(room.unused()).toEqual([]);
  });

  it("a reconnection's seat skips admitSeat (it was admitted once) but is counted", async () => {
    const { client, room } = await join();
    const admitted = room.admitted.length;
    const closed = new Promise((resolve) => client.onLeave(resolve));
    socketOf(client).close(4001); // not a goodbye: the room waits for a reconnection
    await closed;
    await expect.poll(() => room.leaves).toEqual([false]);
    const back = await colyseus.sdk.reconnect(client.reconnectionToken);
    open.push(back);
    await echo(back);
    expect(room.admitted.length).toBe(admitted);
    expect(room.taken()).toBe(1);
  });

  it("the whole state leaves a newcomer only after beforeFullState", async () => {
    const { client, room } = await join();
    await echo(client);
    expect(room.fullStates).toBe(1);
  });
});

describe("joins and openings", () => {
  it("a join refused by onJoin reaches the joiner with its message, and Colyseus logs no error (a ServerError)", async () => {
    const { room } = await join();
    logged.length = 0;
    await expect(colyseus.sdk.joinById(room.roomId, { name: "thrower" })).rejects.toThrow("not today");
    expect(logged).toEqual([]);
  });

  it("refuseOpening answers with its status and leaves no patch interval, which a plain throw from onCreate does", async () => {
    await expect(colyseus.sdk.create("probe", { refuse: "seam" })).rejects.toMatchObject({
      code: 429,
      message: "no room now",
    });
    const refused = ProbeRoom.opened.at(-1)!;
    await expect(colyseus.sdk.create("probe", { refuse: "plain" })).rejects.toThrow("no room, the plain way");
    const leaked = ProbeRoom.opened.at(-1)!;
    // Colyseus 0.16 keeps patching a room whose onCreate threw: the reason refuseOpening exists. When this stops,
    // the work-around may go.
    await expect.poll(() => leaked.patches, { timeout: 2000 }).toBeGreaterThan(2);
    expect(refused.patches).toBe(0);
    expect(refused.clock.running).toBe(false);
    leaked.setPatchRate(null);
    leaked.clock.clear();
    leaked.clock.stop();
  });
});

describe("leaves", () => {
  it("a close code in goodbyeCloseCodes (1001: a tab closed) is a consented leave; another code is not", async () => {
    const { client: a, room } = await join();
    const b = (await join({ name: "Bo" }, room.roomId)).client;
    socketOf(a).close(1001);
    await expect.poll(() => room.leaves).toEqual([true]);
    socketOf(b).close(4001);
    await expect.poll(() => room.leaves).toEqual([true, false]);
  });
});

describe("frames", () => {
  it("a frame Colyseus could not decode goes to frameRefused, and the socket stays open", async () => {
    const { client, room } = await join();
    socketOf(client).send(new Uint8Array([Protocol.ROOM_DATA, 0xc1]));
    socketOf(client).send(new Uint8Array([Protocol.ROOM_DATA, 0xa4, 0x65, 0x63])); // a name longer than the frame
    await echo(client);
    expect(room.refusedFrames).toEqual([
      "the frame is not a message this server understands",
      "the frame is not a message this server understands",
    ]);
  });

  it("a frame guardFrame keeps back never reaches a handler; the next one let through does", async () => {
    const { client, room } = await join();
    await echo(client);
    const heard: number[] = [];
    client.onMessage("echo", (m: number) => void heard.push(m));
    room.holdFrames = true;
    const seen = room.guarded;
    client.send("echo", 1);
    await expect.poll(() => room.guarded).toBe(seen + 1); // the frame reached the guard, and was kept back
    room.holdFrames = false;
    await echo(client, 2);
    expect(heard).toEqual([2]);
  });
});
