// Gather spots computed once and reused: the same half circle serves every "take me to the guide", gather and lock
// until the guide moves or turns noticeably, the stop's target changes, or the group outgrows it. Pure, clock passed in.
import { gatherGroup, type GatherRequest, type GatherSpot } from "./gatherGroup";
import type { CheckCounter } from "./spotOccupancy";
import type { Point } from "./tourPlanCheck";
import { DEG } from "../../common/measures";

export interface GatherCacheLimits {
  /** The guide (or the point faced) may move this far before the spots are worked out again. */
  moveM: number;
  /** The half circle may turn this far (radians) before the spots are worked out again. */
  turnRad: number;
  /** Spots are worked out for the group size rounded up to a multiple of this, so a growing group rarely misses. */
  countStep: number;
  /** Entries kept at most (the least recently used goes first). */
  maxEntries: number;
  /** An entry is not trusted after this long, whatever else. */
  maxAgeMs: number;
  /**
   * A walking guide would miss the cache on every request: an entry younger than this still serves while the guide
   * is within `walkM` and has turned less than `walkTurnRad`, so a place is worked out at most a few times a second.
   */
  refreshMs: number;
  walkM: number;
  walkTurnRad: number;
}

/**
 * 30 cm and 10°: spots 1.1 m apart, 2.5 m out, shift by less than a third of a step; nobody sees the difference.
 * A walking guide (1.4 m/s) gets spots at most 250 ms old: about 35 cm behind, the same as standing still.
 */
export const DEFAULT_GATHER_CACHE: GatherCacheLimits = {
  moveM: 0.3,
  turnRad: 10 * DEG,
  countStep: 16,
  maxEntries: 64,
  maxAgeMs: 60_000,
  refreshMs: 250,
  walkM: 1,
  walkTurnRad: 30 * DEG,
};

interface Entry {
  req: GatherRequest;
  spots: GatherSpot[];
  at: number;
}

export interface GatherCache {
  /**
   * The first `req.count` spots gatherGroup gives for `req` (or for a request within the limits of it). `place` names
   * what the spots are for (e.g. tour, scene and purpose): only requests of the same place share an entry.
   */
  spots(place: string, req: GatherRequest, now: number): GatherSpot[];
  /** Entries of places starting with `prefix` are dropped (a tour ended). */
  forget(prefix: string): void;
  readonly size: number;
}

const near = (a: Point, b: Point, m: number) => Math.hypot(a.x - b.x, a.z - b.z) <= m;
const turn = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/** gatherGroup is greedy in a fixed candidate order, so the spots for n people are the first n of the spots for more. */
function serves(e: Entry, req: GatherRequest, now: number, l: GatherCacheLimits): boolean {
  const enough = req.count <= e.req.count || e.spots.length < e.req.count; // or it ran out of room: more gives no more
  if (!enough || now < e.at || now - e.at > l.maxAgeMs || e.req.world !== req.world) return false;
  const fresh = now - e.at < l.refreshMs;
  const [m, rad] = fresh ? [l.walkM, l.walkTurnRad] : [l.moveM, l.turnRad];
  return (
    near(e.req.guide, req.guide, m) &&
    near(e.req.faceTowards, req.faceTowards, m) &&
    turn(e.req.opensTowards, req.opensTowards) <= rad
  );
}

export function createGatherCache(
  limits: GatherCacheLimits = DEFAULT_GATHER_CACHE,
  counter?: CheckCounter & { computed?: number },
): GatherCache {
  const entries = new Map<string, Entry>();
  return {
    spots(place, req, now) {
      const hit = entries.get(place);
      entries.delete(place);
      if (hit && serves(hit, req, now, limits)) {
        entries.set(place, hit);
        return hit.spots.slice(0, Math.max(0, req.count));
      }
      const count = Math.ceil(Math.max(1, req.count) / limits.countStep) * limits.countStep;
      // Copies of the points: the caller's objects may change after this call.
      const kept = {
        ...req,
        guide: { x: req.guide.x, z: req.guide.z },
        faceTowards: { x: req.faceTowards.x, z: req.faceTowards.z },
        count,
      };
      const fresh: Entry = { req: kept, spots: gatherGroup(kept, counter), at: now };
      if (counter) counter.computed = (counter.computed ?? 0) + 1;
      entries.set(place, fresh);
      while (entries.size > limits.maxEntries) entries.delete(entries.keys().next().value!);
      return fresh.spots.slice(0, Math.max(0, req.count));
    },
    forget(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
