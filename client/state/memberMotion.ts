// A member's body during a tour, once a frame: walking behind a guide who asked to be followed (until the member
// moves on their own), and staying inside a locked stop's circle. Pure; the wiring applies the result.
import type { GroundPose } from "../../common/tourFollow";
import type { WalkableWorld } from "../../common/walkable";
import { followJump, followMove, OWN_MOVE_M } from "./followWalk";
import { clampToLock, type SceneLock } from "../../common/roamingLock";

export interface MotionInput {
  /** Where the member stands after their own step this frame. */
  at: { x: number; z: number };
  sceneId: string;
  /** Following the guide, with their rank in the column; null when not following. */
  follow: { guide: GroundPose & { sceneId: string }; rank: number } | null;
  lock: SceneLock | null;
  dt: number;
  world: WalkableWorld;
  /** Reduced motion: following sets the member down at their place in steps, instead of walking the view there. */
  calm?: boolean;
}

export interface MotionResult {
  /** Where the member should stand (the same spot when nothing applies). */
  x: number;
  z: number;
  /** The member walked away on their own: end following. */
  leftColumn: boolean;
}

export interface MemberMotion {
  step(input: MotionInput): MotionResult;
}

export function createMemberMotion(): MemberMotion {
  /** Where following last put the member, and the member's own moves since following began (a vector: swaying
   *  on the spot, in VR, cancels out; walking away adds up). */
  let placed: { x: number; z: number } | null = null;
  let ownX = 0;
  let ownZ = 0;
  return {
    step({ at, sceneId, follow, lock, dt, world, calm }) {
      let { x, z } = at;
      let leftColumn = false;
      if (follow && follow.guide.sceneId === sceneId) {
        if (placed) {
          ownX += x - placed.x;
          ownZ += z - placed.z;
        }
        if (Math.hypot(ownX, ownZ) > OWN_MOVE_M) {
          leftColumn = true;
          placed = null;
          ownX = ownZ = 0;
        } else {
          const next = calm
            ? followJump({ x, z }, follow.guide, follow.rank, world)
            : followMove({ x, z }, follow.guide, follow.rank, dt, world);
          if (next) ({ x, z } = next);
          placed = { x, z };
        }
      } else {
        placed = null;
        ownX = ownZ = 0;
      }
      if (lock && lock.sceneId === sceneId) ({ x, z } = clampToLock({ x, z }, lock));
      return { x, z, leftColumn };
    },
  };
}
