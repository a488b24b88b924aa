// Production routing across processes with Colyseus' own publicAddress: two museum processes over a real Redis, each
// announcing its address (PUBLIC_ADDRESS). A seat reserved through one process for a room that lives in the other
// carries the other's address, and colyseus.js opens its socket there directly — no proxy that knows the rooms.
// Needs Debian's redis-server (`.ci/run` installs it): without it this fails, saying so.
import { Client, type Room, type SeatReservation } from "colyseus.js";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../../common/messageTypes";
import { loadConfig } from "../../../server/config";
import { openMuseumStore } from "../../../server/store/museumStore";
import { freePort } from "../../../tools/cluster/freePort";
import { startMuseumProcess, type MuseumProcess } from "../../../tools/cluster/museumProcess";
import { startLocalRedis, type LocalRedis } from "../../../tools/cluster/redisServer";
import { leaveAll } from "../../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../../..");
const GUIDE = { name: "Mei Lin", password: "correct horse battery" };

describe("PUBLIC_ADDRESS", () => {
  it("is optional; host[:port][/path] is taken as given, a trailing slash dropped", () => {
    expect(loadConfig({}, root).publicAddress).toBeUndefined();
    expect(loadConfig({ PUBLIC_ADDRESS: "" }, root).publicAddress).toBeUndefined();
    expect(loadConfig({ PUBLIC_ADDRESS: "museum.example/node-2/" }, root).publicAddress).toBe("museum.example/node-2");
    expect(loadConfig({ PUBLIC_ADDRESS: "203.0.113.7:2568" }, root).publicAddress).toBe("203.0.113.7:2568");
    expect(loadConfig({ PUBLIC_ADDRESS: "[2001:db8::7]:2568/a" }, root).publicAddress).toBe("[2001:db8::7]:2568/a");
  });
  it("refuses a scheme, naming the variable and what to give instead", () => {
    expect(() => loadConfig({ PUBLIC_ADDRESS: "wss://museum.example/node-2" }, root)).toThrow(
      /PUBLIC_ADDRESS: must not start with a scheme .*give host\[:port\]\[\/path\]/,
    );
  });
  it.each(["museum example", "museum.example/node 2", "museum.example?x=1", "-museum.example", "museum.example:port"])(
    "refuses %j",
    (bad) => {
      expect(() => loadConfig({ PUBLIC_ADDRESS: bad }, root)).toThrow(
        /PUBLIC_ADDRESS: must be host\[:port\]\[\/path\] as visitors reach this process/,
      );
    },
  );
});

const dataDir = mkdtempSync(path.join(tmpdir(), "bund-public-address-"));
const clientDir = path.join(dataDir, "client");
let redis: LocalRedis | undefined;
let redisClient: Redis | undefined;
const museums: MuseumProcess[] = [];
const rooms: Room[] = [];
/** Each process's own address, as PUBLIC_ADDRESS announces it. */
const addressOf = (m: MuseumProcess) => `127.0.0.1:${m.port}`;

/** Which process hosts a room: from Colyseus' node announcements in Redis (SELF_HOSTNAME:PORT), not from the listing. */
async function hostOf(processId: string): Promise<MuseumProcess> {
  const nodes = await redisClient!.smembers("colyseus:nodes");
  const node = nodes.find((n) => n.startsWith(`${processId}/`));
  const port = Number(node?.split(":").at(-1));
  const m = museums.find((x) => x.port === port);
  if (!m) throw new Error(`process ${processId} is not among the announced nodes ${JSON.stringify(nodes)}`);
  return m;
}

/** A reservation as the server sends it: colyseus.js reads room.publicAddress and processId but does not declare them. */
type Seat = SeatReservation & { room: { processId: string; publicAddress?: string } };

/** The URL a joined room's socket was opened at (colyseus.js' WebSocket transport keeps its ws). */
const socketUrl = (room: Room) => new URL((room.connection.transport as unknown as { ws: { url: string } }).ws.url);

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  mkdirSync(clientDir);
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
  const store = openMuseumStore(dataDir);
  await store.guides.add(GUIDE.name, GUIDE.password);
  store.close();
  redis = await startLocalRedis(); // throws "redis-server is not installed: … apt-get install -y redis-server" without it
  redisClient = new Redis(redis.url);
  // MAX_VISITORS 1: each join opens a room of its own, and a new room goes to the process with fewer rooms.
  const env = {
    REDIS_URL: redis.url,
    HOST: "127.0.0.1",
    SELF_HOSTNAME: "127.0.0.1",
    DATA_DIR: dataDir,
    CLIENT_DIR: clientDir,
    LOG_LEVEL: "warn",
    MAX_VISITORS: "1",
  };
  for (const name of ["museum-a", "museum-b"]) {
    const port = await freePort();
    museums.push(await startMuseumProcess({ name, port, env: { ...env, PUBLIC_ADDRESS: `127.0.0.1:${port}` } }));
  }
}, 120_000);

afterAll(async () => {
  await leaveAll(rooms);
  await Promise.all(museums.map((m) => m.stop()));
  redisClient?.disconnect();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("two museum processes, each with its PUBLIC_ADDRESS", () => {
  it("a seat reserved through one process for a room on the other carries the other's address, and the client joins there", async () => {
    const [a] = museums;
    // Two joins through A: the second room opens in the process that has none yet, so one of them is not A.
    const reservations: Seat[] = [];
    for (let i = 0; i < 2; i++) {
      // Colyseus places a new room in the process with fewer rooms; room counts reach Redis about once a second.
      if (i === 1)
        await vi.waitFor(
          async () =>
            expect(
              Object.values(await redisClient!.hgetall("roomcount"))
                .map((v) => v.split(",")[0])
                .sort(),
            ).toEqual(["0", "1"]),
          { timeout: 5000 },
        );
      const res = await post(`${a.url}/matchmake/joinOrCreate/museum`, { name: `Visitor ${i}`, sceneId: "bund" });
      expect(res.status).toBe(200);
      const reservation = (await res.json()) as Seat;
      // Until consumed, the seat keeps its room open; take it at once so the room counts.
      const room = await new Client(a.url.replace("http", "ws")).consumeSeatReservation(reservation);
      rooms.push(room);
      reservations.push(reservation);
      // Whichever process holds it, the seat names that process's public address, and the socket went there.
      const host = await hostOf(reservation.room.processId);
      expect(reservation.room.publicAddress).toBe(addressOf(host));
      expect(socketUrl(room).host).toBe(addressOf(host));
    }
    const hosts = await Promise.all(reservations.map((r) => hostOf(r.room.processId)));
    expect(new Set(hosts).size, "the two rooms live in different processes").toBe(2);
    expect(hosts, "one seat was reserved through A for a room on the other process").toContain(museums[1]);
  });

  it("a tour's seat (POST /api/tours/CODE/seat) asked of the other process carries the tour room's address", async () => {
    const login = await post(`${museums[0].url}/api/guides/login`, GUIDE);
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const guide = await new Client(museums[0].url.replace("http", "ws")).joinOrCreate("museum", {
      name: "ignored",
      sceneId: "bund",
      guideToken: token,
    });
    rooms.push(guide);
    guide.onMessage(MessageType.TourPlan, () => undefined); // the guide's copy of the plan: not what this test reads
    const started = new Promise<{ code: string }>((resolve) => guide.onMessage(MessageType.TourStarted, resolve));
    guide.send(MessageType.TourStart, { planId: "bund-walk" });
    const { code } = await started;
    const tourHost = await hostOf(
      (await redisClient!.hget("roomcaches", guide.roomId).then((c) => JSON.parse(c!))).processId,
    );
    const other = museums.find((m) => m !== tourHost)!;

    const seat = await post(`${other.url}/api/tours/${code}/seat`, { name: "Li Wei", sceneId: "bund" });
    expect(seat.status).toBe(200);
    const reservation = (await seat.json()) as Seat;
    expect(reservation.room.publicAddress).toBe(addressOf(tourHost));
    // The client was pointed at the other process; its socket goes straight to the tour's.
    const member = await new Client(other.url.replace("http", "ws")).consumeSeatReservation(reservation);
    for (const type of [MessageType.TourEnded, MessageType.TourPlan]) member.onMessage(type, () => undefined); // not what this test reads
    rooms.push(member);
    expect(member.roomId).toBe(guide.roomId);
    expect(socketUrl(member).host).toBe(addressOf(tourHost));
    await vi.waitFor(
      () =>
        expect(
          (guide.state as { tours: Map<string, { members: Map<string, unknown> }> }).tours
            .get(code)!
            .members.has(member.sessionId),
        ).toBe(true),
      { timeout: 5000 },
    );
  });
});
