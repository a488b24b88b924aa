// The guide shows the whole tour the Bund of 1937 or of today: the tour's layer travels in the room state to every
// member, only the leading guide may change it, a bad value is refused by its schema, and it survives a restart.
import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ErrorCode, MessageType, type ErrorMessage } from "../../../common/messageTypes";
import { TourLayerMessageSchema } from "../../../common/messages";
import { createLiveTour, tourSnapshot } from "../../../server/logic/liveTour";
import { showLayer } from "../../../server/logic/tourCommands";
import { restoreLiveTour } from "../../../server/logic/tourSnapshot";
import type { MuseumServer } from "../../../server/museumServer";
import { startLiveTourServer, type LiveTourServer } from "../../fixtures/liveTourServer";
import { tourPlan } from "../../fixtures/tourPlan";
import { museumStateOf } from "../../fixtures/roomClients";

let t: LiveTourServer;
let server: MuseumServer;
let guide: Room;
let member: Room;
let code = "";

beforeAll(async () => {
  t = await startLiveTourServer();
  ({ server, guide, code } = t);
  const seat = await fetch(`${server.url}/api/tours/${code}/seat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Ada", sceneId: "bund" }),
  });
  member = await new Client(`ws://127.0.0.1:${server.port}`).consumeSeatReservation(await seat.json());
  t.rooms.push(member);
  await vi.waitFor(() => expect(museumStateOf(guide).tours.get(code)?.members.has(member.sessionId)).toBe(true));
});
afterAll(() => t?.close());

const layerSeenBy = (room: Room) => museumStateOf(room).tours.get(code)?.layer;
const nextError = (room: Room) => new Promise<ErrorMessage>((resolve) => room.onMessage(MessageType.Error, resolve));

describe("a tour's period layer", () => {
  it("starts in 1937, and the guide's switch reaches the member", async () => {
    expect(layerSeenBy(member)).toBe("1937");
    guide.send(MessageType.TourLayer, { layer: "today" });
    await vi.waitFor(() => expect(layerSeenBy(member)).toBe("today"));
    guide.send(MessageType.TourLayer, { layer: "1937" });
    await vi.waitFor(() => expect(layerSeenBy(member)).toBe("1937"));
  });
  it("is the leading guide's to change: a member is refused, and nothing changes", async () => {
    const refused = nextError(member);
    member.send(MessageType.TourLayer, { layer: "today" });
    expect(await refused).toMatchObject({ code: ErrorCode.NotGuide, type: MessageType.TourLayer });
    expect(layerSeenBy(guide)).toBe("1937");
  });
  it("refuses a layer that is not 1937 or today with an error naming it, and the room stays up", async () => {
    const refused = nextError(guide);
    guide.send(MessageType.TourLayer, { layer: "1850" });
    const e = await refused;
    expect(e).toMatchObject({ code: ErrorCode.InvalidMessage, type: MessageType.TourLayer });
    expect(e.message).toMatch(/layer/);
    // The guide is still connected and in charge.
    guide.send(MessageType.TourLayer, { layer: "today" });
    await vi.waitFor(() => expect(layerSeenBy(member)).toBe("today"));
  });
  it("survives a restart in the tour's record; older records read back as 1937", () => {
    expect(TourLayerMessageSchema.safeParse({ layer: "today" }).success).toBe(true);
    expect(TourLayerMessageSchema.safeParse({ layer: "today", extra: 1 }).success).toBe(false);
    const tour = createLiveTour({ code: "K7QM3D", plan: tourPlan(), guide: "g1", guideName: "Mei", now: 0 });
    const made = showLayer(tour, "today");
    if (!made.ok) throw new Error(made.message);
    const back = restoreLiveTour(JSON.stringify(tour.plan), JSON.stringify(tourSnapshot(made.tour)));
    expect(back.layer).toBe("today");
    const { layer: _l, ...older } = tourSnapshot(tour);
    expect(restoreLiveTour(JSON.stringify(tour.plan), JSON.stringify(older)).layer).toBe("1937");
  });
});
