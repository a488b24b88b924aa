// Seats held from many addresses at once (the abuse bench's ten hostile clients filled a tour's headroom this way):
// once the room is full, a seat held unused for a few seconds goes to whoever asks now, so a member who connects
// at once always gets in, however many addresses hoard.
import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MuseumServer } from "../../../server/museumServer";
import { STALE_HOLD_MS } from "../../../server/rooms/seatHolds";
import { startLiveTourServer, type LiveTourServer } from "../../fixtures/liveTourServer";
import { museumStateOf } from "../../fixtures/roomClients";

let t: LiveTourServer;
let server: MuseumServer;
let guide: Room;
let code = "";
let rooms: Room[] = [];
/** A seat asked from `address` (the server believes X-Forwarded-For here: TRUST_PROXY=true). */
const seat = (address: string, name: string) =>
  fetch(`${server.url}/api/tours/${code}/seat`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ name, sceneId: "bund" }),
  });

beforeAll(async () => {
  t = await startLiveTourServer({
    TRUST_PROXY: "true",
    MAX_VISITORS: "1",
    TOUR_HEADROOM: "10",
    SEAT_HOLDS_PER_ADDRESS: "1",
    SEAT_HOLD_SECONDS: "60",
    TOUR_REQUESTS_PER_MINUTE: "1000",
  });
  ({ server, guide, code, rooms } = t);
});
afterAll(() => t?.close());

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
    await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true));
  });
});
