// Seats held from many addresses at once (the abuse bench's ten hostile clients filled a tour's headroom this way):
// once the room is full, a seat held unused for a few seconds goes to whoever asks now, so a member who connects
// at once always gets in, however many addresses hoard.
import { Client, type Room } from "colyseus.js";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MessageType } from "../../common/messageTypes";
import { loadConfig } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import { STALE_HOLD_MS } from "../../server/rooms/seatHolds";
import { openMuseumStore } from "../../server/store/museumStore";
import { museumDirs } from "../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../..");
let server: MuseumServer;
let guide: Room;
let code = "";
const rooms: Room[] = [];

/** A seat asked from `address` (the server believes X-Forwarded-For here: TRUST_PROXY=true). */
const seat = (address: string, name: string) =>
  fetch(`${server.url}/api/tours/${code}/seat`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": address }, body: JSON.stringify({ name, sceneId: "bund" }) });

beforeAll(async () => {
  const dirs = museumDirs();
  const store = openMuseumStore(dirs.dataDir);
  await store.guides.add("Mei Lin", "correct horse battery");
  store.close();
  // One free visitor and 10 tour seats; holds last long enough that only giving them up frees a seat.
  const env = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dirs.dataDir, CLIENT_DIR: dirs.clientDir, TRUST_PROXY: "true", MAX_VISITORS: "1", TOUR_HEADROOM: "10", SEAT_HOLDS_PER_ADDRESS: "1", SEAT_HOLD_SECONDS: "60", TOUR_REQUESTS_PER_MINUTE: "1000" };
  server = await startMuseumServer(loadConfig(env, root), { log: pino({ level: "silent" }) });
  const login = await fetch(`${server.url}/api/guides/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Mei Lin", password: "correct horse battery" }) });
  const token = (await login.json()).token as string;
  guide = await new Client(`ws://127.0.0.1:${server.port}`).joinOrCreate("museum", { name: "Mei", sceneId: "bund", guideToken: token });
  rooms.push(guide);
  const started = new Promise<{ code: string }>((resolve) => guide.onMessage(MessageType.TourStarted, resolve));
  guide.send(MessageType.TourStart, { planId: "bund-walk" });
  code = (await started).code;
});
afterAll(async () => {
  await Promise.all(rooms.map((r) => r.leave(true).catch(() => undefined)));
  await server?.close();
});

describe("seats held from many addresses", () => {
  it("fill the room only until they are stale: then a member who connects gets in", async () => {
    // The room has 11 seats, the guide in one: ten addresses hold the other ten and never connect.
    const hoarded = [];
    for (let i = 0; i < 10; i++) hoarded.push((await seat(`203.0.113.${i + 1}`, `Hoarder ${i}`)).status);
    expect(hoarded).toEqual(Array(10).fill(200));
    // While the holds are fresh, the room is full.
    expect((await seat("203.0.113.99", "Hoarder 10")).status).toBe(409);

    await new Promise((r) => setTimeout(r, STALE_HOLD_MS + 200));
    const real = await seat("198.51.100.7", "Member");
    expect(real.status).toBe(200);
    const reservation = await real.json();
    const member = await new Client(`ws://127.0.0.1:${server.port}`).consumeSeatReservation(reservation);
    rooms.push(member);
    await vi.waitFor(() => expect((guide.state as any).tours.get(code).members.has(member.sessionId)).toBe(true));
  });
});
