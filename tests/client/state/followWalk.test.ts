// "Follow me" on the member's side: my slot in the column, walking to it round what blocks, and noticing my own moves.
import { describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { followSlot, FOLLOW_ARRIVED_M } from "../../../common/tourFollow";
import { buildWalkableWorld, isWalkable } from "../../../common/walkable";
import { followMove, followRank, movedOnOwn, OWN_MOVE_M } from "../../../client/state/followWalk";
import { miniScene } from "../../fixtures/miniScene";

const world = buildWalkableWorld(parseScene("mini.json", miniScene()));

describe("follow walk", () => {
  it("ranks followers by session id, whoever asks", () => {
    const followers = ["zed", "amy", "kim"];
    expect(followers.map((id) => followRank(followers, id))).toEqual([2, 0, 1]);
    expect(followRank(followers, "nobody")).toBe(-1);
  });
  it("walks a member to their slot behind the guide over some frames, then stands still", () => {
    const guide = { x: 15, z: 40, yaw: 0 };
    const slot = followSlot(guide, 1);
    let me = { x: 15, z: 20 };
    let frames = 0;
    for (let step = followMove(me, guide, 1, 1 / 60, world); step; step = followMove(me, guide, 1, 1 / 60, world)) {
      // Never a jump: at most a catch-up stride a frame.
      expect(Math.hypot(step.x - me.x, step.z - me.z)).toBeLessThanOrEqual(6 / 60 + 1e-9);
      me = step;
      if (++frames > 2000) throw new Error("never arrived");
    }
    expect(Math.hypot(me.x - slot.x, me.z - slot.z)).toBeLessThan(FOLLOW_ARRIVED_M);
    expect(frames).toBeGreaterThan(60); // it walked, it did not teleport
  });
  it("hurries when the guide got far ahead, strolls when close", () => {
    const guide = { x: 15, z: 60, yaw: 0 };
    const far = followMove({ x: 15, z: 20 }, guide, 0, 0.1, world)!;
    const near = followMove({ x: 15, z: 55 }, guide, 0, 0.1, world)!;
    // Rank 0 walks to the left of the column, so the stride is measured as a distance.
    expect(Math.hypot(far.x - 15, far.z - 20)).toBeCloseTo(0.6, 2);
    expect(Math.hypot(near.x - 15, near.z - 55)).toBeCloseTo(0.24, 2);
  });
  it("never walks a follower into a building between them and the guide", () => {
    // The customs house stands at (-20, 50), 40 m square; the guide is on its far side.
    const guide = { x: -20, z: 80, yaw: 0 };
    let me = { x: -20, z: 25 };
    for (let i = 0; i < 600; i++) {
      const step = followMove(me, guide, 0, 1 / 60, world);
      if (!step) break;
      me = step;
      expect(isWalkable(world, me.x, me.z, 0.3)).toBe(true);
    }
  });
  it("a move of the member's own beyond a small margin ends following; staying put does not", () => {
    expect(movedOnOwn({ x: 1, z: 1 }, null)).toBe(false);
    expect(movedOnOwn({ x: 1, z: 1 + OWN_MOVE_M / 2 }, { x: 1, z: 1 })).toBe(false);
    expect(movedOnOwn({ x: 1 + OWN_MOVE_M * 2, z: 1 }, { x: 1, z: 1 })).toBe(true);
  });
});
