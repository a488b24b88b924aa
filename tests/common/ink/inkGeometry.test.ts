// The judge's geometry: resampling, the Fréchet distance, fits, and the kinds of stroke read off the medians.
import { describe, expect, it } from "vitest";
import { characterModel } from "../../../common/ink/characterJudge";
import { fitPlacement, frechet, pathLength, place, resample } from "../../../common/ink/inkGeometry";
import { strokeKind } from "../../../common/ink/strokeKinds";
import { characterData } from "../../../tools/ink/inkFixtureFile";

const line = (n: number, y = 0) => Array.from({ length: n }, (_, i) => ({ x: i, y }));

describe("ink geometry", () => {
  it("resamples evenly by arc length, carrying time and pressure along", () => {
    const pts = resample(
      [
        { x: 0, y: 0, t: 0, pressure: 0 },
        { x: 10, y: 0, t: 100, pressure: 1 },
      ],
      11,
    );
    expect(pts.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pts[5].t).toBeCloseTo(50);
    expect(pts[5].pressure).toBeCloseTo(0.5);
    expect(pathLength(pts)).toBeCloseTo(10);
  });

  it("measures the Fréchet distance: 0 for one curve, the gap for parallel ones, the far end for a reversed one", () => {
    expect(frechet(line(5), line(5))).toBe(0);
    expect(frechet(line(5), line(5, 3))).toBe(3);
    expect(frechet(line(5), line(5).reverse())).toBe(4);
  });

  it("fits scale and offset, keeping the scale within its bounds", () => {
    const model = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 30, y: 200 },
    ];
    const user = model.map((p) => ({ x: p.x / 2 + 40, y: p.y / 2 - 10 }));
    const f = fitPlacement(user, model, true, 0.3, 3);
    expect(f.scale).toBeCloseTo(2);
    expect(place(user[1], f).x).toBeCloseTo(100);
    expect(fitPlacement(user, model, true).scale).toBe(1.4);
  });

  it("reads 永's five strokes as the dot, a hooked 横折钩, the 横撇, a 撇 and the 捺", () => {
    expect(characterModel(characterData("永")).kinds).toEqual([
      "dot",
      "hook",
      "turning",
      "leftFalling",
      "rightFalling",
    ]);
    expect(strokeKind(line(300).map((p) => ({ x: p.x * 2, y: 500 })))).toBe("horizontal");
  });
});
