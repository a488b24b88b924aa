// Where the theatre's VR surtitles hang: a panel that follows the head with a lag (BBC R&D White Paper 330 found
// viewers of 360° video prefer titles that stay in view as they turn, but ones that jitter with every small head
// movement tire the eye). It keeps its heading while the head looks within a dead zone, then re-centres smoothly in
// yaw, always at the same distance and angle below the horizon. Pure: tests run it without a browser.

export const TITLE_FOLLOW = {
  /** The head may turn this far (deg) from the panel before it follows: reading a line sideways needs no chase. */
  deadZoneDeg: 25,
  /** Once following, it re-centres until it is this close (deg) to the head's heading, then stays put. */
  settleDeg: 2,
  /** The re-centring's time constant (s): a 90° turn is caught to within 2° in about a second (ln 45 × 0.25). */
  tauS: 0.25,
  /** A longer gap between frames than this (s) counts as this: a stalled page must not fling the panel. */
  maxStepS: 0.5,
  /** Metres from the eyes, and degrees below the horizon (under the stage, out of the way of the performers). */
  distance: 1.8,
  belowDeg: 17,
} as const;

export interface TitleFollow {
  /** The panel's heading (radians, 0 = +z, π/2 = +x, as the visitor's yaw). */
  yaw: number;
  /** Re-centring now (it started outside the dead zone and has not yet settled). */
  following: boolean;
}

const DEG = Math.PI / 180;

/** b − a wrapped into (−π, π]. */
export function yawDelta(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}

/** The panel's heading after `dtS` seconds with the head at `headYaw`; the first frame places it straight ahead. */
export function followHead(prev: TitleFollow | null, headYaw: number, dtS: number): TitleFollow {
  if (!prev) return { yaw: headYaw, following: false };
  const off = yawDelta(prev.yaw, headYaw);
  const following = prev.following || Math.abs(off) > TITLE_FOLLOW.deadZoneDeg * DEG;
  if (!following) return prev;
  const dt = Math.min(Math.max(dtS, 0), TITLE_FOLLOW.maxStepS);
  const step = off * (1 - Math.exp(-dt / TITLE_FOLLOW.tauS));
  const rest = off - step;
  return { yaw: prev.yaw + step, following: Math.abs(rest) > TITLE_FOLLOW.settleDeg * DEG };
}

/** The panel's centre for a head at `head` and a panel heading `yaw`: `distance` away, `belowDeg` under the horizon. */
export function titlePosition(
  head: { x: number; y: number; z: number },
  yaw: number,
): { x: number; y: number; z: number } {
  const { distance, belowDeg } = TITLE_FOLLOW;
  const flat = distance * Math.cos(belowDeg * DEG);
  return {
    x: head.x + Math.sin(yaw) * flat,
    y: head.y - distance * Math.sin(belowDeg * DEG),
    z: head.z + Math.cos(yaw) * flat,
  };
}

/** Where a point lies as seen from the head: degrees of yaw from the head's heading (right positive) and of pitch
 *  from the horizon (up positive). */
export function seenFrom(
  head: { x: number; y: number; z: number; yaw: number },
  p: { x: number; y: number; z: number },
): { yawDeg: number; pitchDeg: number } {
  const dx = p.x - head.x;
  const dy = p.y - head.y;
  const dz = p.z - head.z;
  return {
    yawDeg: yawDelta(head.yaw, Math.atan2(dx, dz)) / DEG,
    pitchDeg: Math.atan2(dy, Math.hypot(dx, dz)) / DEG,
  };
}
