// The free-spot search: gather spots cached (the same answers as gatherGroup, worked out again only when the guide
// moves or turns, the target moves or the group outgrows them) and free spots found with work linear in the group.
import { describe, expect, it } from "vitest";
import { createGatherCache, DEFAULT_GATHER_CACHE } from "../../../server/logic/gatherCache";
import { gatherGroup, NEIGHBOUR_M, type GatherRequest } from "../../../server/logic/gatherGroup";
import { firstFreeSpot, type CheckCounter } from "../../../server/logic/spotOccupancy";
import { miniContent } from "../../fixtures/tourContent";

const outdoor = miniContent().scenes.get("mini")!.world;
const guide = { x: 40, z: 120 };
const req = (over: Partial<GatherRequest> = {}): GatherRequest => ({
  world: outdoor,
  guide,
  opensTowards: 0,
  faceTowards: guide,
  count: 10,
  ...over,
});

describe("gather cache", () => {
  it("gives exactly gatherGroup's spots, for any group size up to what it holds", () => {
    const cache = createGatherCache();
    for (const count of [1, 5, 16, 17, 40, 90, 3])
      expect(cache.spots("T|mini|guide", req({ count }), 0)).toEqual(gatherGroup(req({ count })));
  });

  it("90 requests round a guide standing still compute the spots once", () => {
    const counter: CheckCounter & { computed?: number } = { checks: 0 };
    const cache = createGatherCache(DEFAULT_GATHER_CACHE, counter);
    for (let i = 0; i < 90; i++)
      cache.spots("T|mini|guide", req({ count: 89, guide: { x: 40 + (i % 3) * 0.05, z: 120 } }), i * 10);
    expect(counter.computed).toBe(1);
  });

  it("works them out again when the guide moves or turns noticeably, the target moves, the group outgrows them, or time passes", () => {
    const counter: CheckCounter & { computed?: number } = { checks: 0 };
    const cache = createGatherCache(DEFAULT_GATHER_CACHE, counter);
    const place = "T|mini|guide";
    // A second apart: past the short spell in which a walking guide's spots still serve.
    const at = (s: number) => s * 1000;
    cache.spots(place, req(), at(0));
    cache.spots(place, req({ guide: { x: 40.2, z: 120 } }), at(1));
    expect(counter.computed).toBe(1);
    const moved = cache.spots(place, req({ guide: { x: 41, z: 120 } }), at(2));
    expect(counter.computed).toBe(2);
    expect(moved).toEqual(gatherGroup(req({ guide: { x: 41, z: 120 } })));
    cache.spots(place, req({ guide: { x: 41, z: 120 }, opensTowards: 0.5 }), at(3));
    expect(counter.computed).toBe(3);
    cache.spots(place, req({ guide: { x: 41, z: 120 }, opensTowards: 0.5, faceTowards: { x: 45, z: 90 } }), at(4));
    expect(counter.computed).toBe(4);
    cache.spots(
      place,
      req({ guide: { x: 41, z: 120 }, opensTowards: 0.5, faceTowards: { x: 45, z: 90 }, count: 40 }),
      at(5),
    );
    expect(counter.computed).toBe(5);
    cache.spots(
      place,
      req({ guide: { x: 41, z: 120 }, opensTowards: 0.5, faceTowards: { x: 45, z: 90 }, count: 40 }),
      at(5) + DEFAULT_GATHER_CACHE.maxAgeMs + 1,
    );
    expect(counter.computed).toBe(6);
  });

  it("a walking guide: the spots are worked out a few times a second at most, never for a guide more than a metre away", () => {
    const counter: CheckCounter & { computed?: number } = { checks: 0 };
    const cache = createGatherCache(DEFAULT_GATHER_CACHE, counter);
    const served: { at: number; spots: ReturnType<typeof gatherGroup> }[] = [];
    // 45 requests a second (90 members at their cooldown) for 10 s, the guide walking north at 1.4 m/s.
    for (let t = 0; t < 10_000; t += 22) {
      const g = { x: 40, z: 100 + (1.4 * t) / 1000 };
      const spots = cache.spots("T|mini|guide", req({ guide: g, count: 5 }), t);
      served.push({ at: g.z, spots });
    }
    expect(counter.computed).toBeLessThanOrEqual(10 * (1000 / DEFAULT_GATHER_CACHE.refreshMs) + 1);
    // The first spot stands 2.5 m in front of the guide the spots were made for: never more than walkM off.
    for (const s of served)
      expect(Math.abs(s.spots[0].z - 2.5 - s.at)).toBeLessThanOrEqual(DEFAULT_GATHER_CACHE.walkM + 1e-9);
  });

  it("places do not share entries, and their number is bounded", () => {
    const counter: CheckCounter & { computed?: number } = { checks: 0 };
    const cache = createGatherCache({ ...DEFAULT_GATHER_CACHE, maxEntries: 4 }, counter);
    for (let i = 0; i < 10; i++) cache.spots(`T${i}|mini|guide`, req({ count: 2 }), 0);
    expect(counter.computed).toBe(10);
    expect(cache.size).toBe(4);
    cache.forget("T9|");
    expect(cache.size).toBe(3);
  });

  it("a guide boxed in: fewer spots than asked, and asking for more does not recompute", () => {
    const counter: CheckCounter & { computed?: number } = { checks: 0 };
    const cache = createGatherCache(DEFAULT_GATHER_CACHE, counter);
    const all = cache.spots("T|mini|guide", req({ count: 5000 }), 0);
    expect(all.length).toBeLessThan(5000);
    expect(cache.spots("T|mini|guide", req({ count: 6000 }), 1)).toEqual(all);
    expect(counter.computed).toBe(1);
  });
});

describe("free spot search", () => {
  const gap = NEIGHBOUR_M * 0.9;
  /** n members standing on the first n spots of the gather, and a latecomer asking for a free one. */
  function crowd(n: number) {
    const spots = gatherGroup(req({ count: n + 1 }));
    const counter: CheckCounter = { checks: 0 };
    const free = firstFreeSpot(spots, spots.slice(0, n), gap, counter);
    return { spots, free, checks: counter.checks };
  }

  it("finds the same spot as checking every spot against every member", () => {
    for (const n of [0, 1, 7, 30, 90]) {
      const { spots, free } = crowd(n);
      expect(free).toEqual(spots[n]);
    }
    // Members standing anywhere (not on spots): the same answer as all-pairs.
    const spots = gatherGroup(req({ count: 60 }));
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 50; trial++) {
      const others = Array.from({ length: 60 }, () => ({ x: 30 + rnd() * 20, z: 115 + rnd() * 20 }));
      const naive = spots.find((s) => others.every((o) => Math.hypot(o.x - s.x, o.z - s.z) >= gap));
      expect(firstFreeSpot(spots, others, gap)).toEqual(naive);
    }
  });

  it("does work linear in the group: distance checks grow with n, not n²", () => {
    const at = (n: number) => crowd(n).checks;
    const [c45, c90, c180] = [at(45), at(90), at(180)];
    // All-pairs does about n²/2 checks here (each spot against the members until the one standing on it): 4,000 at 90.
    expect(c90).toBeLessThanOrEqual(10 * 90);
    expect(c180).toBeLessThanOrEqual(10 * 180);
    expect(c180 / c90).toBeLessThan(2.6);
    expect(c90 / c45).toBeLessThan(2.6);
  });

  it("everyone crowding one point still costs linear work", () => {
    const spots = gatherGroup(req({ count: 91 }));
    for (const n of [90, 900]) {
      const counter: CheckCounter = { checks: 0 };
      const free = firstFreeSpot(
        spots,
        Array.from({ length: n }, () => ({ x: guide.x + 0.3, z: guide.z + 1.9 })),
        gap,
        counter,
      );
      expect(free).toBeDefined();
      expect(counter.checks).toBeLessThanOrEqual(20 * n);
    }
  });
});
