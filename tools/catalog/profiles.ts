// Lathe profiles of the vessel forms ([radius, height] as fractions of height, base centre to rim) and their sizes.
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

const form = (en: string, zh: string, heightCm: readonly [number, number], profile: Profile, lines: [number, number][]): FormDef => ({
  name: bi(en, zh),
  profile,
  heightCm,
  lines,
});

/** Ceramic forms; each profile was drawn to read as its form at a glance (shoulder, neck, foot where they belong). */
export const CERAMIC_FORMS = {
  meiping: form("meiping vase", "梅瓶", [26, 44],
    [[0, 0], [0.15, 0], [0.16, 0.04], [0.18, 0.25], [0.23, 0.55], [0.26, 0.7], [0.24, 0.79], [0.15, 0.87], [0.08, 0.9], [0.07, 0.96], [0.09, 0.98], [0.08, 1]],
    [[0.03, 0.07], [0.2, 0.24], [0.66, 0.7], [0.82, 0.86]]),
  yuhuchunping: form("pear-shaped vase (yuhuchunping)", "玉壶春瓶", [24, 36],
    [[0, 0], [0.16, 0], [0.16, 0.05], [0.2, 0.12], [0.26, 0.27], [0.26, 0.37], [0.2, 0.5], [0.11, 0.62], [0.075, 0.74], [0.085, 0.88], [0.13, 0.97], [0.15, 1]],
    [[0.04, 0.08], [0.42, 0.46], [0.7, 0.73], [0.93, 0.96]]),
  guan: form("jar", "罐", [18, 42],
    [[0, 0], [0.3, 0], [0.31, 0.05], [0.42, 0.25], [0.5, 0.5], [0.47, 0.7], [0.38, 0.84], [0.29, 0.89], [0.29, 0.97], [0.3, 1]],
    [[0.05, 0.1], [0.35, 0.39], [0.74, 0.78], [0.9, 0.94]]),
  gourd: form("double-gourd vase", "葫芦瓶", [24, 46],
    [[0, 0], [0.15, 0], [0.17, 0.04], [0.25, 0.17], [0.27, 0.3], [0.21, 0.45], [0.1, 0.54], [0.15, 0.64], [0.17, 0.72], [0.12, 0.85], [0.07, 0.93], [0.07, 1]],
    [[0.04, 0.07], [0.5, 0.56], [0.9, 0.94]]),
  bowl: form("bowl", "碗", [6, 12],
    [[0, 0], [0.55, 0], [0.58, 0.1], [0.68, 0.14], [0.98, 0.4], [1.16, 0.72], [1.26, 1]],
    [[0.02, 0.1], [0.45, 0.5], [0.9, 0.96]]),
  dish: form("dish", "盘", [5, 9],
    [[0, 0], [1.4, 0], [1.45, 0.14], [1.75, 0.2], [2.5, 0.7], [2.8, 0.92], [2.85, 1]],
    [[0.1, 0.16], [0.86, 0.95]]),
  stemCup: form("stem cup", "高足杯", [8, 13],
    [[0, 0], [0.33, 0], [0.3, 0.05], [0.15, 0.12], [0.12, 0.38], [0.18, 0.44], [0.52, 0.6], [0.72, 0.84], [0.78, 1]],
    [[0.02, 0.05], [0.4, 0.44], [0.9, 0.95]]),
  cup: form("cup", "杯", [3.5, 7],
    [[0, 0], [0.42, 0], [0.44, 0.1], [0.54, 0.14], [0.74, 0.52], [0.86, 1]],
    [[0.02, 0.1], [0.88, 0.95]]),
  teaBowl: form("tea bowl", "盏", [5.5, 7.8],
    [[0, 0], [0.3, 0], [0.32, 0.1], [0.42, 0.14], [0.8, 0.6], [0.94, 0.82], [0.92, 0.88], [0.98, 1]],
    [[0.93, 1]]),
  mallet: form("mallet vase", "纸槌瓶", [18, 30],
    [[0, 0], [0.2, 0], [0.22, 0.04], [0.24, 0.1], [0.25, 0.4], [0.22, 0.47], [0.08, 0.53], [0.07, 0.9], [0.08, 0.97], [0.1, 1]],
    [[0.42, 0.46], [0.94, 0.97]]),
  tianqiuping: form("globular vase (tianqiuping)", "天球瓶", [34, 56],
    [[0, 0], [0.2, 0], [0.22, 0.04], [0.34, 0.12], [0.41, 0.28], [0.38, 0.45], [0.26, 0.57], [0.1, 0.64], [0.085, 0.8], [0.085, 0.97], [0.095, 1]],
    [[0.02, 0.05], [0.62, 0.66], [0.96, 0.99]]),
  guanyin: form("baluster vase (Guanyin vase)", "观音瓶", [26, 46],
    [[0, 0], [0.15, 0], [0.17, 0.04], [0.2, 0.2], [0.26, 0.5], [0.27, 0.6], [0.21, 0.74], [0.12, 0.82], [0.11, 0.9], [0.15, 0.97], [0.16, 1]],
    [[0.03, 0.06], [0.68, 0.72], [0.86, 0.89], [0.95, 0.98]]),
  washer: form("brush washer", "笔洗", [4, 7],
    [[0, 0], [1.1, 0], [1.15, 0.12], [1.4, 0.3], [1.55, 0.75], [1.55, 1]],
    [[0.85, 0.95]]),
  flowerpot: form("flowerpot", "花盆", [13, 20],
    [[0, 0], [0.48, 0], [0.5, 0.08], [0.58, 0.12], [0.7, 0.82], [0.84, 0.88], [0.9, 1]],
    [[0.85, 0.92]]),
  ewer: form("ewer", "执壶", [18, 30],
    [[0, 0], [0.2, 0], [0.21, 0.05], [0.3, 0.2], [0.33, 0.35], [0.27, 0.52], [0.13, 0.62], [0.09, 0.75], [0.1, 0.92], [0.12, 1]],
    [[0.03, 0.06], [0.56, 0.6], [0.95, 0.98]]),
  censer: form("censer", "炉", [7, 12],
    [[0, 0], [0.5, 0], [0.52, 0.08], [0.78, 0.2], [0.95, 0.5], [0.9, 0.85], [0.98, 1]],
    [[0.86, 0.92]]),
  painted: form("jar", "罐", [22, 42],
    [[0, 0], [0.22, 0], [0.3, 0.12], [0.45, 0.32], [0.55, 0.48], [0.5, 0.62], [0.32, 0.76], [0.2, 0.84], [0.18, 0.9], [0.23, 1]],
    [[0.5, 0.54], [0.58, 0.63], [0.67, 0.71], [0.76, 0.79]]),
  basin: form("basin", "盆", [9, 16],
    [[0, 0], [0.5, 0], [0.7, 0.12], [1.05, 0.55], [1.3, 0.9], [1.42, 1]],
    [[0.55, 0.6], [0.68, 0.73], [0.9, 0.97]]),
  hu: form("hu jar", "壶", [28, 44],
    [[0, 0], [0.22, 0], [0.24, 0.06], [0.34, 0.28], [0.37, 0.44], [0.31, 0.62], [0.15, 0.77], [0.12, 0.87], [0.16, 1]],
    [[0.3, 0.33], [0.5, 0.53], [0.72, 0.75]]),
} as const satisfies Record<string, FormDef>;

export type CeramicFormKey = keyof typeof CERAMIC_FORMS;

/**
 * One object's profile: the form's, a little fuller or slimmer and with each point nudged, as hand-thrown pieces are.
 * Heights are kept, so the profile still rises from base to rim.
 */
export function varyProfile(profile: Profile, rnd: Random, amount = 0.04): Profile {
  const fullness = 1 + (rnd.next() * 2 - 1) * amount;
  return profile.map(([r, h]) => [r === 0 ? 0 : round(r * fullness * (1 + (rnd.next() * 2 - 1) * amount * 0.5)), h] as [number, number]);
}

/** Diameter at the widest point, in cm, for an object of this height. */
export function widthOf(profile: Profile, heightCm: number): number {
  const maxR = Math.max(...profile.map(([r]) => r));
  return round(2 * maxR * heightCm, 1);
}

/** `count` of the form's decorated lines, kept in order from the foot up. */
export function pickLines(lines: readonly (readonly [number, number])[], count: number, rnd: Random): [number, number][] {
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
