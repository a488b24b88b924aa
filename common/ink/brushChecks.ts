// The brush: the pressure and speed profiles of a stroke against the technique its kind asks for (the lifted tip
// of a 撇, the press-and-flick of a 捺, a dot pressed from light to heavy). Timing and pressure only, no pixels.
import type { LocalizedText } from "../sceneParts";
import { dist, resample } from "./inkGeometry";
import type { InkPoint } from "./inkStroke";
import type { StrokeKind } from "./strokeKinds";

export type BrushCheckName = "pressure" | "speed";

export interface BrushCheck {
  name: BrushCheckName;
  /** null: not measured (no pressure from a mouse, no timing). */
  ok: boolean | null;
  /** The measured ratio the limit applies to (see `limit`). */
  value: number;
  limit: number;
  /** What the technique asks, in words, when the check failed. */
  advice?: LocalizedText;
}

/** Profiles are read at this many places along the stroke. */
const SAMPLES = 24;
/** Below this spread of pressure (0…1) the input is taken to have none (a mouse reports a constant). */
const MIN_PRESSURE_RANGE = 0.08;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
/** The mean of a profile between two fractions of its length. */
const part = (xs: readonly number[], from: number, to: number): number =>
  mean(xs.slice(Math.floor(from * xs.length), Math.max(Math.floor(from * xs.length) + 1, Math.ceil(to * xs.length))));

interface Rule {
  /** The measured ratio, from the profile. */
  measure(profile: readonly number[]): number;
  /** ok when measure ≥ limit (or ≤ when `atMost`). */
  limit: number;
  atMost?: boolean;
  advice: LocalizedText;
}

const EVEN_PRESSURE: Rule = {
  measure: (p) => part(p, 0.3, 0.7) / mean(p),
  limit: 0.6,
  advice: { en: "keep the brush pressed evenly through the middle", zh: "行笔中段要保持力度，不要提空" },
};
const LIFTED_TIP: Rule = {
  measure: (p) => part(p, 0.85, 1) / part(p, 0, 0.3),
  limit: 0.85,
  atMost: true,
  advice: {
    en: "press at the start and lift the brush so the tip goes out light",
    zh: "起笔重按，出锋时提笔，笔尖渐轻",
  },
};
const PRESS_AND_FLICK: Rule = {
  // The heaviest place is in the second half, and the very end is lighter than it.
  measure: (p) => {
    const peakAt = p.indexOf(Math.max(...p)) / (p.length - 1);
    return peakAt < 0.5 ? 0 : 1 - part(p, 0.92, 1) / Math.max(...p);
  },
  limit: 0.12,
  advice: { en: "press down heavily near the end, then flick the tip out", zh: "先重按（捺脚），再提笔出锋" },
};
const LIGHT_TO_HEAVY: Rule = {
  measure: (p) => part(p, 0.6, 1) / part(p, 0, 0.4),
  limit: 1.05,
  advice: { en: "touch in lightly and press down into the dot", zh: "点要由轻到重，顿笔收住" },
};

const STEADY_SPEED: Rule = {
  measure: (s) => part(s, 0.25, 0.75) / mean(s),
  limit: 0.45,
  advice: { en: "do not stop in the middle of the stroke", zh: "行笔不要中途停顿" },
};
const QUICK_TIP: Rule = {
  measure: (s) => part(s, 0.7, 1) / part(s, 0, 0.3),
  limit: 1.0,
  advice: { en: "speed up as the stroke goes out to its tip", zh: "出锋要快，越写越快" },
};
const QUICK_HOOK: Rule = {
  measure: (s) => part(s, 0.88, 1) / mean(s),
  limit: 0.9,
  advice: { en: "gather, then flick the hook out quickly", zh: "钩要蓄势后快速踢出" },
};

const TECHNIQUE: Record<StrokeKind, { pressure: Rule; speed: Rule }> = {
  dot: { pressure: LIGHT_TO_HEAVY, speed: STEADY_SPEED },
  horizontal: { pressure: EVEN_PRESSURE, speed: STEADY_SPEED },
  vertical: { pressure: EVEN_PRESSURE, speed: STEADY_SPEED },
  turning: { pressure: EVEN_PRESSURE, speed: STEADY_SPEED },
  rising: { pressure: LIFTED_TIP, speed: QUICK_TIP },
  leftFalling: { pressure: LIFTED_TIP, speed: QUICK_TIP },
  rightFalling: { pressure: PRESS_AND_FLICK, speed: STEADY_SPEED },
  hook: { pressure: EVEN_PRESSURE, speed: QUICK_HOOK },
};

function apply(name: BrushCheckName, rule: Rule, profile: readonly number[] | null): BrushCheck {
  if (!profile) return { name, ok: null, value: 0, limit: rule.limit };
  const value = rule.measure(profile);
  const ok = Number.isFinite(value) && (rule.atMost ? value <= rule.limit : value >= rule.limit);
  return {
    name,
    ok,
    value: Number.isFinite(value) ? value : 0,
    limit: rule.limit,
    ...(ok ? {} : { advice: rule.advice }),
  };
}

/** Pressure along the stroke, or null when the input gave none worth reading. */
function pressureProfile(samples: readonly InkPoint[]): number[] | null {
  const p = samples.map((s) => s.pressure ?? NaN);
  if (p.some((v) => !Number.isFinite(v))) return null;
  return Math.max(...p) - Math.min(...p) < MIN_PRESSURE_RANGE ? null : p;
}

/** Speed (grid units per ms) between successive samples, or null when the stroke carries no usable timing. */
function speedProfile(samples: readonly InkPoint[]): number[] | null {
  const speeds: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const dt = samples[i].t - samples[i - 1].t;
    speeds.push(dt > 0 ? dist(samples[i - 1], samples[i]) / dt : NaN);
  }
  const finite = speeds.filter(Number.isFinite);
  if (finite.length < speeds.length / 2 || samples[samples.length - 1].t - samples[0].t <= 0) return null;
  // A zero time step (two events in one millisecond) takes its neighbours' mean rather than an infinite speed.
  const fill = mean(finite);
  return speeds.map((v) => (Number.isFinite(v) ? v : fill));
}

export function judgeBrush(points: readonly InkPoint[], kind: StrokeKind): BrushCheck[] {
  const samples = resample(points, SAMPLES);
  const rules = TECHNIQUE[kind];
  return [
    apply("pressure", rules.pressure, pressureProfile(samples)),
    apply("speed", rules.speed, speedProfile(samples)),
  ];
}
