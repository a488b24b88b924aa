// "Follow me": where a following member walks, in a loose column behind the guide. Pure, so the member's client
// (which moves the member) and the server's tests agree on it.

export interface GroundPose {
  x: number;
  z: number;
  /** Heading, radians: 0 looks north (+z), π/2 east (+x) (as common/pose.ts). */
  yaw: number;
}

/** First row this far behind the guide, rows this far apart, this many abreast, this far side to side. */
export const FOLLOW_GAP_M = 2;
export const FOLLOW_ROW_M = 1.2;
export const FOLLOW_ABREAST = 3;
export const FOLLOW_SPACING_M = 1.1;
/** A follower closer than this to its slot stands still (no jitter while the guide shuffles). */
export const FOLLOW_ARRIVED_M = 0.6;

/**
 * The spot of the follower with rank `rank` (0-based, e.g. its order among followers by session id) behind a guide
 * standing at `guide`, facing the way the guide faces.
 */
export function followSlot(guide: GroundPose, rank: number): GroundPose {
  const r = Math.max(0, Math.floor(rank));
  const row = Math.floor(r / FOLLOW_ABREAST);
  const col = (r % FOLLOW_ABREAST) - (FOLLOW_ABREAST - 1) / 2;
  const back = FOLLOW_GAP_M + row * FOLLOW_ROW_M;
  const fx = Math.sin(guide.yaw);
  const fz = Math.cos(guide.yaw);
  // The guide's right is (cos, −sin) in this frame.
  const side = col * FOLLOW_SPACING_M;
  return { x: guide.x - fx * back + fz * side, z: guide.z - fz * back - fx * side, yaw: guide.yaw };
}

/** The step a follower takes this frame towards its slot, at most `maxStep` metres; null when already there. */
export function followStep(
  me: { x: number; z: number },
  slot: GroundPose,
  maxStep: number,
): { x: number; z: number } | null {
  const dx = slot.x - me.x;
  const dz = slot.z - me.z;
  const d = Math.hypot(dx, dz);
  if (d < FOLLOW_ARRIVED_M) return null;
  const k = Math.min(1, maxStep / d);
  return { x: me.x + dx * k, z: me.z + dz * k };
}
