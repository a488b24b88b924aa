// The choreography file and poseAt: the real timeline parses, poses ease deterministically between keyframes, turns
// go the short way round, and a bad timeline is refused with an error naming what is wrong.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { beatsBetween, parseChoreography, poseAt, type Choreography } from "../../../common/theatre/choreography";

const root = path.resolve(import.meta.dirname, "../../..");
const file = JSON.parse(readFileSync(path.join(root, "assets/theatre/youyuan.choreography.json"), "utf8"));

const key = (ms: number, x: number, facing = 0) => ({ ms, x, z: 1, facing, fan: "closed", sleeve: "down" });
const tiny = (over: Record<string, unknown> = {}) => ({
  lengthMs: 1000,
  performers: [
    {
      role: "du-liniang",
      keyframes: [key(0, 0, 170), { ...key(1000, 2, -170), fan: "open-high", sleeve: "flick" }],
    },
  ],
  percussion: [
    { ms: 0, kind: "gu" },
    { ms: 500, kind: "ban" },
  ],
  ...over,
});

describe("the choreography of 《游园》", () => {
  const c = parseChoreography(file);

  it("parses, with both performers and percussion over the whole length", () => {
    expect(c.performers.map((p) => p.role)).toEqual(["du-liniang", "chunxiang"]);
    expect(c.lengthMs).toBeGreaterThan(120_000);
    expect(c.percussion.some((b) => b.kind === "ban")).toBe(true);
    expect(c.percussion.some((b) => b.kind === "gu")).toBe(true);
  });

  it("gives the same pose for the same moment, and different poses at different moments", () => {
    expect(poseAt(c, 60_000)).toEqual(poseAt(c, 60_000));
    expect(poseAt(c, 60_000)[0]).not.toEqual(poseAt(c, 90_000)[0]);
  });

  it("clamps times before the start and after the end", () => {
    expect(poseAt(c, -50)).toEqual(poseAt(c, 0));
    expect(poseAt(c, c.lengthMs + 1e6)).toEqual(poseAt(c, c.lengthMs));
  });
});

describe("poseAt", () => {
  const c = parseChoreography(tiny()) as Choreography;

  it("is at the keyframes exactly at their times", () => {
    const [a] = poseAt(c, 0);
    expect(a).toMatchObject({ x: 0, facing: 170, fan: "closed", fanNext: "open-high", blend: 0 });
    const [b] = poseAt(c, 1000);
    expect(b).toMatchObject({ x: 2, facing: -170, fan: "open-high", blend: 0 });
  });

  it("eases (smoothstep): halfway in time is halfway in place, a quarter in time is less than a quarter", () => {
    expect(poseAt(c, 500)[0].x).toBeCloseTo(1, 9);
    expect(poseAt(c, 250)[0].x).toBeCloseTo(2 * 0.15625, 9);
    expect(poseAt(c, 250)[0].blend).toBeCloseTo(0.15625, 9);
  });

  it("turns the short way round (170° to −170° passes 180°, not 0°)", () => {
    expect(Math.abs(poseAt(c, 500)[0].facing)).toBeCloseTo(180, 6);
  });

  it("refuses a time that is not a number", () => {
    expect(() => poseAt(c, Number.NaN)).toThrow(/finite time/);
  });

  it("lists the beats of a frame, excluding its start and including its end", () => {
    expect(beatsBetween(c, 0, 500)).toEqual([{ ms: 500, kind: "ban" }]);
    expect(beatsBetween(c, -1, 0)).toEqual([{ ms: 0, kind: "gu" }]);
    expect(beatsBetween(c, 500, 500)).toEqual([]);
  });
});

describe("a bad choreography file", () => {
  it("names keyframes out of order", () => {
    const bad = tiny({
      performers: [{ role: "du-liniang", keyframes: [key(0, 0), key(600, 1), key(400, 1), key(1000, 0)] }],
    });
    expect(() => parseChoreography(bad)).toThrow(/performers\.0\.keyframes: keyframes must be in strictly increasing/);
  });

  it("names a track that does not cover the whole length", () => {
    const bad = tiny({ performers: [{ role: "chunxiang", keyframes: [key(0, 0), key(900, 1)] }] });
    expect(() => parseChoreography(bad)).toThrow(/chunxiang's keyframes must run from 0 to lengthMs \(1000\)/);
  });

  it("names an unknown pose", () => {
    const bad = tiny({
      performers: [{ role: "du-liniang", keyframes: [key(0, 0), { ...key(1000, 0), fan: "twirl" }] }],
    });
    expect(() => parseChoreography(bad)).toThrow(/performers\.0\.keyframes\.1\.fan/);
  });

  it("names a performer placed off the stage and a role given twice", () => {
    const off = tiny({ performers: [{ role: "du-liniang", keyframes: [key(0, 0), key(1000, 40)] }] });
    expect(() => parseChoreography(off)).toThrow(/keyframes\.1\.x/);
    const twice = tiny({
      performers: [
        { role: "du-liniang", keyframes: [key(0, 0), key(1000, 0)] },
        { role: "du-liniang", keyframes: [key(0, 0), key(1000, 0)] },
      ],
    });
    expect(() => parseChoreography(twice)).toThrow(/a role appears twice/);
  });

  it("names a beat after the end", () => {
    expect(() => parseChoreography(tiny({ percussion: [{ ms: 2000, kind: "ban" }] }))).toThrow(
      /percussion\.0: a percussion beat falls after lengthMs/,
    );
  });
});
