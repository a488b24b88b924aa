// Scale-out with a real Redis: two museum processes share matchmaking and presence, behind the cluster proxy. A guide
// and a visitor whose rooms live in different processes end up in one tour by its code; the live tours listing is
// the same from either process. Needs Debian's redis-server (`.ci/run` installs it): without it this fails, saying so.
import { Client, type Room } from "colyseus.js";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import { openMuseumStore } from "../../../server/store/museumStore";
import { startClusterProxy, type ClusterProxy } from "../../../tools/cluster/clusterProxy";
import { freePort } from "../../../tools/cluster/freePort";
import { startMuseumProcess, type MuseumProcess } from "../../../tools/cluster/museumProcess";
import { startLocalRedis, type LocalRedis } from "../../../tools/cluster/redisServer";
import { museumStateOf, leaveAll } from "../../fixtures/roomClients";

const dataDir = mkdtempSync(path.join(tmpdir(), "bund-cluster-"));
const clientDir = path.join(dataDir, "client");
let redis: LocalRedis | undefined;
let redisClient: Redis | undefined;
let proxy: ClusterProxy | undefined;
const museums: MuseumProcess[] = [];
const rooms: Room[] = [];

/** The room's process, as the shared driver lists it. */
async function processOf(roomId: string): Promise<string> {
  const cached = await redisClient!.hget("roomcaches", roomId);
  if (!cached) throw new Error(`room ${roomId} is not listed in Redis`);
  return JSON.parse(cached).processId;
}

beforeAll(async () => {
  mkdirSync(clientDir);
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
  const store = openMuseumStore(dataDir);
  await store.guides.add("Mei Lin", "correct horse battery");
  store.close();
  redis = await startLocalRedis(); // throws "redis-server is not installed: … apt-get install -y redis-server" without it
  redisClient = new Redis(redis.url);
  // MAX_VISITORS 1: each free visitor opens a room of their own, so the second lands in the other process.
  const env = {
    REDIS_URL: redis.url,
    HOST: "127.0.0.1",
    SELF_HOSTNAME: "127.0.0.1",
    DATA_DIR: dataDir,
    CLIENT_DIR: clientDir,
    LOG_LEVEL: "warn",
    MAX_VISITORS: "1",
    TOUR_HEADROOM: "4",
  };
  for (const name of ["museum-1", "museum-2"])
    museums.push(await startMuseumProcess({ name, port: await freePort(), env }));
  proxy = await startClusterProxy({ redisUrl: redis.url, port: 0, host: "127.0.0.1" });
}, 120_000);

afterAll(async () => {
  // A room already left never settles its leave(): each gets a moment, no more.
  await leaveAll(rooms);
  await proxy?.close();
  await Promise.all(museums.map((m) => m.stop()));
  redisClient?.disconnect();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("two museum processes over Redis", () => {
  it("both announce themselves, and the proxy knows them", () => {
    expect(
      proxy!
        .nodes()
        .map((n) => n.port)
        .sort(),
    ).toEqual(museums.map((m) => m.port).sort());
  });

  it("a guide and a visitor in rooms of different processes end up in one tour by its code", async () => {
    const [one, two] = museums;
    const login = await fetch(`${one.url}/api/guides/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Mei Lin", password: "correct horse battery" }),
    });
    expect(login.status).toBe(200);
    const { token } = await login.json();

    const client = new Client(proxy!.url.replace("http", "ws"));
    const guide = await client.joinOrCreate("museum", { name: "ignored", sceneId: "bund", guideToken: token });
    rooms.push(guide);
    const started = new Promise<{ code: string }>((resolve) => guide.onMessage(MessageType.TourStarted, resolve));
    guide.send(MessageType.TourStart, { planId: "bund-walk" });
    const { code } = await started;
    const tourProcess = await processOf(guide.roomId);

    // Colyseus places a new room in the process with fewer rooms; room counts reach Redis about once a second.
    await vi.waitFor(
      async () =>
        expect(
          Object.values(await redisClient!.hgetall("roomcount"))
            .map((v) => v.split(",")[0])
            .sort(),
        ).toEqual(["0", "1"]),
      { timeout: 5000 },
    );
    const visitor = await client.joinOrCreate("museum", { name: "Li Wei", sceneId: "bund" });
    rooms.push(visitor);
    const visitorProcess = await processOf(visitor.roomId);
    expect(visitorProcess).not.toBe(tourProcess);

    // Both processes list the tour (the listing is the rooms' metadata in the shared driver).
    for (const m of museums) {
      await vi.waitFor(async () => {
        const { tours } = await (await fetch(`${m.url}/api/tours`)).json();
        expect(tours).toEqual([expect.objectContaining({ code, guideName: "Mei Lin", roomId: guide.roomId })]);
      });
    }

    // The visitor asks the process they are on (not the tour's) for a seat by code; the seat is in the tour's room.
    const own = museums.find((m) => m.port === proxy!.nodes().find((n) => n.processId === visitorProcess)?.port)!;
    const seat = await fetch(`${own.url}/api/tours/${code}/seat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Li Wei", sceneId: "bund" }),
    });
    expect(seat.status).toBe(200);
    const reservation = await seat.json();
    expect(reservation.room.processId).toBe(tourProcess);
    // The socket goes through the proxy to the tour's process.
    const member = await client.consumeSeatReservation(reservation);
    member.onMessage(MessageType.TourEnded, () => undefined); // when the guide leaves at the end
    rooms.push(member);
    await visitor.leave(true);
    rooms.splice(rooms.indexOf(visitor), 1);
    expect(member.roomId).toBe(guide.roomId);
    await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true), {
      timeout: 5000,
    });
    await vi.waitFor(async () => expect((await (await fetch(`${two.url}/api/tours/${code}`)).json()).members).toBe(1));
  });

  it("a process whose REDIS_URL answers nothing stops at start-up, naming REDIS_URL", async () => {
    const dead = await freePort();
    const env = {
      REDIS_URL: `redis://127.0.0.1:${dead}`,
      HOST: "127.0.0.1",
      SELF_HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      CLIENT_DIR: clientDir,
      LOG_LEVEL: "warn",
    };
    await expect(startMuseumProcess({ name: "no-redis", port: await freePort(), env })).rejects.toThrow(
      /REDIS_URL: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/,
    );
  }, 60_000);
});
