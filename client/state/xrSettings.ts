// The visitor's VR comfort choices (turning, walking, vignette, seated height, the reading panels' size and distance)
// as plain data, read back safely.

export type TurnMode = "snap" | "smooth";

export interface XrSettings {
  turn: TurnMode;
  /** Degrees a flick of the right stick turns in snap mode. */
  snapDeg: number;
  /** Degrees a second at full deflection in smooth mode. */
  smoothTurnDegPerSec: number;
  /** The left stick walks (with collisions); teleport stays on the right stick. */
  smoothMove: boolean;
  /** Darken the edges of view while the stick moves or turns the visitor. */
  vignette: boolean;
  /** Raise the floor so a seated visitor's eyes are at standing eye height. */
  seated: boolean;
  /** Metres the floor is lowered (the eyes raised) in seated mode; set by "calibrate height". */
  seatedOffset: number;
  /** The reading panels' size (1 = as designed: 30 px body text at 1000 px a metre, 1.2 m away, about 1.4°). */
  readingScale: number;
  /** Metres from the eyes to a reading panel. */
  readingDistance: number;
}

export const DEFAULT_XR_SETTINGS: Readonly<XrSettings> = {
  turn: "snap",
  snapDeg: 30,
  smoothTurnDegPerSec: 90,
  smoothMove: false,
  vignette: true,
  seated: false,
  // A seated adult's eyes are about 45 cm below a standing adult's.
  seatedOffset: 0.45,
  readingScale: 1,
  readingDistance: 1.2,
};

/** The sizes and distances the menu offers in turn (a low-vision visitor may want both larger and nearer). */
export const READING_SCALES = [1, 1.25, 1.5, 2] as const;
export const READING_DISTANCES = [0.8, 1.2, 1.6] as const;

/** The next choice after `now` in `choices` (from the first when `now` is not among them). */
export function nextChoice(choices: readonly number[], now: number): number {
  const i = choices.indexOf(now);
  return choices[(i + 1) % choices.length];
}

export const SNAP_ANGLES = [15, 30, 45, 90] as const;
const MAX_SEATED_OFFSET = 1.2;

const inRange = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;

/** Settings as stored (an old or hand-edited localStorage entry may hold anything): each bad field falls back. */
export function readXrSettings(raw: unknown): XrSettings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_XR_SETTINGS;
  return {
    turn: r.turn === "smooth" || r.turn === "snap" ? r.turn : d.turn,
    snapDeg: inRange(r.snapDeg, 5, 180) ? r.snapDeg : d.snapDeg,
    smoothTurnDegPerSec: inRange(r.smoothTurnDegPerSec, 10, 360) ? r.smoothTurnDegPerSec : d.smoothTurnDegPerSec,
    smoothMove: typeof r.smoothMove === "boolean" ? r.smoothMove : d.smoothMove,
    vignette: typeof r.vignette === "boolean" ? r.vignette : d.vignette,
    seated: typeof r.seated === "boolean" ? r.seated : d.seated,
    seatedOffset: inRange(r.seatedOffset, 0, MAX_SEATED_OFFSET) ? r.seatedOffset : d.seatedOffset,
    readingScale: inRange(r.readingScale, 0.5, 3) ? r.readingScale : d.readingScale,
    readingDistance: inRange(r.readingDistance, 0.5, 3) ? r.readingDistance : d.readingDistance,
  };
}

/** The turning choices the VR menu cycles through: each snap angle, then smooth. */
export function nextTurnChoice(s: XrSettings): Pick<XrSettings, "turn" | "snapDeg"> {
  if (s.turn === "smooth") return { turn: "snap", snapDeg: SNAP_ANGLES[0] };
  const i = SNAP_ANGLES.indexOf(s.snapDeg as (typeof SNAP_ANGLES)[number]);
  return i >= 0 && i < SNAP_ANGLES.length - 1
    ? { turn: "snap", snapDeg: SNAP_ANGLES[i + 1] }
    : { turn: "smooth", snapDeg: s.snapDeg };
}

/**
 * How far to raise the eyes so a visitor whose head is now `headHeight` above their real floor sees the museum
 * from `standingEyeHeight`: never negative (a tall visitor is not lowered), never more than a chair's worth.
 */
export function seatedOffsetFor(standingEyeHeight: number, headHeight: number): number {
  if (!Number.isFinite(headHeight) || headHeight <= 0) return DEFAULT_XR_SETTINGS.seatedOffset;
  return Math.min(MAX_SEATED_OFFSET, Math.max(0, standingEyeHeight - headHeight));
}

/** The eye raise in effect for these settings. */
export function eyeRaise(s: XrSettings): number {
  return s.seated ? s.seatedOffset : 0;
}
