// Live tours for the entry screen: GET /api/tours lists them, GET /api/tours/:code finds one, and
// POST /api/tours/:code/seat reserves a seat in the room instance that holds it (even when that room is full for
// free visitors). Rooms advertise their tours in their listing's metadata, so this works across processes too.
import { matchMaker } from "@colyseus/core";
import { Router } from "express";
import { JoinOptionsSchema } from "../../common/messages";
import { TourCodeSchema, type LiveTourListing } from "../../common/tour";
import { ApiError, apiErrors, jsonBody, parse, route } from "./apiHelpers";

export interface LiveToursApiOptions {
  roomName: string;
  log?: { error(obj: object, msg: string): void };
}

async function liveTours(roomName: string): Promise<{ tour: LiveTourListing; roomId: string }[]> {
  const rooms = await matchMaker.query({ name: roomName });
  return rooms.flatMap((r) => ((r.metadata?.tours ?? []) as LiveTourListing[]).map((tour) => ({ tour: { ...tour, roomId: r.roomId }, roomId: r.roomId })));
}

export function liveToursApi(o: LiveToursApiOptions): Router {
  const router = Router();
  const find = async (raw: string) => {
    const code = parse(TourCodeSchema, raw, "tour code");
    const found = (await liveTours(o.roomName)).find((t) => t.tour.code === code);
    if (!found) throw new ApiError(404, `There is no live tour ${code}: check the code with your guide`);
    return found;
  };

  router.get("/api/tours", route(async (_req, res) => res.json({ tours: (await liveTours(o.roomName)).map((t) => t.tour) })));
  router.get("/api/tours/:code", route(async (req, res) => res.json((await find(String(req.params.code))).tour)));

  router.post(
    "/api/tours/:code/seat",
    jsonBody,
    route(async (req, res) => {
      const { tour, roomId } = await find(String(req.params.code));
      // The same options a visitor gives joinOrCreate, with the tour's code: the room checks them again in onAuth.
      const options = parse(JoinOptionsSchema, { ...(req.body ?? {}), tourCode: tour.code }, "join options");
      const listing = (await matchMaker.query({ roomId }))[0];
      if (!listing) throw new ApiError(404, `Tour ${tour.code} has just ended`);
      try {
        res.json(await matchMaker.reserveSeatFor(listing, options));
      } catch {
        throw new ApiError(409, `Tour ${tour.code} is full: ask your guide`);
      }
    }),
  );

  router.use("/api/tours", apiErrors(o.log));
  return router;
}
