// VR comfort settings as stored: defaults, bad values falling back, the turning cycle, seated height.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_XR_SETTINGS,
  eyeRaise,
  nextChoice,
  nextTurnChoice,
  READING_DISTANCES,
  READING_SCALES,
  readXrSettings,
  seatedOffsetFor,
} from "../../../client/state/xrSettings";
import { menuLabels } from "../../../client/xr/xrStrings";

describe("VR settings", () => {
  it("default to 30° snap turn, teleport only, vignette on, standing", () => {
    expect(readXrSettings(undefined)).toEqual(DEFAULT_XR_SETTINGS);
    expect(DEFAULT_XR_SETTINGS).toMatchObject({
      turn: "snap",
      snapDeg: 30,
      smoothMove: false,
      vignette: true,
      seated: false,
    });
  });
  it("keep what was stored, and replace each bad field by its default", () => {
    const stored = {
      turn: "smooth",
      snapDeg: 45,
      smoothTurnDegPerSec: 120,
      smoothMove: true,
      vignette: false,
      seated: true,
      seatedOffset: 0.5,
      readingScale: 1.5,
      readingDistance: 0.8,
    };
    expect(readXrSettings(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    const bad = readXrSettings({
      turn: "spin",
      snapDeg: 1e9,
      smoothMove: "yes",
      seatedOffset: -3,
      vignette: null,
      readingScale: 40,
      readingDistance: "near",
    });
    expect(bad).toEqual(DEFAULT_XR_SETTINGS);
    expect(readXrSettings("garbage")).toEqual(DEFAULT_XR_SETTINGS);
  });
  it("the menu's turning row cycles through the snap angles, then smooth, then back", () => {
    let s = { ...DEFAULT_XR_SETTINGS };
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      s = { ...s, ...nextTurnChoice(s) };
      seen.push(s.turn === "smooth" ? "smooth" : `${s.snapDeg}`);
    }
    expect(seen).toEqual(["45", "90", "smooth", "15", "30"]);
  });
});

describe("seated height", () => {
  it("the reading panels' size and distance cycle through their choices, in both languages on the menu", () => {
    expect(DEFAULT_XR_SETTINGS).toMatchObject({ readingScale: 1, readingDistance: 1.2 });
    const sizes = [1];
    for (let i = 0; i < READING_SCALES.length; i++) sizes.push(nextChoice(READING_SCALES, sizes.at(-1)!));
    expect(sizes).toEqual([1, 1.25, 1.5, 2, 1]);
    expect(nextChoice(READING_DISTANCES, 1.2)).toBe(1.6);
    expect(nextChoice(READING_DISTANCES, 1.6)).toBe(0.8);
    expect(nextChoice(READING_DISTANCES, 0.33)).toBe(0.8); // a value from elsewhere starts the cycle again
    const s = { ...DEFAULT_XR_SETTINGS, readingScale: 1.25, readingDistance: 0.8 };
    expect(menuLabels(s, "en", "1937")).toMatchObject({
      size: "Reading panels: text 125%",
      distance: "Reading panels: 0.8 m away",
    });
    expect(menuLabels(s, "zh", "1937")).toMatchObject({
      size: "阅读面板：字号 125%",
      distance: "阅读面板：距离 0.8 米",
    });
  });
  it("calibration raises a seated visitor's eyes to standing eye height", () => {
    expect(seatedOffsetFor(1.6, 1.15)).toBeCloseTo(0.45, 5);
    expect(
      eyeRaise({ ...DEFAULT_XR_SETTINGS, seated: true, seatedOffset: seatedOffsetFor(1.6, 1.15) }) + 1.15,
    ).toBeCloseTo(1.6, 5);
  });
  it("never lowers a tall visitor, never lifts by more than a chair's worth, and ignores a head on the floor", () => {
    expect(seatedOffsetFor(1.6, 1.8)).toBe(0);
    expect(seatedOffsetFor(1.6, 0.1)).toBe(1.2);
    expect(seatedOffsetFor(1.6, 0)).toBe(DEFAULT_XR_SETTINGS.seatedOffset);
  });
  it("standing mode raises nothing", () => {
    expect(eyeRaise({ ...DEFAULT_XR_SETTINGS, seated: false, seatedOffset: 0.6 })).toBe(0);
    expect(eyeRaise({ ...DEFAULT_XR_SETTINGS, seated: true, seatedOffset: 0.6 })).toBe(0.6);
  });
});
