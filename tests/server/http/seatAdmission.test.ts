// Issue 11's first attack: seats reserved by POST /api/tours/:code/seat pass the join's checks, are capped per
// address while nobody takes them up, and lapse within seconds — so nobody who never connects can fill a tour.
import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { MuseumServer } from "../../../server/museumServer";
import { startLiveTourServer, type LiveTourServer } from "../../fixtures/liveTourServer";
import { museumStateOf } from "../../fixtures/roomClients";

let t: LiveTourServer;
let server: MuseumServer;
let guide: Room;
let code = "";
let rooms: Room[] = [];
const seat = (body: unknown) =>
  fetch(`${server.url}/api/tours/${code}/seat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  t = await startLiveTourServer({
    MAX_VISITORS: "2",
    TOUR_HEADROOM: "20",
    SEAT_HOLDS_PER_ADDRESS: "3",
    SEAT_HOLD_SECONDS: "1",
    TOUR_REQUESTS_PER_MINUTE: "1000",
  });
  ({ server, guide, code, rooms } = t);
});
afterAll(() => t?.close());

describe("a tour seat is admitted like the join it stands for", () => {
  it("130 reservations with a junk guide token are all refused, and a real member still gets in", async () => {
    const answers = await Promise.all(
      Array.from({ length: 130 }, () => seat({ name: "x", sceneId: "bund", guideToken: "junk" })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(130).fill(401));
    expect((await answers[0].json()).error).toMatch(/guide sign-in has expired or is not valid/);

    const real = await seat({ name: "Member", sceneId: "bund" });
    expect(real.status).toBe(200);
    const member = await new Client(`ws://127.0.0.1:${server.port}`).consumeSeatReservation(await real.json());
    rooms.push(member);
    expect(member.roomId).toBe(guide.roomId);
    await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true));
  });

  it("a forged ticket, an unknown scene or a malformed name is refused before any seat is held", async () => {
    const ticket = await seat({ name: "x", sceneId: "bund", tourTicket: "forged.ticket" });
    expect(ticket.status).toBe(401);
    expect((await ticket.json()).error).toMatch(/tourTicket/);
    const scene = await seat({ name: "x", sceneId: "atlantis" });
    expect(scene.status).toBe(400);
    expect((await scene.json()).error).toMatch(/no scene "atlantis"/);
    const name = await seat({ name: 42, sceneId: "bund" });
    expect(name.status).toBe(400);
    expect((await name.json()).error).toMatch(/name/);
  });

  it("one address holds at most SEAT_HOLDS_PER_ADDRESS seats nobody takes up, and they lapse in SEAT_HOLD_SECONDS", async () => {
    for (let i = 0; i < 3; i++) expect((await seat({ name: `Idle ${i}`, sceneId: "bund" })).status).toBe(200);
    const fourth = await seat({ name: "Idle 3", sceneId: "bund" });
    expect(fourth.status).toBe(429);
    expect((await fourth.json()).error).toMatch(/already holds 3 seats nobody has taken up/);
    // The unused seats are given back after a second: the address may reserve again.
    await vi.waitFor(async () => expect((await seat({ name: "Later", sceneId: "bund" })).status).toBe(200), {
      timeout: 5000,
      interval: 300,
    });
  });
});
