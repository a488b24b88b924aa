// Gallery parts of a scene: slots of displays, walls and displays as obstacles, doorways and their thresholds.
import { describe, expect, it } from "vitest";
import { createDoorwayWatch, doorwayAt } from "../../common/doorways";
import { fitProblems, plinthHeight, slotsOf, CASE_SHELF, HANG_CENTRE } from "../../common/displayLayout";
import { parseScene, SceneFileError } from "../../common/scene";
import { buildWalkableWorld, isWalkable, moveWithin } from "../../common/walkable";
import { miniGallery } from "../fixtures/miniGallery";

const hall = parseScene("mini-hall.json", miniGallery());
const world = buildWalkableWorld(hall);
const size = { heightCm: 40, widthCm: 20, depthCm: 20 };
const R = 0.35;

describe("display slots", () => {
  it("spaces items evenly along the front, from the visitor's left to right", () => {
    const slots = slotsOf(hall.displays[0], () => size);
    // The case faces south (180°): a visitor looking at it faces north, so their left is west (−x).
    expect(slots.map((s) => s.itemId)).toEqual(["cer-0001", "cer-0002", "cer-0003"]);
    expect(slots[0].x).toBeCloseTo(-1);
    expect(slots[1].x).toBeCloseTo(0);
    expect(slots[2].x).toBeCloseTo(1);
    // Items stand in the middle of the case's depth, behind its front edge (north of z = 10), on the shelf.
    for (const s of slots) {
      expect(s.z).toBeCloseTo(10.4);
      expect(s.y).toBe(CASE_SHELF);
      expect(s.pose).toBe("standing");
      expect(s.width).toBeCloseTo(1);
    }
  });
  it("hangs pictures at eye height, tall ones higher", () => {
    const [small, tall] = slotsOf(hall.displays[2], (id) =>
      id === "pai-0001" ? { heightCm: 60, widthCm: 80, depthCm: 4 } : { heightCm: 260, widthCm: 70, depthCm: 4 },
    );
    expect(small.pose).toBe("hung");
    expect(small.y).toBe(HANG_CENTRE);
    expect(tall.y).toBeCloseTo(1.7);
  });
  it("sets big objects on lower plinths", () => {
    expect(plinthHeight(20)).toBeGreaterThan(plinthHeight(90));
    expect(plinthHeight(200)).toBe(0.3);
  });
  it("names an item that does not fit its slot", () => {
    const problems = fitProblems(hall.displays[0], (id) =>
      id === "cer-0002" ? { heightCm: 40, widthCm: 120, depthCm: 30 } : size,
    );
    expect(problems).toEqual([expect.stringContaining('"cer-0002" (120 cm wide) does not fit its 100 cm slot')]);
    expect(fitProblems(hall.displays[0], () => size)).toEqual([]);
  });
});

describe("gallery scene format", () => {
  it("refuses an item shown twice, naming both places", () => {
    const raw = miniGallery();
    raw.displays![1].items = ["cer-0002", "brz-0002"];
    expect(() => parseScene("x.json", raw)).toThrow(SceneFileError);
    expect(() => parseScene("x.json", raw)).toThrow(
      /displays\[1\]\.items\[0\]: item "cer-0002" is already shown at displays\[0\]\.items\[1\]/,
    );
  });
  it("refuses a display outside the bounds and a doorway without a target", () => {
    const raw = miniGallery();
    raw.displays![0].position = { x: 99, z: 0 };
    expect(() => parseScene("x.json", raw)).toThrow(/displays\[0\]\.position: lies outside the scene bounds/);
    const raw2 = miniGallery() as { doorways: unknown[] };
    raw2.doorways = [{ ...(raw2.doorways[0] as object), to: { scene: "bund" } }];
    expect(() => parseScene("x.json", raw2)).toThrow(/doorways\[0\]\.to\.spawn/);
  });
});

describe("walls and displays block the way", () => {
  it("a wall is solid, its door gap is not", () => {
    expect(isWalkable(world, 10, 18, R)).toBe(false);
    expect(isWalkable(world, 10, 17.5, R)).toBe(true);
    expect(isWalkable(world, 0, -18, R)).toBe(true);
    expect(isWalkable(world, -5, -18, R)).toBe(false);
  });
  it("a case is solid; visitors slide along its front", () => {
    expect(isWalkable(world, 0, 10.4, R)).toBe(false);
    expect(isWalkable(world, 0, 9.5, R)).toBe(true);
    const end = moveWithin(world, { x: -1, z: 8 }, { x: 1, z: 12 }, R);
    expect(end.z).toBeLessThan(10 - R + 0.01);
    expect(end.x).toBeGreaterThan(0);
  });
  it("a plinth row facing east takes the floor west of its front", () => {
    expect(isWalkable(world, -10.3, 0, R)).toBe(false);
    expect(isWalkable(world, -9.5, 0, R)).toBe(true);
  });
});

describe("doorways", () => {
  it("a threshold spans the doorway's width and a little either side of its line", () => {
    expect(doorwayAt(hall.doorways, 0, -18)?.id).toBe("to-bund");
    expect(doorwayAt(hall.doorways, 1.4, -18.5)?.id).toBe("to-bund");
    expect(doorwayAt(hall.doorways, 1.6, -18)).toBeNull();
    expect(doorwayAt(hall.doorways, 0, -17)).toBeNull();
  });
  it("passes a visitor who walks in, not one who starts inside", () => {
    const fromInside = createDoorwayWatch(hall.doorways, 0, -18);
    expect(fromInside(0, -18.1)).toBeNull();
    expect(fromInside(0, -16)).toBeNull();
    expect(fromInside(0, -17.8)?.id).toBe("to-bund");
    const walker = createDoorwayWatch(hall.doorways, 0, -15);
    expect(walker(0, -16)).toBeNull();
    expect(walker(0, -17.6)?.to).toEqual({ scene: "bund", spawn: "from-galleries" });
  });
});
