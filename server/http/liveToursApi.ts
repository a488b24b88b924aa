// Live tours for the entry screen: GET /api/tours lists them, GET /api/tours/:code finds one, and
// POST /api/tours/:code/seat reserves a seat in the room instance that holds it (even when that room is full for
// free visitors). Rooms advertise their tours in their listing's metadata, so this works across processes too.
// A seat is admitted by the room like the join it stands for; all three routes are rate-limited per address.
import { matchMaker } from "@colyseus/core";
import { Router, type RequestHandler } from "express";
import { TourCodeSchema, type LiveTourListing } from "../../common/tour";
import { createLoginLimiter } from "../auth/loginLimiter";
import type { SeatHold } from "../rooms/roomSettings";
import { ApiError, apiErrors, jsonBody, parse, route } from "./apiHelpers";
import { limitKey } from "./clientAddress";

export interface LiveToursApiOptions {
  roomName: string;
  /** Requests one address may make a minute to these routes together (TOUR_REQUESTS_PER_MINUTE); unset, no limit. */
  requestsPerMinute?: number;
  log?: { error(obj: object, msg: string): void };
}

async function liveTours(roomName: string): Promise<{ tour: LiveTourListing; roomId: string }[]> {
  const rooms = await matchMaker.query({ name: roomName });
  return rooms.flatMap((r) =>
    ((r.metadata?.tours ?? []) as LiveTourListing[]).map((tour) => ({
      tour: { ...tour, roomId: r.roomId },
      roomId: r.roomId,
    })),
  );
}

/** Past the limit, 429 with Retry-After (the sign-in limiter's sliding window, per address or IPv6 /64). */
function perAddressLimit(perMinute: number | undefined): RequestHandler {
  if (perMinute === undefined) return (_req, _res, next) => next();
  const limiter = createLoginLimiter(perMinute);
  return (req, res, next) => {
    const waitSec = limiter.attempt(limitKey(req.ip), Date.now());
    if (waitSec === 0) return next();
    res.setHeader("Retry-After", String(waitSec));
    next(new ApiError(429, `Too many tour requests from your address: try again in ${waitSec} s`));
  };
}

export function liveToursApi(o: LiveToursApiOptions): Router {
  const router = Router();
  const find = async (raw: string) => {
    const code = parse(TourCodeSchema, raw, "tour code");
    const found = (await liveTours(o.roomName)).find((t) => t.tour.code === code);
    if (!found) throw new ApiError(404, `There is no live tour ${code}: check the code with your guide`);
    return found;
  };

  router.use("/api/tours", perAddressLimit(o.requestsPerMinute));
  // A private tour is found by its code (or link), never listed.
  router.get(
    "/api/tours",
    route(async (_req, res) =>
      res.json({ tours: (await liveTours(o.roomName)).map((t) => t.tour).filter((t) => !t.private) }),
    ),
  );
  router.get(
    "/api/tours/:code",
    route(async (req, res) => res.json((await find(String(req.params.code))).tour)),
  );

  router.post(
    "/api/tours/:code/seat",
    jsonBody,
    route(async (req, res) => {
      const { tour, roomId } = await find(String(req.params.code));
      const options = { ...(typeof req.body === "object" && req.body !== null ? req.body : {}), tourCode: tour.code };
      const listing = (await matchMaker.query({ roomId }))[0];
      if (!listing) throw new ApiError(404, `Tour ${tour.code} has just ended`);
      // The room checks the options as its onAuth will (guide token, ticket, name) and caps the seats held unused.
      let hold: SeatHold;
      try {
        hold = await matchMaker.remoteRoomCall<SeatHold>(roomId, "holdSeat", [options, limitKey(req.ip)]);
      } catch {
        throw new ApiError(503, `Tour ${tour.code} cannot be reached just now: try again in a moment`);
      }
      if ("error" in hold) throw new ApiError(hold.status, hold.error);
      // What matchMaker.reserveSeatFor answers, so the client consumes it the same way.
      res.json({ room: listing, sessionId: hold.sessionId });
    }),
  );

  router.use("/api/tours", apiErrors(o.log));
  return router;
}
