// The museum room with real clients: joining, moving and leaving, instance caps, reconnection, and hostile input
// that costs its sender an error and nobody else anything.
import type { ColyseusTestServer } from "@colyseus/testing";
import { bootOnFreePort } from "../../fixtures/freePort";
import { leaveAll, museumStateOf, sendPose, socketOf, visitorIn } from "../../fixtures/roomClients";
import { getStateCallbacks, type Room as ClientRoom } from "colyseus.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CloseCode, ErrorCode, MessageType } from "../../../common/messageTypes";
import { dequantizePose, poseGrid } from "../../../common/pose";
import { parseScene } from "../../../common/scene";
import { MuseumRoom, type MuseumRoomSettings } from "../../../server/rooms/MuseumRoom";
import { roomScenes } from "../../../server/rooms/roomSetup";
import { miniScene } from "../../fixtures/miniScene";
import { MAX_FRAME_BYTES } from "../../../server/rooms/roomSettings";

const mini = parseScene("mini.json", miniScene());
const hall = parseScene("hall.json", {
  ...miniScene(),
  id: "hall",
  bounds: { minX: -20, maxX: 20, minZ: -20, maxZ: 20 },
  spawnPoints: [{ id: "door", position: { x: 0, z: 0 }, yawDeg: 0 }],
  landmarks: [],
  water: [],
  walkways: [],
  viewpoints: [],
});
const scenes = roomScenes({
  ids: () => ["mini", "hall"],
  get: (id) => (id === "mini" ? mini : id === "hall" ? hall : undefined),
  list: () => [],
});
const grid = poseGrid(mini.bounds);
const settings: MuseumRoomSettings = {
  scenes,
  maxVisitors: 12,
  reconnectGraceSeconds: 3,
  limits: { ratePerSecond: 40, burst: 80, maxInvalid: 8, maxDropped: 100, windowMs: 10_000 },
};

let colyseus: ColyseusTestServer;
const open: ClientRoom[] = [];

beforeAll(async () => {
  colyseus = await bootOnFreePort({
    initializeGameServer: (gs) => {
      gs.define("museum", MuseumRoom, { settings });
      gs.define("museum-large", MuseumRoom, { settings: { ...settings, maxVisitors: 150 } });
    },
  });
});
afterEach(async () => {
  // leave() on a room that is already closed never settles: only leave open ones, and never wait long.
  await leaveAll(open);
});
afterAll(() => colyseus?.shutdown());

async function join(name: string, extra: Record<string, unknown> = {}): Promise<ClientRoom> {
  const room = await colyseus.sdk.joinOrCreate("museum", { name, sceneId: "mini", ...extra });
  open.push(room);
  return room;
}
const visitorsOf = (r: ClientRoom) => museumStateOf(r).visitors;
const errorsOf = (r: ClientRoom) => {
  const errors: { code: string; type: string; message: string }[] = [];
  r.onMessage(MessageType.Error, (e) => errors.push(e));
  return errors;
};

describe("presence", () => {
  it("two visitors see each other join, move and leave", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    expect(b.roomId).toBe(a.roomId);
    await vi.waitFor(() => expect(visitorsOf(a).size).toBe(2));
    expect(visitorIn(a, b.sessionId).name).toBe("Bo");
    sendPose(b, grid, 12.5, 40, Math.PI / 2);
    await vi.waitFor(() => {
      const seen = dequantizePose(visitorIn(a, b.sessionId), grid);
      expect(seen.x).toBeCloseTo(12.5, 1);
      expect(seen.z).toBeCloseTo(40, 1);
      expect(seen.yaw).toBeCloseTo(Math.PI / 2, 3);
    });
    await b.leave(true);
    await vi.waitFor(() => expect(visitorsOf(a).has(b.sessionId)).toBe(false));
  });

  it("ten visitors all see all ten, each with a colour", async () => {
    const rooms = await Promise.all(Array.from({ length: 10 }, (_, i) => join(`V${i}`)));
    for (const r of rooms) await vi.waitFor(() => expect(visitorsOf(r).size).toBe(10));
    rooms.forEach((r, i) => sendPose(r, grid, i, i * 2));
    await vi.waitFor(() => {
      for (const [id, v] of visitorsOf(rooms[0])) {
        const i = rooms.findIndex((r) => r.sessionId === id);
        expect(dequantizePose(v, grid).z).toBeCloseTo(i * 2, 1);
      }
    });
    const colours = new Set([...visitorsOf(rooms[0]).values()].map((v) => v.color));
    expect(colours.size).toBe(10);
  });

  it("a newcomer to a room of 120 receives all of them in the first state (the encoder's buffer fits)", async () => {
    const first = await colyseus.sdk.create("museum-large", { name: "First", sceneId: "mini" });
    open.push(first);
    for (let i = 1; i < 120; i++)
      open.push(await colyseus.sdk.joinById(first.roomId, { name: `多余的名字也很长的访客 ${i}`, sceneId: "mini" }));
    const newcomer = await colyseus.sdk.joinById(first.roomId, { name: "Newcomer", sceneId: "mini" });
    open.push(newcomer);
    await vi.waitFor(() => expect(visitorsOf(newcomer).size).toBe(121));
  });

  it("past the instance cap, a second instance opens by itself", async () => {
    const rooms = await Promise.all(Array.from({ length: settings.maxVisitors + 1 }, (_, i) => join(`C${i}`)));
    const ids = new Set(rooms.map((r) => r.roomId));
    expect(ids.size).toBe(2);
  });

  it("a visitor who walks into another scene keeps their seat and says where they are", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    b.send(MessageType.Scene, { sceneId: "hall" });
    await vi.waitFor(() => expect(visitorIn(a, b.sessionId).sceneId).toBe("hall"));
    const errors = errorsOf(b);
    b.send(MessageType.Scene, { sceneId: "atlantis" });
    await vi.waitFor(() => expect(errors[0]?.code).toBe(ErrorCode.UnknownScene));
  });
});

describe("reconnection", () => {
  it("a dropped visitor comes back with the same identity, never twice and never gone", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    await vi.waitFor(() => expect(visitorsOf(a).size).toBe(2));
    const { sessionId, reconnectionToken } = b;
    let sawLeave = false;
    // colyseus.js 0.16 hangs change callbacks on getStateCallbacks, not on the decoded maps themselves.
    getStateCallbacks(a)(museumStateOf(a)).visitors.onRemove(() => (sawLeave = true));
    socketOf(b).close(); // a network blip, not a goodbye
    await vi.waitFor(() => expect(visitorsOf(a).get(sessionId)?.connected).toBe(false));
    const back = await colyseus.sdk.reconnect(reconnectionToken);
    open.push(back);
    expect(back.sessionId).toBe(sessionId);
    await vi.waitFor(() => expect(visitorsOf(a).get(sessionId)?.connected).toBe(true));
    expect(visitorsOf(a).size).toBe(2);
    expect(sawLeave).toBe(false);
  });

  it("a visitor who does not come back within the grace period leaves", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    await vi.waitFor(() => expect(visitorsOf(a).size).toBe(2));
    socketOf(b).close();
    await vi.waitFor(() => expect(visitorsOf(a).has(b.sessionId)).toBe(false), { timeout: 8000 });
  });

  it("a visitor whose browser goes away (tab closed, 1001) is gone at once", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    await vi.waitFor(() => expect(visitorsOf(a).size).toBe(2));
    socketOf(b).close(1001);
    await vi.waitFor(() => expect(visitorsOf(a).has(b.sessionId)).toBe(false), { timeout: 1000 });
  });

  it("a visitor who leaves on purpose is gone at once", async () => {
    const a = await join("Ada");
    const b = await join("Bo");
    await vi.waitFor(() => expect(visitorsOf(a).size).toBe(2));
    await b.leave(true);
    await vi.waitFor(() => expect(visitorsOf(a).has(b.sessionId)).toBe(false), { timeout: 1000 });
  });
});

describe("hostile input", () => {
  async function pair() {
    // A room of their own, so visitors still in another test's grace period do not count here.
    const victim = await colyseus.sdk.create("museum", { name: "Victim", sceneId: "mini" });
    open.push(victim);
    const attacker = await colyseus.sdk.joinById(victim.roomId, { name: "Attacker", sceneId: "mini" });
    open.push(attacker);
    await vi.waitFor(() => expect(visitorsOf(victim).size).toBe(2));
    sendPose(victim, grid, 10, 10);
    await vi.waitFor(() => expect(dequantizePose(visitorIn(victim, victim.sessionId), grid).x).toBeCloseTo(10, 1));
    const before = JSON.stringify(visitorIn(victim, victim.sessionId).toJSON());
    const errors = errorsOf(attacker);
    const untouched = async () => {
      // The bystander is still connected, its state unchanged, and the server still answers a newcomer.
      expect(JSON.stringify(visitorIn(victim, victim.sessionId).toJSON())).toBe(before);
      sendPose(victim, grid, 11, 10);
      await vi.waitFor(() => expect(dequantizePose(visitorIn(victim, victim.sessionId), grid).x).toBeCloseTo(11, 1));
    };
    return { victim, attacker, errors, untouched };
  }

  it.each([
    ["wrong types", MessageType.Pose, ["a", "b", "c", 1, 2]],
    ["NaN and Infinity", MessageType.Pose, [Number.NaN, 0, Number.POSITIVE_INFINITY, 0, 0]],
    ["floats where integers go", MessageType.Pose, [0.5, 1, 2, 3, 4]],
    ["numbers past int16", MessageType.Pose, [99999, 0, 0, 0, 0]],
    ["a pose that is an object", MessageType.Pose, { x: 1 }],
    ["nothing at all", MessageType.Pose, undefined],
    ["an unknown mode", MessageType.Mode, { mode: "godmode" }],
    ["a scene id with a path in it", MessageType.Scene, { sceneId: "../../etc/passwd" }],
  ])("%s get an invalid-message error, nothing else", async (_label, type, payload) => {
    const { attacker, errors, untouched } = await pair();
    attacker.send(type, payload);
    await vi.waitFor(() => expect(errors[0]?.code).toBe(ErrorCode.InvalidMessage));
    expect(errors[0].type).toBe(type);
    expect(errors[0].message.length).toBeGreaterThan(3);
    await untouched();
    expect(attacker.connection.isOpen).toBe(true);
  });

  it("an out-of-bounds position is clamped to the scene", async () => {
    const { attacker, victim } = await pair();
    attacker.send(MessageType.Pose, [32767, 1600, -32768, 0, 0]);
    await vi.waitFor(() => {
      const p = dequantizePose(visitorIn(victim, attacker.sessionId), grid);
      expect(p.x).toBeCloseTo(mini.bounds.maxX, 0);
      expect(p.z).toBeCloseTo(mini.bounds.minZ, 0);
    });
  });

  it("an unknown message type gets an unknown-message error", async () => {
    const { attacker, errors, untouched } = await pair();
    attacker.send("tour:seize-control", { everything: true });
    await vi.waitFor(() => expect(errors[0]?.code).toBe(ErrorCode.UnknownMessage));
    expect(errors[0].message).toMatch(/tour:seize-control/);
    await untouched();
  });

  it("binary garbage gets an error and does not reach the room's handlers", async () => {
    const { attacker, errors, untouched } = await pair();
    const ws = socketOf(attacker);
    ws.send(new Uint8Array([13, 0xc1, 0xff, 0x00, 0x13, 0x37]));
    ws.send(new Uint8Array([13, 0xa4, 0x70, 0x6f, 0x73, 0x65, 0xc1]));
    ws.send(new Uint8Array([99, 1, 2, 3]));
    await vi.waitFor(() => expect(errors.length).toBe(3));
    expect(errors.every((e) => e.code === ErrorCode.InvalidMessage)).toBe(true);
    await untouched();
  });

  it("a frame over the size cap closes only its sender", async () => {
    const { attacker, victim, untouched } = await pair();
    const closed = new Promise<number>((resolve) => attacker.onLeave((code) => resolve(code)));
    attacker.send(MessageType.Pose, "x".repeat(MAX_FRAME_BYTES + 1));
    expect(await closed).toBe(1009);
    await untouched();
    // Cut off, not dropped: no grace period keeps its seat and avatar (a stream of them would fill the room).
    await vi.waitFor(() => expect(visitorsOf(victim).has(attacker.sessionId)).toBe(false), { timeout: 1000 });
  });

  it("a sender that keeps sending bad input is disconnected, saying why", async () => {
    const { attacker, victim, untouched } = await pair();
    const closed = new Promise<number>((resolve) => attacker.onLeave((code) => resolve(code)));
    for (let i = 0; i < 20; i++) attacker.send(MessageType.Pose, ["bad"]);
    expect(await closed).toBe(CloseCode.InvalidMessages);
    await untouched();
    // Expelled, not dropped: no grace period keeps its avatar around.
    await vi.waitFor(() => expect(visitorsOf(victim).has(attacker.sessionId)).toBe(false), { timeout: 1000 });
  });

  it("a flooder is disconnected with the flooding close code", async () => {
    const { attacker, victim, untouched } = await pair();
    const closed = new Promise<number>((resolve) => attacker.onLeave((code) => resolve(code)));
    for (let i = 0; i < 400; i++) sendPose(attacker, grid, i % 30, 5);
    expect(await closed).toBe(CloseCode.Flooding);
    await untouched();
    await vi.waitFor(() => expect(visitorsOf(victim).has(attacker.sessionId)).toBe(false), { timeout: 1000 });
  });

  it.each([
    [{}, /name/],
    [{ name: "x".repeat(500), sceneId: "mini" }, /too long/],
    [{ name: "A", sceneId: "../etc" }, /sceneId/],
    [{ name: "A", sceneId: "atlantis" }, /no scene "atlantis"/],
    [{ name: "A", sceneId: "mini", admin: true }, /admin/],
  ])("refuses join options %o with a message", async (options, message) => {
    await expect(colyseus.sdk.joinOrCreate("museum", options)).rejects.toThrow(message);
  });

  it("cleans a display name: tags, control characters, length", async () => {
    const a = await join("  <script>alert(1)</script>Lu\u0007 Xun and a name far too long to fit on any name tag  ");
    await vi.waitFor(() => expect(visitorsOf(a).get(a.sessionId)?.name).toBe("alert(1)Lu Xun and a name far to"));
  });
});
