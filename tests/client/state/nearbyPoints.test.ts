// The points of interest around a visitor, as a list for those who cannot look around: nearest first, a clock
// direction from the heading, and a spot in front of each where a visitor can stand, facing it.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { buildWalkableWorld, isWalkable } from "../../../common/walkable";
import { nearbyPoints, spotBefore, type PointOfInterest } from "../../../client/state/nearbyPoints";
import { BODY_RADIUS, createPlayer } from "../../../client/state/player";
import { miniScene } from "../../fixtures/miniScene";

const world = buildWalkableWorld(parseScene("mini.json", miniScene()));
const point = (id: string, x: number, z: number, facing = 0, standOff = 1): PointOfInterest => ({
  kind: "landmark",
  id,
  name: { en: id, zh: id },
  x,
  z,
  facing,
  standOff,
});

describe("points of interest nearby", () => {
  it("come nearest first, with a clock direction from the heading", () => {
    const facingNorth = createPlayer(15, 0, 0);
    const list = nearbyPoints(facingNorth, [
      point("behind", 15, -30),
      point("ahead", 15, 10),
      point("right", 35, 0),
      point("left", -5, 0),
    ]);
    expect(list.map((p) => [p.id, Math.round(p.distance), p.clock])).toEqual([
      ["ahead", 10, 12],
      ["right", 20, 3],
      ["left", 20, 9],
      ["behind", 30, 6],
    ]);
    // Facing east, what is north is at 9 o'clock.
    expect(nearbyPoints(createPlayer(15, 0, Math.PI / 2), [point("north", 15, 10)])[0].clock).toBe(9);
    expect(nearbyPoints(facingNorth, [point("a", 1, 1), point("b", 2, 2)], 1)).toHaveLength(1);
  });

  it("have a spot in front where a visitor can stand, facing them", () => {
    // The Customs House of the small scene: x -40..0, z 30..70, its front to the east.
    const customs = point("customs-house", -20, 50, Math.PI / 2, 20);
    const spot = spotBefore(customs, world)!;
    expect(isWalkable(world, spot.x, spot.z, BODY_RADIUS)).toBe(true);
    expect(spot.x).toBeGreaterThan(0);
    expect(spot.x).toBeLessThan(1.5);
    expect(spot.z).toBeCloseTo(50);
    expect(Math.cos(spot.yaw - -Math.PI / 2)).toBeCloseTo(1); // facing west, at the façade
    // Facing into the river: the search turns to open ground.
    const wharf = point("wharf", 60, 0, Math.PI / 2, 1);
    const round = spotBefore(wharf, world)!;
    expect(isWalkable(world, round.x, round.z, BODY_RADIUS)).toBe(true);
  });
});
