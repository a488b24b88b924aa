// VR comfort math in Node: stick dead zones, stick walking with desktop collisions, smooth turning, the vignette.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { buildWalkableWorld, isWalkable } from "../../../common/walkable";
import {
  APERTURE_CLOSED_DEG,
  APERTURE_OPEN_DEG,
  approachVignette,
  deadzone,
  SMOOTH_WALK_SPEED,
  smoothTurnStep,
  stickWalk,
  vignetteApertureDeg,
  vignetteTarget,
} from "../../../client/xr/comfort";
import { miniScene } from "../../fixtures/miniScene";

const world = buildWalkableWorld(parseScene("mini.json", miniScene()));
const FORWARD = { x: 0, y: -1 }; // xr-standard: pushing the stick away is -y

function walk(from: { x: number; z: number }, stick: { x: number; y: number }, yaw: number, seconds: number) {
  let p = from;
  for (let t = 0; t < seconds; t += 1 / 72) p = stickWalk(world, p, stick, yaw, 1 / 72, 0.35);
  return p;
}

describe("thumbstick dead zone", () => {
  it("ignores drift and starts from zero just past the zone", () => {
    expect(deadzone(0.1)).toBe(0);
    expect(deadzone(-0.15)).toBe(0);
    expect(deadzone(0.16)).toBeGreaterThan(0);
    expect(deadzone(0.16)).toBeLessThan(0.02);
    expect(deadzone(1)).toBe(1);
    expect(deadzone(-1)).toBe(-1);
    expect(deadzone(Number.NaN)).toBe(0);
  });
});

describe("stick walking", () => {
  it("stick forward walks along the head's heading at walking speed", () => {
    const north = walk({ x: 15, z: 0 }, FORWARD, 0, 1);
    expect(north.z).toBeCloseTo(SMOOTH_WALK_SPEED, 1);
    expect(north.x).toBeCloseTo(15, 5);
    const east = walk({ x: 15, z: 0 }, FORWARD, Math.PI / 2, 1);
    expect(east.x).toBeCloseTo(15 + SMOOTH_WALK_SPEED, 1);
  });
  it("stick right strafes to the right of the heading; diagonals are not faster", () => {
    const right = walk({ x: 15, z: 0 }, { x: 1, y: 0 }, 0, 1);
    expect(right.x).toBeCloseTo(15 + SMOOTH_WALK_SPEED, 1);
    const diagonal = walk({ x: 15, z: 0 }, { x: 1, y: -1 }, 0, 1);
    expect(Math.hypot(diagonal.x - 15, diagonal.z)).toBeCloseTo(SMOOTH_WALK_SPEED, 1);
  });
  it("a resting stick does not move the visitor", () => {
    expect(walk({ x: 15, z: 0 }, { x: 0.1, y: -0.1 }, 0, 5)).toEqual({ x: 15, z: 0 });
  });
  it("never walks into a building, and slides along its façade", () => {
    // Heading west-north-west at the building whose front is at x = 0.
    const p = walk({ x: 5, z: 45 }, FORWARD, (-80 * Math.PI) / 180, 10);
    expect(p.x).toBeGreaterThan(0.3);
    expect(p.z).toBeGreaterThan(46); // slid north along the front instead of sticking
    expect(isWalkable(world, p.x, p.z, 0.35)).toBe(true);
  });
  it("never walks into the river", () => {
    const p = walk({ x: 40, z: 0 }, FORWARD, Math.PI / 2, 20);
    expect(p.x).toBeLessThan(56);
    expect(isWalkable(world, p.x, p.z, 0.35)).toBe(true);
  });
});

describe("smooth turning", () => {
  it("turns at the set rate, right for the stick pushed right", () => {
    let yaw = 0;
    for (let i = 0; i < 72; i++) yaw += smoothTurnStep(1, 90, 1 / 72);
    expect(yaw).toBeCloseTo(Math.PI / 2, 5);
    expect(smoothTurnStep(-1, 90, 0.5)).toBeCloseTo(-Math.PI / 4, 5);
    expect(smoothTurnStep(0.1, 90, 0.5)).toBe(0);
  });
});

describe("comfort vignette", () => {
  it("is off at rest and grows with speed and turn rate, up to full", () => {
    expect(vignetteTarget(0, 0)).toBe(0);
    expect(vignetteTarget(0.5, 0)).toBeGreaterThan(0);
    expect(vignetteTarget(0.5, 0)).toBeLessThan(vignetteTarget(1, 0));
    expect(vignetteTarget(SMOOTH_WALK_SPEED, 0)).toBe(1);
    expect(vignetteTarget(0, Math.PI / 2)).toBe(1);
    expect(vignetteTarget(0, -Math.PI / 2)).toBe(1);
  });
  it("closes within a few frames of moving and opens fully (to exactly 0) soon after stopping", () => {
    let v = 0;
    for (let i = 0; i < 10; i++) v = approachVignette(v, 1, 1 / 72);
    expect(v).toBeGreaterThan(0.9);
    let frames = 0;
    while (v > 0 && frames < 1000) {
      v = approachVignette(v, 0, 1 / 72);
      frames++;
    }
    expect(v).toBe(0);
    expect(frames).toBeLessThan(72); // under a second
  });
  it("narrows its clear window as it strengthens", () => {
    expect(vignetteApertureDeg(0)).toBe(APERTURE_OPEN_DEG);
    expect(vignetteApertureDeg(1)).toBe(APERTURE_CLOSED_DEG);
    expect(vignetteApertureDeg(0.5)).toBeLessThan(APERTURE_OPEN_DEG);
    expect(vignetteApertureDeg(0.5)).toBeGreaterThan(APERTURE_CLOSED_DEG);
  });
});
