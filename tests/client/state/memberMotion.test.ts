// A member's body during a tour: following the guide until walking away on one's own, and the lock's circle.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { followSlot } from "../../../common/tourFollow";
import { buildWalkableWorld } from "../../../common/walkable";
import { createMemberMotion } from "../../../client/state/memberMotion";
import { miniScene } from "../../fixtures/miniScene";

const world = buildWalkableWorld(parseScene("mini.json", miniScene()));
const guide = { x: 15, z: 40, yaw: 0, sceneId: "mini" };

describe("member motion", () => {
  it("walks a follower after the guide, frame by frame", () => {
    const m = createMemberMotion();
    let at = { x: 15, z: 20 };
    for (let i = 0; i < 300; i++) {
      const r = m.step({ at, sceneId: "mini", follow: { guide, rank: 0 }, lock: null, dt: 1 / 60, world });
      expect(r.leftColumn).toBe(false);
      at = { x: r.x, z: r.z };
    }
    expect(Math.hypot(at.x - 15, at.z - 38)).toBeLessThan(2);
  });
  it("with reduced motion a follower is set down at the slot in one move, and only once it is 4 m away", () => {
    const m = createMemberMotion();
    const step = (at: { x: number; z: number }, g: typeof guide) =>
      m.step({ at, sceneId: "mini", follow: { guide: g, rank: 0 }, lock: null, dt: 1 / 60, world, calm: true });
    // Far from the slot (about 18 m): the whole way in one frame, not a walking step.
    const first = step({ x: 15, z: 20 }, guide);
    const slot = followSlot(guide, 0);
    expect(Math.hypot(first.x - slot.x, first.z - slot.z)).toBeLessThan(0.1);
    // The guide moves on 2 m: the follower stays where they are (no glide)…
    const near = { ...guide, z: 42 };
    const stay = step({ x: first.x, z: first.z }, near);
    expect([stay.x, stay.z]).toEqual([first.x, first.z]);
    expect(stay.leftColumn).toBe(false);
    // …and 5 m: set down at the new slot at once.
    const far = { ...guide, z: 45 };
    const jump = step({ x: stay.x, z: stay.z }, far);
    const farSlot = followSlot(far, 0);
    expect(Math.hypot(jump.x - farSlot.x, jump.z - farSlot.z)).toBeLessThan(0.1);
    expect(jump.leftColumn).toBe(false);
  });
  it("a follower who walks away on their own leaves the column; swaying on the spot does not", () => {
    const m = createMemberMotion();
    let at = { x: 15, z: 36.5 };
    const sway = [0.05, -0.05, 0.05, -0.05, 0.05, -0.05];
    for (const dx of sway) {
      const r = m.step({
        at: { x: at.x + dx, z: at.z },
        sceneId: "mini",
        follow: { guide, rank: 0 },
        lock: null,
        dt: 1 / 60,
        world,
      });
      expect(r.leftColumn).toBe(false);
      at = { x: r.x, z: r.z };
    }
    let left = false;
    for (let i = 0; i < 20 && !left; i++) {
      // Walking south on their own, 0.04 m a frame.
      const r = m.step({
        at: { x: at.x, z: at.z - 0.04 },
        sceneId: "mini",
        follow: { guide, rank: 0 },
        lock: null,
        dt: 1 / 60,
        world,
      });
      left = r.leftColumn;
      at = { x: r.x, z: r.z };
    }
    expect(left).toBe(true);
  });
  it("does not follow a guide in another scene", () => {
    const m = createMemberMotion();
    const r = m.step({
      at: { x: 15, z: 0 },
      sceneId: "mini",
      follow: { guide: { ...guide, sceneId: "hall" }, rank: 0 },
      lock: null,
      dt: 1 / 60,
      world,
    });
    expect(r).toEqual({ x: 15, z: 0, leftColumn: false });
  });
  it("keeps a member inside a locked stop's circle, in the stop's scene only", () => {
    const m = createMemberMotion();
    const lock = { sceneId: "mini", centre: { x: 15, z: 0 }, radius: 10 };
    const r = m.step({ at: { x: 15, z: 30 }, sceneId: "mini", follow: null, lock, dt: 1 / 60, world });
    expect(r.x).toBeCloseTo(15, 6);
    expect(r.z).toBeCloseTo(10, 6);
    expect(m.step({ at: { x: 15, z: 5 }, sceneId: "mini", follow: null, lock, dt: 1 / 60, world })).toEqual({
      x: 15,
      z: 5,
      leftColumn: false,
    });
    expect(m.step({ at: { x: 15, z: 30 }, sceneId: "other", follow: null, lock, dt: 1 / 60, world })).toEqual({
      x: 15,
      z: 30,
      leftColumn: false,
    });
  });
});
