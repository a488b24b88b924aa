// The remote visitors store: smooth interpolation ~100 ms behind, no guessing ahead, other scenes left out, speakers.
import { describe, expect, it } from "vitest";
import { createVisitorStore, interpolatePose } from "../../../client/state/visitors";
import { poseGrid, quantizePose, type PoseGrid } from "../../../common/pose";

const info = (id: string, sceneId = "bund") => ({
  id,
  name: id,
  color: "#e4572e",
  role: "visitor" as const,
  sceneId,
  mode: "desktop" as const,
  connected: true,
});
const at = (x: number, z = 0, yaw = 0) => ({ x, y: 1.6, z, yaw, pitch: 0 });
// The Bund is long; a hall is small and elsewhere: the same int16 means different metres in each.
const BUND = poseGrid({ minX: -100, maxX: 1900, minZ: -200, maxZ: 800 });
const HALL = poseGrid({ minX: 0, maxX: 40, minZ: 0, maxZ: 30 });
const wire = (x: number, z = 0, grid: PoseGrid = BUND) => quantizePose(at(x, z), grid);
const storeOn = (delay: number, ...scenes: [string, PoseGrid][]) => {
  const s = createVisitorStore(delay);
  for (const [id, grid] of [["bund", BUND] as [string, PoseGrid], ...scenes]) s.knowGrid(id, grid);
  return s;
};

describe("visitor store", () => {
  it("draws a visitor 100 ms in the past, between the two states around that moment", () => {
    const s = storeOn(100);
    s.upsert(info("a"));
    s.pushPose("a", wire(0), 1000);
    s.pushPose("a", wire(1), 1050);
    s.pushPose("a", wire(2), 1100);
    expect(s.sample(1125, "bund")[0].pose.x).toBeCloseTo(0.5, 5);
    expect(s.sample(1175, "bund")[0].pose.x).toBeCloseTo(1.5, 5);
  });
  it("holds the last state instead of guessing ahead when updates stop", () => {
    const s = storeOn(100);
    s.upsert(info("a"));
    s.pushPose("a", wire(0), 0);
    s.pushPose("a", wire(1), 50);
    expect(s.sample(5000, "bund")[0].pose.x).toBe(1);
  });
  it("says who is speaking, through an update of their record and until they stop or leave", () => {
    const s = storeOn(100);
    s.upsert(info("a"));
    s.pushPose("a", wire(0), 0);
    s.setSpeaking("a", true);
    s.upsert({ ...info("a"), name: "renamed" });
    expect(s.sample(200, "bund")[0].speaking).toBe(true);
    s.setSpeaking("a", false);
    expect(s.sample(200, "bund")[0].speaking).toBe(false);
    s.setSpeaking("a", true);
    s.remove("a");
    s.upsert(info("a"));
    s.pushPose("a", wire(0), 0);
    expect(s.sample(200, "bund")[0].speaking).toBe(false);
  });
  it("turns the short way round", () => {
    const p = interpolatePose(at(0, 0, 3.1), at(0, 0, -3.1), 0.5);
    expect(Math.abs(Math.abs(p.yaw) - Math.PI)).toBeLessThan(0.01);
  });
  it("visitors in another scene are not drawn", () => {
    const s = storeOn(100);
    s.upsert(info("here"));
    s.upsert(info("there", "ceramics"));
    s.pushPose("here", wire(1), 0);
    s.pushPose("there", wire(2), 0);
    expect(s.sample(500, "bund").map((v) => v.id)).toEqual(["here"]);
    expect(s.sample(500, "ceramics").map((v) => v.id)).toEqual([]); // its grid is not known here yet
    s.knowGrid("ceramics", HALL);
    expect(s.sample(500, "ceramics").map((v) => v.id)).toEqual(["there"]);
  });
  it("a visitor changing scene does not glide from the old scene's place", () => {
    const s = storeOn(100);
    s.upsert(info("a"));
    s.pushPose("a", wire(100), 0);
    s.upsert(info("a", "hall"));
    s.upsert(info("a", "bund"));
    s.pushPose("a", wire(5), 1000);
    expect(s.sample(1000, "bund")[0].pose.x).toBe(5);
  });
  it("decodes a visitor's poses with the grid of their scene, also those received before this client got there", () => {
    const s = storeOn(0);
    s.upsert(info("still", "hall"));
    s.pushPose("still", wire(12, 7, HALL), 0); // they stand still in the hall; we are on the Bund
    s.knowGrid("hall", HALL); // we walk into the hall: no new pose comes, they have not moved
    const [still] = s.sample(10, "hall");
    expect(still.pose.x).toBeCloseTo(12, 2);
    expect(still.pose.z).toBeCloseTo(7, 2);
  });
  it("a visitor who left is gone; the whole store can be cleared", () => {
    const s = storeOn(100);
    s.upsert(info("a"));
    s.upsert(info("b"));
    s.pushPose("a", wire(0), 0);
    s.pushPose("b", wire(0), 0);
    s.remove("a");
    expect(s.sample(500, "bund").map((v) => v.id)).toEqual(["b"]);
    s.clear();
    expect(s.list()).toEqual([]);
  });
});
