// "Follow me" on the member's side: which slot behind the guide is mine, the step towards it each frame, and when
// the member has taken their own way (which ends following). Pure, on common/tourFollow.ts' slot rules.
import { followSlot, followStep, type GroundPose } from "../../common/tourFollow";
import { moveWithin, type WalkableWorld } from "../../common/walkable";

/** Followers keep up at a brisk walk, and hurry when the guide got far ahead (m/s). */
const FOLLOW_SPEED = 2.4;
const CATCH_UP_SPEED = 6;
const CATCH_UP_BEYOND_M = 8;
/** Moving this far from where following put the member (keys, a click, a step in VR) is moving on one's own. */
export const OWN_MOVE_M = 0.25;
const BODY_RADIUS = 0.35;

/** My place in the column: my rank among the followers ordered by session id (as common/tourFollow.ts says). */
export function followRank(followers: readonly string[], me: string): number {
  return [...followers].sort().indexOf(me);
}

/**
 * One frame of following: the member's next spot towards their slot behind the guide, sliding along whatever
 * blocks; null when already there.
 */
export function followMove(
  me: { x: number; z: number },
  guide: GroundPose,
  rank: number,
  dt: number,
  world: WalkableWorld,
): { x: number; z: number } | null {
  const slot = followSlot(guide, Math.max(0, rank));
  const far = Math.hypot(slot.x - me.x, slot.z - me.z) > CATCH_UP_BEYOND_M;
  const step = followStep(me, slot, (far ? CATCH_UP_SPEED : FOLLOW_SPEED) * dt);
  return step ? moveWithin(world, me, step, BODY_RADIUS) : null;
}

/** With reduced motion the member is not walked along: they are set down at their slot once it is this far away. */
export const CALM_JUMP_M = 4;

/**
 * Following without a glide (reduced motion): nothing until the slot is CALM_JUMP_M away, then the whole way at
 * once (sliding along whatever blocks, as a walk would); null when staying.
 */
export function followJump(
  me: { x: number; z: number },
  guide: GroundPose,
  rank: number,
  world: WalkableWorld,
): { x: number; z: number } | null {
  const slot = followSlot(guide, Math.max(0, rank));
  const d = Math.hypot(slot.x - me.x, slot.z - me.z);
  if (d < CALM_JUMP_M) return null;
  const step = followStep(me, slot, d);
  return step ? moveWithin(world, me, step, BODY_RADIUS) : null;
}

/** Has the member moved themselves since following last placed them? */
export const movedOnOwn = (now: { x: number; z: number }, placed: { x: number; z: number } | null) =>
  placed !== null && Math.hypot(now.x - placed.x, now.z - placed.z) > OWN_MOVE_M;
