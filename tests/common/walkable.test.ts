// Collisions: visitors slide along façades, never enter a building or the river, and can cross a bridge deck.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../common/scene";
import {
  buildWalkableWorld,
  isWalkable,
  landmarkAt,
  moveWithin,
  obstacleAt,
  distanceToRect,
  obstaclesOf,
} from "../../common/walkable";
import { miniScene, landmark } from "../fixtures/miniScene";
import { LandmarkSchema } from "../../common/landmark";

const scene = parseScene("mini.json", miniScene());
const world = buildWalkableWorld(scene);
const R = 0.35;

describe("walkable world", () => {
  it("the street and promenade are walkable", () => {
    expect(isWalkable(world, 15, 0, R)).toBe(true);
    expect(isWalkable(world, 45, 200, R)).toBe(true);
  });
  it("a building's footprint is not", () => {
    // Customs House: centre (-20, 50), 40 × 40, facing east: x -40..0, z 30..70.
    expect(isWalkable(world, -20, 50, R)).toBe(false);
    expect(isWalkable(world, -0.1, 50, R)).toBe(false);
    expect(isWalkable(world, 0.5, 50, R)).toBe(true);
    expect(landmarkAt(world, -5, 35)).toBe("customs-house");
  });
  it("the river is not, nor its very edge", () => {
    expect(isWalkable(world, 100, 0, R)).toBe(false);
    expect(isWalkable(world, 55.8, 0, R)).toBe(false);
    expect(isWalkable(world, 55, 0, R)).toBe(true);
  });
  it("a walkway over the water is", () => {
    expect(isWalkable(world, 100, 105, R)).toBe(true);
  });
  it("names what stands where a visitor cannot: a building, the river, the scene's edge; nothing on open ground", () => {
    expect(obstacleAt(world, 15, 0, R)).toBeNull();
    expect(obstacleAt(world, -0.1, 50, R)).toEqual({ kind: "solid", id: "customs-house" });
    expect(obstacleAt(world, 100, 0, R)).toEqual({ kind: "water" });
    expect(obstacleAt(world, 15, 299.9, R)).toEqual({ kind: "edge" });
    expect(obstacleAt(world, NaN, 0, R)).toEqual({ kind: "edge" });
  });
  it("the bounds hold, and NaN is nowhere", () => {
    expect(isWalkable(world, 15, 299.9, R)).toBe(false);
    expect(isWalkable(world, Number.NaN, 0, R)).toBe(false);
  });
  it("rotated footprints are respected", () => {
    const l = LandmarkSchema.parse(landmark({ facingDeg: 45, position: { x: 0, z: 0 } }));
    const [r] = obstaclesOf(l);
    // Corner of a 40 m square turned 45°: the point (0, 28) lies inside (half-diagonal 28.28).
    expect(distanceToRect(r, 0, 28)).toBe(0);
    expect(distanceToRect(r, 20, 20)).toBeGreaterThan(0);
  });
  it("a wall leaves its gate open", () => {
    const wall = LandmarkSchema.parse(
      landmark({
        id: "wall",
        position: { x: 0, z: 0 },
        facingDeg: 0,
        shape: { kind: "wall", length: 100, height: 8, thickness: 10, gate: { width: 6, height: 5, towerHeight: 16 } },
      }),
    );
    const rects = obstaclesOf(wall);
    expect(rects).toHaveLength(2);
    expect(rects.every((r) => distanceToRect(r, 0, 0) > 2)).toBe(true);
    expect(rects.some((r) => distanceToRect(r, 20, 0) === 0)).toBe(true);
  });
});

describe("moving", () => {
  it("walking into a façade stops at it and slides along it", () => {
    const to = moveWithin(world, { x: 5, z: 40 }, { x: -10, z: 45 }, R);
    expect(to.x).toBeGreaterThanOrEqual(R - 0.01);
    expect(to.x).toBeLessThan(0.6);
    expect(to.z).toBeGreaterThan(40); // slid north along the front
  });
  it("walking into the river stops at the quay", () => {
    const to = moveWithin(world, { x: 50, z: 0 }, { x: 80, z: 0 }, R);
    expect(to.x).toBeLessThanOrEqual(56 - R + 0.01);
    expect(to.x).toBeGreaterThan(55);
  });
  it("a visitor can cross onto the walkway", () => {
    const to = moveWithin(world, { x: 50, z: 105 }, { x: 110, z: 105 }, R);
    expect(to.x).toBeCloseTo(110, 5);
  });
  it("a visitor stuck inside something may walk out", () => {
    const to = moveWithin(world, { x: -20, z: 50 }, { x: -20, z: 52 }, R);
    expect(to.z).toBe(52);
  });
});
