// The remote visitors store: smooth interpolation ~100 ms behind, no guessing ahead, other scenes left out.
import { describe, expect, it } from "vitest";
import { createVisitorStore, interpolatePose } from "../../../client/state/visitors";

const info = (id: string, sceneId = "bund") => ({ id, name: id, color: "#e4572e", role: "visitor" as const, sceneId, mode: "desktop" as const, connected: true });
const at = (x: number, z = 0, yaw = 0) => ({ x, y: 1.6, z, yaw, pitch: 0 });

describe("visitor store", () => {
  it("draws a visitor 100 ms in the past, between the two states around that moment", () => {
    const s = createVisitorStore(100);
    s.upsert(info("a"));
    s.pushPose("a", at(0), 1000);
    s.pushPose("a", at(1), 1050);
    s.pushPose("a", at(2), 1100);
    expect(s.sample(1125, "bund")[0].pose.x).toBeCloseTo(0.5, 5);
    expect(s.sample(1175, "bund")[0].pose.x).toBeCloseTo(1.5, 5);
  });
  it("holds the last state instead of guessing ahead when updates stop", () => {
    const s = createVisitorStore(100);
    s.upsert(info("a"));
    s.pushPose("a", at(0), 0);
    s.pushPose("a", at(1), 50);
    expect(s.sample(5000, "bund")[0].pose.x).toBe(1);
  });
  it("turns the short way round", () => {
    const p = interpolatePose(at(0, 0, 3.1), at(0, 0, -3.1), 0.5);
    expect(Math.abs(Math.abs(p.yaw) - Math.PI)).toBeLessThan(0.01);
  });
  it("visitors in another scene are not drawn", () => {
    const s = createVisitorStore(100);
    s.upsert(info("here"));
    s.upsert(info("there", "ceramics"));
    s.pushPose("here", at(1), 0);
    s.pushPose("there", at(2), 0);
    expect(s.sample(500, "bund").map((v) => v.id)).toEqual(["here"]);
    expect(s.sample(500, "ceramics").map((v) => v.id)).toEqual(["there"]);
  });
  it("a visitor changing scene does not glide from the old scene's place", () => {
    const s = createVisitorStore(100);
    s.upsert(info("a"));
    s.pushPose("a", at(100), 0);
    s.upsert(info("a", "hall"));
    s.upsert(info("a", "bund"));
    s.pushPose("a", at(5), 1000);
    expect(s.sample(1000, "bund")[0].pose.x).toBe(5);
  });
  it("a visitor who left is gone; the whole store can be cleared", () => {
    const s = createVisitorStore(100);
    s.upsert(info("a"));
    s.upsert(info("b"));
    s.pushPose("a", at(0), 0);
    s.pushPose("b", at(0), 0);
    s.remove("a");
    expect(s.sample(500, "bund").map((v) => v.id)).toEqual(["b"]);
    s.clear();
    expect(s.list()).toEqual([]);
  });
});
