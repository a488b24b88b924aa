// What a tour draws: the stop's beacon (in its own scene only), the path to it, the spotlight's outline and ray.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import type { TourStop } from "../../../common/tour";
import { markStateOf } from "../../../client/state/markState";
import { miniScene } from "../../fixtures/miniScene";

const scene = parseScene("mini.json", miniScene());
const stop = {
  id: "s",
  sceneId: "mini",
  place: { x: 15, z: 40 },
  headingDeg: -90,
  target: { kind: "landmark", id: "customs-house" },
} as TourStop;

describe("tour marks", () => {
  it("puts the beacon at the stop and a path from the member to it", () => {
    const m = markStateOf({ scene, hall: null, stop, me: { x: 15, z: 0 }, spotlight: null, guide: null });
    expect(m).toEqual({ beacon: { x: 15, z: 40 }, from: { x: 15, z: 0 }, outline: null, ray: null });
  });
  it("draws no path once the member is at the stop, and nothing for a stop in another scene", () => {
    expect(
      markStateOf({ scene, hall: null, stop, me: { x: 16, z: 41 }, spotlight: null, guide: null }).from,
    ).toBeNull();
    expect(
      markStateOf({
        scene,
        hall: null,
        stop: { ...stop, sceneId: "hall" },
        me: { x: 15, z: 0 },
        spotlight: null,
        guide: null,
      }).beacon,
    ).toBeNull();
  });
  it("outlines a spotlit landmark round its footprint and aims the guide's ray at it", () => {
    const m = markStateOf({
      scene,
      hall: null,
      stop,
      me: { x: 15, z: 0 },
      spotlight: { kind: "landmark", id: "customs-house" },
      guide: { x: 15, y: 1.6, z: 40 },
    });
    expect(m.outline).toMatchObject({ x: -20, z: 50 });
    expect(m.outline!.width).toBeGreaterThan(40);
    expect(m.outline!.top).toBeGreaterThan(32);
    expect(m.ray!.to).toMatchObject({ x: -20, z: 50 });
    expect(m.ray!.from.y).toBeLessThan(1.6);
  });
  it("shows no ray without the guide in view, and no outline for an unknown target", () => {
    expect(
      markStateOf({
        scene,
        hall: null,
        stop,
        me: { x: 15, z: 0 },
        spotlight: { kind: "landmark", id: "customs-house" },
        guide: null,
      }).ray,
    ).toBeNull();
    expect(
      markStateOf({
        scene,
        hall: null,
        stop,
        me: { x: 15, z: 0 },
        spotlight: { kind: "exhibit", id: "cer-0001" },
        guide: { x: 0, y: 1.6, z: 0 },
      }),
    ).toMatchObject({ outline: null, ray: null });
  });
});
