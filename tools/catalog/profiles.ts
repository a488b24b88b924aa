// Lathe profiles of vessel forms ([radius, height] as fractions of height, base centre to rim): how a form is written
// down, and how one object's profile varies from its form's.
import type { Random } from "./random";
import { round } from "./random";
import { bi, type Bi } from "./records";

export type Profile = [number, number][];

export interface FormDef {
  name: Bi;
  profile: Profile;
  /** Usual heights of the form, in cm. */
  heightCm: readonly [number, number];
  /** Thin decorated bands at the form's natural divisions (foot, shoulder, neck), heights as fractions. */
  lines: readonly [number, number][];
}

export const form = (
  en: string,
  zh: string,
  heightCm: readonly [number, number],
  profile: Profile,
  lines: [number, number][],
): FormDef => ({
  name: bi(en, zh),
  profile,
  heightCm,
  lines,
});

/**
 * One object's profile: the form's, a little fuller or slimmer and with each point nudged, as hand-thrown pieces are.
 * Heights are kept, so the profile still rises from base to rim.
 */
export function varyProfile(profile: Profile, rnd: Random, amount = 0.04): Profile {
  const fullness = 1 + (rnd.next() * 2 - 1) * amount;
  return profile.map(
    ([r, h]) => [r === 0 ? 0 : round(r * fullness * (1 + (rnd.next() * 2 - 1) * amount * 0.5)), h] as [number, number],
  );
}

/** Diameter at the widest point, in cm, for an object of this height. */
export function widthOf(profile: Profile, heightCm: number): number {
  const maxR = Math.max(...profile.map(([r]) => r));
  return round(2 * maxR * heightCm, 1);
}

/** `count` of the form's decorated lines, kept in order from the foot up. */
export function pickLines(
  lines: readonly (readonly [number, number])[],
  count: number,
  rnd: Random,
): [number, number][] {
  const order = lines.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, Math.max(0, count))
    .sort((a, b) => a - b)
    .map((i) => [lines[i][0], lines[i][1]]);
}
