// Gather placement: a half circle facing the guide, never in a building, a wall, a display or the water, never
// behind a wall as seen from the guide, and members apart from each other.
import { describe, expect, it } from "vitest";
import { isWalkable } from "../../../common/walkable";
import {
  clearLine,
  FIRST_ROW_M,
  gatherGroup,
  NEIGHBOUR_M,
  openingFor,
  type GatherSpot,
} from "../../../server/logic/gatherGroup";
import { STAND_RADIUS } from "../../../server/logic/tourPlanCheck";
import { miniContent } from "../../fixtures/tourContent";

const content = miniContent();
const outdoor = content.scenes.get("mini")!.world;
const hall = content.scenes.get("mini-hall")!.world;

function expectSound(world: typeof outdoor, guide: { x: number; z: number }, spots: GatherSpot[]) {
  for (const s of spots) {
    expect(isWalkable(world, s.x, s.z, STAND_RADIUS), `(${s.x.toFixed(2)}, ${s.z.toFixed(2)}) is walkable`).toBe(true);
    expect(clearLine(world, guide, s), `(${s.x.toFixed(2)}, ${s.z.toFixed(2)}) is in sight of the guide`).toBe(true);
  }
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++)
      expect(Math.hypot(spots[i].x - spots[j].x, spots[i].z - spots[j].z)).toBeGreaterThanOrEqual(NEIGHBOUR_M * 0.9);
  }
}

describe("gatherGroup", () => {
  it("a small group stands in a half circle in front of the guide, facing the guide", () => {
    const guide = { x: 40, z: 120 };
    const spots = gatherGroup({ world: outdoor, guide, opensTowards: 0, faceTowards: guide, count: 5 });
    expect(spots).toHaveLength(5);
    expectSound(outdoor, guide, spots);
    for (const s of spots) {
      expect(Math.hypot(s.x - guide.x, s.z - guide.z)).toBeCloseTo(FIRST_ROW_M, 5);
      expect(s.z).toBeGreaterThanOrEqual(guide.z - 1e-9); // the north half
      // Facing the guide: the heading points from the spot to the guide.
      expect(Math.atan2(guide.x - s.x, guide.z - s.z)).toBeCloseTo(s.yaw, 6);
    }
    expect(spots[0].x).toBeCloseTo(guide.x); // the first straight ahead
  });

  it("faces the stop's target when asked", () => {
    const guide = { x: 40, z: 120 };
    const target = { x: 45, z: 90 };
    const spots = gatherGroup({
      world: outdoor,
      guide,
      opensTowards: openingFor(guide, 0, target),
      faceTowards: target,
      count: 3,
    });
    for (const s of spots) expect(Math.atan2(target.x - s.x, target.z - s.z)).toBeCloseTo(s.yaw, 6);
    // The group opens away from the target: it sees the guide with the target behind.
    for (const s of spots) expect(s.z).toBeGreaterThan(guide.z);
  });

  it("a guide with their back to a building: nobody is placed inside it", () => {
    const guide = { x: 1.5, z: 50 }; // the customs house's east face is at x = 0
    const spots = gatherGroup({ world: outdoor, guide, opensTowards: -Math.PI / 2, faceTowards: guide, count: 20 });
    expect(spots).toHaveLength(20);
    expectSound(outdoor, guide, spots);
  });

  it("on the river's edge: nobody is placed in the water", () => {
    const guide = { x: 54, z: 20 };
    const spots = gatherGroup({ world: outdoor, guide, opensTowards: Math.PI / 2, faceTowards: guide, count: 25 });
    expect(spots).toHaveLength(25);
    expectSound(outdoor, guide, spots);
    for (const s of spots) expect(s.x).toBeLessThan(56 - STAND_RADIUS);
  });

  it("before the old city wall, opening towards it: nobody ends up inside or behind the wall", () => {
    const guide = { x: 20, z: 196.5 }; // the wall's south face is at z = 198
    const spots = gatherGroup({ world: outdoor, guide, opensTowards: 0, faceTowards: guide, count: 30 });
    expect(spots).toHaveLength(30);
    expectSound(outdoor, guide, spots);
    for (const s of spots) expect(s.z < 198 || s.x > 30 || (s.x > 8 && s.x < 12)).toBe(true);
  });

  it("in a gallery corner by the north wall and a case: inside the hall, out of walls and displays", () => {
    const guide = { x: 2, z: 16.5 };
    const spots = gatherGroup({ world: hall, guide, opensTowards: 0, faceTowards: guide, count: 40 });
    expect(spots).toHaveLength(40);
    expectSound(hall, guide, spots);
    for (const s of spots) expect(s.z).toBeLessThan(18);
  });

  it("holds for many guides, openings and group sizes", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      const [world, box] =
        i % 2 ? [hall, { x0: -19, x1: 19, z0: -19, z1: 19 }] : [outdoor, { x0: -50, x1: 60, z0: -90, z1: 250 }];
      const guide = { x: box.x0 + rand() * (box.x1 - box.x0), z: box.z0 + rand() * (box.z1 - box.z0) };
      if (!isWalkable(world, guide.x, guide.z, STAND_RADIUS)) continue;
      const spots = gatherGroup({
        world,
        guide,
        opensTowards: rand() * 2 * Math.PI,
        faceTowards: guide,
        count: 1 + Math.floor(rand() * 40),
      });
      expectSound(world, guide, spots);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("nobody to gather, nobody placed", () => {
    expect(
      gatherGroup({ world: outdoor, guide: { x: 40, z: 0 }, opensTowards: 0, faceTowards: { x: 40, z: 0 }, count: 0 }),
    ).toEqual([]);
  });

  it("opens the way the guide faces when the target is where the guide stands", () => {
    expect(openingFor({ x: 0, z: 0 }, 1.2, { x: 0.1, z: 0 })).toBe(1.2);
    expect(openingFor({ x: 0, z: 0 }, 1.2, null)).toBe(1.2);
    expect(openingFor({ x: 0, z: 0 }, 0, { x: 0, z: 10 })).toBeCloseTo(Math.PI); // away from a target to the north
  });
});
