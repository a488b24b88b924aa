// A performer's named poses as joint angles: the left arm follows the water sleeve's pose, the right arm the fan's;
// between keyframes the angles blend by the choreography's ease. Pure numbers, no Babylon.
import type { FanPose, PerformerPose, SleevePose } from "../../../common/theatre/choreography";

/** Shoulder angles (radians): `lift` raises the arm forward (negative = up in front), `spread` out to the side. */
export interface ArmAngles {
  lift: number;
  spread: number;
}

export interface Limbs {
  left: ArmAngles;
  right: ArmAngles;
  /** How far the fan is open, 0…1. */
  fanOpen: number;
  /** How far the water sleeve hangs out from the wrist, 0…1 (a flick throws it out, a fold gathers it). */
  sleeveOut: number;
}

const SLEEVE: Record<SleevePose, ArmAngles & { out: number }> = {
  down: { lift: -0.1, spread: 0.15, out: 0.8 },
  raised: { lift: -1.9, spread: 0.6, out: 0.9 },
  flick: { lift: -0.9, spread: 1.35, out: 1 },
  cover: { lift: -2.0, spread: -0.35, out: 0.7 },
  fold: { lift: -0.7, spread: -0.2, out: 0.25 },
};

const FAN: Record<FanPose, ArmAngles & { open: number }> = {
  closed: { lift: -0.35, spread: 0.1, open: 0 },
  "open-low": { lift: -0.95, spread: 0.35, open: 1 },
  "open-high": { lift: -2.3, spread: 0.5, open: 1 },
  "cover-face": { lift: -1.75, spread: -0.45, open: 1 },
  point: { lift: -1.35, spread: 0.2, open: 0 },
};

const mix = (a: number, b: number, t: number) => a + (b - a) * t;

export function limbsOf(p: PerformerPose): Limbs {
  const s0 = SLEEVE[p.sleeve];
  const s1 = SLEEVE[p.sleeveNext];
  const f0 = FAN[p.fan];
  const f1 = FAN[p.fanNext];
  const t = p.blend;
  return {
    left: { lift: mix(s0.lift, s1.lift, t), spread: mix(s0.spread, s1.spread, t) },
    right: { lift: mix(f0.lift, f1.lift, t), spread: mix(f0.spread, f1.spread, t) },
    fanOpen: mix(f0.open, f1.open, t),
    sleeveOut: mix(s0.out, s1.out, t),
  };
}
