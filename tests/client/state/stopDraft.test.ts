// "Add this spot as a stop": the sight meant, a fresh stop id, and a stop the plan format accepts.
import { describe, expect, it } from "vitest";
import { TourStopSchema } from "../../../common/tour";
import { chooseSight, draftStop, freshStopId, NEARBY_M, type SightNearby } from "../../../client/state/stopDraft";

const sight = (id: string, x: number, z: number, kind: "landmark" | "exhibit" = "landmark"): SightNearby => ({
  target: { kind, id },
  title: { en: `The ${id}`, zh: `${id}大楼` },
  about: { en: `All about the ${id}.`, zh: `关于${id}。` },
  x,
  z,
});
const sights = [sight("customs-house", 0, 0), sight("hsbc-building", 0, 80), sight("cer-0001", 5, 5, "exhibit")];

describe("stop draft", () => {
  it("takes the sight the guide looks at, wherever it is", () => {
    expect(chooseSight(sights, { x: 0, z: 0 }, { kind: "landmark", id: "hsbc-building" })?.target.id).toBe(
      "hsbc-building",
    );
  });
  it("otherwise the nearest sight within reach, and none beyond it", () => {
    expect(chooseSight(sights, { x: 1, z: 70 }, null)?.target.id).toBe("hsbc-building");
    expect(chooseSight(sights, { x: 4, z: 4 }, null)?.target.id).toBe("cer-0001");
    expect(chooseSight(sights, { x: 0, z: -NEARBY_M - 1 }, null)).toBeNull();
    // A look at something that is not a sight of this scene counts for nothing.
    expect(chooseSight(sights, { x: 0, z: -1 }, { kind: "exhibit", id: "elsewhere" })?.target.id).toBe("customs-house");
  });
  it("gives a stop id not yet in the plan", () => {
    expect(freshStopId("customs-house", [])).toBe("customs-house");
    expect(freshStopId("customs-house", ["customs-house", "customs-house-2"])).toBe("customs-house-3");
  });
  it("drafts a stop where the guide stands, facing their way, that the plan format accepts", () => {
    const stop = draftStop({
      sceneId: "bund",
      x: 33.456,
      z: 296.004,
      yaw: (-100 * Math.PI) / 180 - 2 * Math.PI,
      sight: sights[1],
      takenIds: ["hsbc-building"],
    });
    expect(stop).toMatchObject({
      id: "hsbc-building-2",
      sceneId: "bund",
      place: { x: 33.46, z: 296 },
      headingDeg: -100,
      target: { kind: "landmark", id: "hsbc-building" },
      title: { en: "The hsbc-building" },
    });
    expect(TourStopSchema.safeParse(stop).success).toBe(true);
    const east = draftStop({ sceneId: "bund", x: 0, z: 0, yaw: (270 * Math.PI) / 180, sight: sights[0], takenIds: [] });
    expect(east.headingDeg).toBe(-90);
  });
  it("clips long words to what the format allows", () => {
    const wordy = {
      ...sights[0],
      title: { en: "x".repeat(500), zh: "字".repeat(500) },
      about: { en: "y".repeat(9000), zh: "字".repeat(9000) },
    };
    const stop = draftStop({ sceneId: "bund", x: 0, z: 0, yaw: 0, sight: wordy, takenIds: [] });
    expect(stop.title.en.length).toBe(120);
    expect(stop.narration.zh.length).toBe(4000);
    expect(TourStopSchema.safeParse(stop).success).toBe(true);
  });
});
