// The client's link against a real room: joins, mirrors other visitors, sends only changed poses, and after a
// dropped socket comes back by itself as the same visitor.
import { boot, type ColyseusTestServer } from "@colyseus/testing";
import type { WebSocketClient } from "@colyseus/ws-transport";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Room } from "colyseus.js";
import { connectToMuseum, type LinkState } from "../../../client/net/connection";
import { createVisitorStore } from "../../../client/state/visitors";
import { poseGrid, quantizePose } from "../../../common/pose";
import { parseScene } from "../../../common/scene";
import { MuseumRoom } from "../../../server/rooms/MuseumRoom";
import { roomScenes } from "../../../server/rooms/roomSetup";
import { freePort } from "../../fixtures/freePort";
import { miniScene } from "../../fixtures/miniScene";

const mini = parseScene("mini.json", miniScene());
const grid = poseGrid(mini.bounds);
// A second, smaller scene elsewhere: the same int16 on its grid means other metres than on mini's.
const hall = parseScene("hall.json", {
  ...miniScene(),
  id: "hall",
  bounds: { minX: 0, maxX: 60, minZ: -20, maxZ: 40 },
  landmarks: [],
});
const hallGrid = poseGrid(hall.bounds);
let port = 0;
let colyseus: ColyseusTestServer;

beforeAll(async () => {
  const scenes = roomScenes({
    ids: () => ["mini", "hall"],
    get: (id) => (id === "hall" ? hall : mini),
    list: () => [],
  });
  port = await freePort();
  colyseus = await boot(
    {
      initializeGameServer: (gs) =>
        gs.define("museum", MuseumRoom, { settings: { scenes, maxVisitors: 50, reconnectGraceSeconds: 5 } }),
    },
    port,
  );
  // The link runs in a page; give it the little of one it uses.
  vi.stubGlobal("location", { protocol: "http:", host: `127.0.0.1:${port}` });
  vi.stubGlobal("window", { addEventListener: () => undefined });
});
afterAll(() => colyseus?.shutdown());

async function link(name: string, sceneId = "mini") {
  const states: LinkState[] = [];
  const store = createVisitorStore(0);
  let room: Room | null = null;
  const l = await connectToMuseum({
    name,
    sceneId,
    grid: sceneId === "hall" ? hallGrid : grid,
    store,
    onState: (s) => states.push(s),
    onRoom: (r) => (room = r),
    graceMs: 5000,
  });
  /** The room state as this client has received it. */
  const seen = (id: string) =>
    (room!.state as { visitors: Map<string, { x: number; sceneId: string }> }).visitors.get(id);
  return { l, store, states, seen };
}

describe("client link", () => {
  it("mirrors the other visitors into the store, with their moves", async () => {
    const a = await link("Ada");
    const b = await link("Bo");
    expect(a.states).toEqual(["connecting", "connected"]);
    await vi.waitFor(() => expect(a.store.list().map((v) => v.name)).toContain("Bo"));
    b.l.sendPose({ x: 12, y: 1.6, z: 34, yaw: 1, pitch: 0 }, 1000);
    await vi.waitFor(() => {
      const bo = a.store.sample(performance.now(), "mini").find((v) => v.name === "Bo")!;
      expect(bo.pose.x).toBeCloseTo(12, 1);
      expect(bo.pose.z).toBeCloseTo(34, 1);
    });
    await a.l.leave();
    await b.l.leave();
  });

  it("draws a visitor standing still in a hall where they are once this client walks in (their grid, not ours)", async () => {
    const a = await link("Ada"); // on mini
    const b = await link("Bo", "hall");
    try {
      const pose = { x: 12, y: 1.6, z: 34, yaw: 1, pitch: 0 };
      b.l.sendPose(pose, 1000);
      // Ada has received Bo's pose (as it travels, on the hall's grid) while she stood on mini.
      await vi.waitFor(() => expect(a.seen(b.l.sessionId()!)?.x).toBe(quantizePose(pose, hallGrid).x));
      expect(a.seen(b.l.sessionId()!)?.sceneId).toBe("hall");
      // Ada walks into the hall; Bo does not move, so no new pose arrives: what Ada holds must already be right.
      a.l.setScene("hall", hallGrid);
      await vi.waitFor(() => expect(a.store.sample(performance.now(), "hall").map((v) => v.name)).toContain("Bo"));
      const bo = a.store.sample(performance.now(), "hall").find((v) => v.name === "Bo")!;
      expect(bo.pose.x).toBeCloseTo(12, 1);
      expect(bo.pose.z).toBeCloseTo(34, 1);
    } finally {
      // Even when it fails: a visitor left behind would be counted by the next test.
      await a.l.leave();
      await b.l.leave();
    }
  });

  it("sends a pose only when it changed, and at most every 50 ms", async () => {
    const { l } = await link("Ada");
    const pose = { x: 1, y: 1.6, z: 2, yaw: 0, pitch: 0 };
    l.sendPose(pose, 0);
    l.sendPose(pose, 100); // unchanged: nothing to say
    l.sendPose({ ...pose, x: 2 }, 120); // changed, 120 ms after the last send: sent
    l.sendPose({ ...pose, x: 3 }, 130); // changed, but only 10 ms later: held back
    l.sendPose({ ...pose, x: 3 }, 200); // and sent once the interval has passed
    expect(l.posesSent()).toBe(3);
    await l.leave();
  });

  it("comes back by itself after the socket drops, as the same visitor", async () => {
    const watcher = await link("Watcher");
    const a = await link("Ada");
    const id = a.l.sessionId()!;
    await vi.waitFor(() => expect(watcher.store.list().some((v) => v.id === id)).toBe(true));
    // Cut Ada's socket on the server side, the way a network blip does.
    const room = colyseus.getRoomById(a.l.roomId()!);
    const client = room.clients.find((c) => c.sessionId === id)!;
    (client as WebSocketClient).ref.terminate();
    await vi.waitFor(() => expect(a.states).toContain("reconnecting"));
    await vi.waitFor(() => expect(a.states.at(-1)).toBe("connected"), { timeout: 5000 });
    expect(a.l.sessionId()).toBe(id);
    // The watcher saw Ada greyed for a moment, never gone and never twice.
    await vi.waitFor(() => expect(watcher.store.list().find((v) => v.id === id)?.connected).toBe(true));
    expect(watcher.store.list().filter((v) => v.name === "Ada")).toHaveLength(1);
    a.l.sendPose({ x: 5, y: 1.6, z: 6, yaw: 0, pitch: 0 }, 10_000);
    await vi.waitFor(() =>
      expect(watcher.store.sample(performance.now(), "mini").find((v) => v.id === id)?.pose.x).toBeCloseTo(5, 1),
    );
    await a.l.leave();
    await watcher.l.leave();
  });
});
