// Performance stops in tour plans: watched in a theatre, facing its stage (built with the theatre, not listed in its
// scene); the sample plan passes; a performance anywhere else is refused naming the stop's field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TourPlanSchema } from "../../../common/tour";
import { loadScenes } from "../../../server/content/loadScenes";
import { tourContent } from "../../../server/content/tourContent";
import { planProblems } from "../../../server/logic/tourPlanCheck";

const root = path.resolve(import.meta.dirname, "../../..");
const content = tourContent(loadScenes(path.join(root, "scenes")));
const plan = () =>
  TourPlanSchema.parse(JSON.parse(readFileSync(path.join(root, "assets/tours/kunqu-garden.json"), "utf8")));

describe("performance stops", () => {
  it("pass in the theatre, facing its stage", () => {
    expect(planProblems(plan(), content)).toEqual([]);
  });

  it("are refused outside a theatre, naming the field", () => {
    const p = plan();
    p.stops[0] = {
      ...p.stops[0],
      sceneId: "calligraphy-studio",
      place: { x: 0, z: 0 },
      target: { kind: "landmark", id: "writing-desk" },
    };
    expect(planProblems(p, content)).toEqual([
      {
        path: "stops[0].performance",
        message: expect.stringMatching(/watched in a theatre: scene "calligraphy-studio" has no stage/),
      },
    ]);
  });
});
