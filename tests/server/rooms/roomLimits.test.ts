// Issue 11's room flood: rooms opened per address a minute and in all, and sockets held per address, are capped
// (ROOMS_PER_ADDRESS_PER_MINUTE, MAX_ROOMS, SOCKETS_PER_ADDRESS), each refusal with a status and a reason.
import { Client, type Room } from "colyseus.js";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { matchMaker } from "@colyseus/core";
import { MuseumRoom } from "../../../server/rooms/MuseumRoom";
import { museumDirs } from "../../fixtures/museumProcess";
import { leaveAll } from "../../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../../..");
let server: MuseumServer;
const rooms: Room[] = [];

beforeAll(async () => {
  const dirs = museumDirs();
  // TRUST_PROXY: the test speaks for several addresses through X-Forwarded-For, as a proxy in front would.
  const env = {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dirs.dataDir,
    CLIENT_DIR: dirs.clientDir,
    TRUST_PROXY: "true",
    ROOMS_PER_ADDRESS_PER_MINUTE: "3",
    MAX_ROOMS: "5",
    SOCKETS_PER_ADDRESS: "3",
    SEAT_HOLD_SECONDS: "30",
  };
  server = await startMuseumServer(loadConfig(env, root), { log: pino({ level: "silent" }) });
});
afterAll(async () => {
  await leaveAll(rooms);
  await server?.close();
});

const create = (from: string) =>
  fetch(`${server.url}/matchmake/create/museum`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-For": from },
    body: JSON.stringify({ name: "Opener", sceneId: "bund" }),
  });

function upgrade(): Promise<"open" | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/`);
    ws.on("open", () => {
      resolve("open");
      ws.close();
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => undefined);
  });
}

describe("sockets per address", () => {
  it("a fourth socket from one address is a 429 until one of the three closes", async () => {
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    for (let i = 0; i < 3; i++) rooms.push(await client.joinOrCreate("museum", { name: `Tab ${i}`, sceneId: "bund" }));
    expect(await upgrade()).toBe(429);
    await expect(client.joinOrCreate("museum", { name: "Tab 3", sceneId: "bund" })).rejects.toThrow();
    await rooms.pop()!.leave(true);
    await vi.waitFor(async () => expect(await upgrade()).toBe("open"));
  });
});

describe("rooms opened", () => {
  it("per address a minute: the fourth is a 429 with a reason; another address may still open one", async () => {
    for (let i = 0; i < 3; i++) expect((await create("10.0.0.1")).status).toBe(200);
    const fourth = await create("10.0.0.1");
    expect(fourth.status).toBe(429);
    expect((await fourth.json()).error).toMatch(/opened 3 rooms in the last minute/);
    expect((await create("10.0.0.2")).status).toBe(200);
  });
  it("in all: past MAX_ROOMS nobody opens one (503)", async () => {
    // One room from the socket test, three from 10.0.0.1, one from 10.0.0.2: five.
    const sixth = await create("10.0.0.3");
    expect(sixth.status).toBe(503);
    expect((await sixth.json()).error).toMatch(/as many rooms as it may \(5\)/);
  });
  it("a refused room leaves nothing running: only the rooms that opened patch", async () => {
    const patched = new Set<string>();
    const spy = vi.spyOn(MuseumRoom.prototype, "broadcastPatch").mockImplementation(function (this: MuseumRoom) {
      patched.add(this.roomId);
      return false;
    });
    try {
      for (let i = 0; i < 5; i++) expect((await create(`10.0.1.${i}`)).status).toBe(503);
      const open = new Set((await matchMaker.query({ name: "museum" })).map((r) => r.roomId));
      // Three patch intervals (150 ms) is time for every timer still running to show itself.
      await new Promise((r) => setTimeout(r, 200));
      expect([...patched].filter((id) => !open.has(id))).toEqual([]);
      expect(patched.size).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });
});
