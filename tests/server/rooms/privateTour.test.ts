// A guide may keep a tour private: left out of GET /api/tours, still found and joined by its code (or link); the
// choice is part of the tour's record, so it survives a restart. Only the leading guide may make it.
import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType } from "../../../common/messageTypes";
import { createLiveTour, tourSnapshot } from "../../../server/logic/liveTour";
import { keepPrivate } from "../../../server/logic/tourCommands";
import { restoreLiveTour } from "../../../server/logic/tourSnapshot";
import type { MuseumServer } from "../../../server/museumServer";
import { startLiveTourServer, type LiveTourServer } from "../../fixtures/liveTourServer";
import { tourPlan } from "../../fixtures/tourPlan";
import { museumStateOf } from "../../fixtures/roomClients";

let t: LiveTourServer;
let server: MuseumServer;
let guide: Room;
let code = "";
let rooms: Room[] = [];
const listed = async () =>
  ((await (await fetch(`${server.url}/api/tours`)).json()).tours as { code: string }[]).map((t) => t.code);

beforeAll(async () => {
  t = await startLiveTourServer();
  ({ server, guide, code, rooms } = t);
});
afterAll(() => t?.close());

describe("a private tour", () => {
  it("is not listed, but is found and joined by its code; made public again, it is listed", async () => {
    await vi.waitFor(async () => expect(await listed()).toContain(code));
    guide.send(MessageType.TourPrivacy, { private: true });
    await vi.waitFor(async () => expect(await listed()).not.toContain(code));
    expect((await fetch(`${server.url}/api/tours/${code}`)).status).toBe(200);
    const seat = await fetch(`${server.url}/api/tours/${code}/seat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ada", sceneId: "bund" }),
    });
    expect(seat.status).toBe(200);
    const member = await new Client(`ws://127.0.0.1:${server.port}`).consumeSeatReservation(await seat.json());
    rooms.push(member);
    await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true));
    // Everyone in the tour (the guide's own panel after a reload too) reads it from the state.
    expect(museumStateOf(member).tours.get(code)?.unlisted).toBe(true);

    // A member cannot change it.
    const refused = new Promise<{ code: string; type: string }>((resolve) =>
      member.onMessage(MessageType.Error, resolve),
    );
    member.send(MessageType.TourPrivacy, { private: false });
    expect(await refused).toMatchObject({ code: ErrorCode.NotGuide, type: MessageType.TourPrivacy });
    expect(await listed()).not.toContain(code);

    guide.send(MessageType.TourPrivacy, { private: false });
    await vi.waitFor(async () => expect(await listed()).toContain(code));
    await vi.waitFor(() => expect(museumStateOf(member).tours.get(code)?.unlisted).toBe(false));
  });
  it("stays private in the tour's record (a restart), and older records read back as public", () => {
    const tour = createLiveTour({ code: "K7QM3D", plan: tourPlan(), guide: "g1", guideName: "Mei", now: 0 });
    const made = keepPrivate(tour, true);
    if (!made.ok) throw new Error(made.message);
    const back = restoreLiveTour(JSON.stringify(tour.plan), JSON.stringify(tourSnapshot(made.tour)));
    expect(back.private).toBe(true);
    const { private: _p, ...older } = tourSnapshot(tour);
    expect(restoreLiveTour(JSON.stringify(tour.plan), JSON.stringify(older)).private).toBe(false);
  });
});
