// The sky and baked light of the kit: the dome's colours, the sun's disc, shadows on the ground and the sky's light
// on the walls, as numbers (no engine).
import { describe, expect, it } from "vitest";
import type { Environment } from "../../../common/scene";
import { MeshBuffer } from "../../../client/render/kit/MeshBuffer";
import {
  bakeSkyOcclusion,
  convexHull,
  groundShadows,
  SKY_RADIUS,
  skyColour,
  skyDomeBuffer,
  towardsSun,
} from "../../../client/render/kit/skyLight";

const env: Environment = {
  skyZenith: "#6f93b8",
  skyHorizon: "#e3dccb",
  sun: { azimuthDeg: 220, elevationDeg: 40, intensity: 1.1, color: "#ffe6c2" },
  ambient: { intensity: 0.7, color: "#dfe3e6", groundColor: "#857a66" },
  fog: { color: "#d8d3c4", start: 350, end: 1800 },
};
const brightness = (c: readonly number[]) => c[0] + c[1] + c[2];

describe("the sky", () => {
  it("is bluer overhead than at the hazy horizon, and brightest towards the sun", () => {
    const zenith = skyColour(env, [0, 1, 0]);
    const horizon = skyColour(env, [1, 0, 0]);
    expect(zenith[2] - zenith[0]).toBeGreaterThan(horizon[2] - horizon[0]);
    const sun = towardsSun(env.sun);
    const away: [number, number, number] = [-sun[0], sun[1], -sun[2]];
    expect(brightness(skyColour(env, sun))).toBeGreaterThan(brightness(skyColour(env, away)) + 0.3);
  });

  it("is one buffer: the dome and the sun's disc where the sun stands", () => {
    const b = skyDomeBuffer(env);
    expect(b.triangleCount).toBe(24 * 48 * 2 + 16);
    const sun = towardsSun(env.sun);
    // The disc's centre is the vertex after the dome's (rings+1)×(segments+1).
    const c = 25 * 49;
    const at = [0, 1, 2].map((k) => b.positions[c * 3 + k] / (SKY_RADIUS * 0.98));
    at.forEach((v, k) => expect(v).toBeCloseTo(sun[k], 5));
    expect(brightness(b.colors.slice(c * 4, c * 4 + 3))).toBeGreaterThan(2.7);
  });
});

describe("baked light", () => {
  it("darkens a wall towards its foot, not the roof", () => {
    const b = new MeshBuffer();
    b.box(0, 0, 0, 10, 20, 10, [1, 1, 1]);
    bakeSkyOcclusion(b);
    const shade = (pred: (y: number, ny: number) => boolean) => {
      const out: number[] = [];
      for (let v = 0; v < b.vertexCount; v++)
        if (pred(b.positions[v * 3 + 1], b.normals[v * 3 + 1])) out.push(b.colors[v * 4]);
      return out;
    };
    expect(Math.max(...shade((y, ny) => y === 0 && ny === 0))).toBeCloseTo(0.62, 5);
    expect(Math.min(...shade((y, ny) => y === 20 && ny === 0))).toBe(1);
    expect(Math.min(...shade((_y, ny) => ny > 0.7))).toBe(1);
  });

  it("lays a building's shadow away from the sun, as long as its height asks", () => {
    const corners = [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
    ] as const;
    const b = groundShadows([{ corners, height: 30 }], env.sun);
    expect(b.vertexCount).toBe(6); // the hull of a square and its moved copy
    const sun = towardsSun(env.sun);
    const len = (30 * Math.hypot(sun[0], sun[2])) / sun[1];
    const xs = [];
    const zs = [];
    for (let v = 0; v < b.vertexCount; v++) {
      xs.push(b.positions[v * 3]);
      zs.push(b.positions[v * 3 + 2]);
      expect(b.positions[v * 3 + 1]).toBeCloseTo(0.03, 5);
    }
    // The sun stands in the south-west (220°): the shadow falls to the north-east.
    expect(Math.max(...xs)).toBeCloseTo(5 + (-sun[0] / Math.hypot(sun[0], sun[2])) * len, 5);
    expect(Math.max(...zs)).toBeCloseTo(5 + (-sun[2] / Math.hypot(sun[0], sun[2])) * len, 5);
    expect(Math.min(...xs)).toBe(-5);
  });

  it("casts nothing when the sun is down, and the hull of points is convex", () => {
    expect(
      groundShadows(
        [
          {
            corners: [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
            height: 5,
          },
        ],
        { ...env.sun, elevationDeg: 0 },
      ).vertexCount,
    ).toBe(0);
    expect(
      convexHull([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });
});
