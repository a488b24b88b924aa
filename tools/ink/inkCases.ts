// The judge's fixture cases: correct characters at several sizes, places and speeds, and wrong ones, each wrong
// one with the stroke that must be refused and why (reversed, out of order, misplaced, too short, another shape,
// 国 whose inside is written as 王, the wrong brush technique). Paths are perturbed medians of the stroke data.
import { characterModel, type Reason } from "../../common/ink/characterJudge";
import { fitPlacement, pathLength, place, resample, type Vec } from "../../common/ink/inkGeometry";
import type { CharacterData, InkPoint } from "../../common/ink/inkStroke";
import type { StrokeKind } from "../../common/ink/strokeKinds";
import { seededRandom } from "../../common/seededRandom";
import { writeCharacter, type Hand } from "./handwriting";

export type Expectation =
  | { accepted: true }
  | { stroke: number; reason: Reason; looksLike?: number }
  | { stroke: number; brush: "pressure" | "speed" };

export interface InkCase {
  id: string;
  char: string;
  about: string;
  expect: Expectation;
  strokes: InkPoint[][];
}

type Hands = Omit<Hand, "random">;

/** The sizes, places, speeds and devices correct writing is generated with. */
export const CORRECT_HANDS: Hands[] = [
  { scale: 1, dx: 0, dy: 0, speed: 1, noise: 5, pressure: true },
  { scale: 0.85, dx: -60, dy: 40, speed: 0.4, noise: 8, pressure: true },
  { scale: 1.12, dx: 40, dy: -50, speed: 2.5, noise: 6, pressure: false },
  { scale: 0.92, dx: 70, dy: 60, speed: 1.6, noise: 12, pressure: true },
];

const PLAIN: Hands = { scale: 1, dx: 20, dy: -10, speed: 1, noise: 6, pressure: true };

export function correctCases(char: string, data: CharacterData, hands: Hands[], seed: number): InkCase[] {
  const model = characterModel(data);
  return hands.map((hand, i) => ({
    id: `${char}-correct-${i}`,
    char,
    about: `correct at scale ${hand.scale}, offset (${hand.dx}, ${hand.dy}), ${hand.speed} units/ms, tremor ${hand.noise}`,
    expect: { accepted: true },
    strokes: writeCharacter(model.medians, model.kinds, { ...hand, random: seededRandom(seed + i) }),
  }));
}

function write(paths: Vec[][], kinds: StrokeKind[], seed: number): InkPoint[][] {
  return writeCharacter(paths, kinds, { ...PLAIN, random: seededRandom(seed) });
}

/** The first `share` of a path by length. */
function truncate(path: readonly Vec[], share: number): Vec[] {
  const pts = resample(path, 40);
  return pts.slice(0, Math.max(2, Math.round(share * 40)));
}

/** The path mirrored across its chord: same ends, same length, the bulge on the other side. */
function mirror(path: readonly Vec[]): Vec[] {
  const a = path[0];
  const b = path[path.length - 1];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  return path.map((p) => {
    const along = (p.x - a.x) * ux + (p.y - a.y) * uy;
    const fx = a.x + along * ux;
    const fy = a.y + along * uy;
    return { x: 2 * fx - p.x, y: 2 * fy - p.y };
  });
}

/** How far a path bows away from its chord, against the chord's length. */
export function bow(path: readonly Vec[]): number {
  const m = mirror(path);
  let most = 0;
  for (let i = 0; i < path.length; i++) most = Math.max(most, Math.hypot(m[i].x - path[i].x, m[i].y - path[i].y) / 2);
  return most / (pathLength([path[0], path[path.length - 1]]) || 1);
}

export interface WrongSpec {
  kind: "reversed" | "order" | "misplaced" | "short" | "shape";
  stroke: number;
  shift?: Vec;
}

export function wrongCase(char: string, data: CharacterData, spec: WrongSpec, seed: number): InkCase {
  const model = characterModel(data);
  const paths = model.medians.map((m) => m.map((p) => ({ ...p })));
  const kinds = [...model.kinds];
  const k = spec.stroke;
  let expect: Expectation;
  let about: string;
  switch (spec.kind) {
    case "reversed":
      paths[k].reverse();
      expect = { stroke: k, reason: "reversed" };
      about = `stroke ${k + 1} written backwards`;
      break;
    case "order":
      [paths[k], paths[k + 1]] = [paths[k + 1], paths[k]];
      [kinds[k], kinds[k + 1]] = [kinds[k + 1], kinds[k]];
      expect = { stroke: k, reason: "order", looksLike: k + 1 };
      about = `strokes ${k + 1} and ${k + 2} swapped`;
      break;
    case "misplaced": {
      const s = spec.shift ?? { x: 0, y: -260 };
      paths[k] = paths[k].map((p) => ({ x: p.x + s.x, y: p.y + s.y }));
      expect = { stroke: k, reason: "position" };
      about = `stroke ${k + 1} moved by (${s.x}, ${s.y})`;
      break;
    }
    case "short":
      paths[k] = truncate(paths[k], 0.42);
      expect = { stroke: k, reason: "length" };
      about = `stroke ${k + 1} stopped at 42% of its length`;
      break;
    case "shape":
      paths[k] = mirror(paths[k]);
      expect = { stroke: k, reason: "shape" };
      about = `stroke ${k + 1} bowed the other way (mirrored across its chord)`;
      break;
  }
  return { id: `${char}-${spec.kind}-${k + 1}`, char, about, expect, strokes: write(paths, kinds, seed) };
}

/**
 * 国 whose inside is written as 王 begun with its middle horizontal (the 国/王 case of Hanzi Writer's issue #34):
 * 王's strokes placed by a least-squares fit over 国's inner four. The inner horizontals look alike, so a matcher
 * that compares a stroke only with the one due lets one pass for another; the judge must name the order.
 */
export function guoAsWang(guo: CharacterData, wang: CharacterData, seed: number): InkCase {
  const g = characterModel(guo);
  const w = characterModel(wang);
  const inner = [2, 3, 4, 5];
  const user = w.medians.flatMap((m) => resample(m, 16));
  const ref = inner.flatMap((s) => resample(g.medians[s], 16));
  const fit = fitPlacement(user, ref, true, 0.3, 2);
  const wangPlaced = w.medians.map((m) => m.map((p) => place(p, fit)));
  const paths = [
    g.medians[0],
    g.medians[1],
    wangPlaced[1],
    wangPlaced[0],
    wangPlaced[2],
    wangPlaced[3],
    g.medians[6],
    g.medians[7],
  ];
  const kinds = [g.kinds[0], g.kinds[1], w.kinds[1], w.kinds[0], w.kinds[2], w.kinds[3], g.kinds[6], g.kinds[7]];
  return {
    id: "国-inner-王-middle-first",
    char: "国",
    about: "国 with its inside written as 王, begun with the middle horizontal instead of the top one",
    expect: { stroke: 2, reason: "order", looksLike: 3 },
    strokes: write(paths, kinds, seed),
  };
}

/** The right form with the wrong brush: the technique of one kind of stroke on a stroke of another. */
export function wrongBrush(char: string, data: CharacterData, stroke: number, as: StrokeKind, seed: number): InkCase {
  const model = characterModel(data);
  const kinds = [...model.kinds];
  const was = kinds[stroke];
  kinds[stroke] = as;
  return {
    id: `${char}-brush-${stroke + 1}`,
    char,
    about: `stroke ${stroke + 1} (${was}) written with the pressure of a ${as}`,
    expect: { stroke, brush: "pressure" },
    strokes: write(model.medians, kinds, seed),
  };
}
