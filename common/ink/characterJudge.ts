// The judge: each finished stroke of a character, in writing order, against the stroke data's medians. It places
// the learner's writing on the data's grid from the strokes already accepted (so any size and place on the paper
// will do), runs the geometric checks against the expected stroke and the ones not yet written (order), then the
// brush checks. Pure and deterministic: the same strokes always give the same judgement.
import { judgeBrush, type BrushCheck } from "./brushChecks";
import { centroid, dist, fitPlacement, pathLength, place, resample, spread, type Vec } from "./inkGeometry";
import { strokeFeedback } from "./inkFeedback";
import type { CharacterData, InkPoint } from "./inkStroke";
import { endsNear, fitStroke, LIMITS, reversedCurve, toCurve, type Curve, type StrokeFit } from "./strokeChecks";
import { strokeKind } from "./strokeKinds";
import type { CharacterJudgement, CharacterModel, OrderCheck, Reason, StrokeJudgement } from "./judgement";

export type { CharacterJudgement, CharacterModel, Reason, StrokeJudgement } from "./judgement";

export function characterModel(data: CharacterData): CharacterModel {
  const medians = data.medians.map((m) => m.map(([x, y]) => ({ x, y })));
  return { medians, kinds: medians.map(strokeKind), curves: medians.map(toCurve) };
}

/** The first stroke is judged where the data has it, give or take this much (the paper's grid guides it). */
const FIRST_POSITION = 230;
/** Until the accepted strokes reach this far (grid units), the character's size is not known, only its place. */
const SCALE_SPREAD = 250;
/** While the size is unknown, the position limit grows by this share of the distance from the written part. */
const UNKNOWN_SCALE_SLACK = 0.2;
/** An accepted stroke still counts as out of order when another stroke lies this much nearer. */
const MUCH_NEARER = 0.5;
/** Shorter than this (grid units) is a tap, not a stroke. */
const MIN_STROKE_LENGTH = 8;

interface Written {
  stroke: number;
  user: Vec[];
}

/** Judges one stroke, given the strokes accepted before it. */
export function judgeStroke(
  model: CharacterModel,
  written: readonly Written[],
  attempt: number,
  points: readonly InkPoint[],
): StrokeJudgement {
  const expected = nextStroke(model, written);
  const kind = model.kinds[Math.min(expected, model.kinds.length - 1)];
  const base = { attempt, expected, kind, brush: [] as BrushCheck[] };
  // Feedback reads positions on the grid, where the checks measured them.
  let onGrid: readonly Vec[] = points;
  const reject = (reason: Reason, checks: StrokeJudgement["checks"], looksLike: number | null = null) => {
    const j: Omit<StrokeJudgement, "feedback"> = { ...base, looksLike, accepted: false, reason, checks };
    return { ...j, feedback: strokeFeedback(j, model, onGrid) };
  };
  if (expected >= model.medians.length) return reject("extra", []);
  if (points.length < 2 || pathLength(points) < MIN_STROKE_LENGTH) return reject("points", []);

  const { placed, startLimit, endLimit } = placeOnGrid(model, written, expected, points);
  onGrid = placed;
  const curve = toCurve(placed);
  const fits = new Map<number, StrokeFit>();
  const fitOf = (s: number) => {
    if (!fits.has(s)) fits.set(s, fitStroke(curve, model.curves[s], LIMITS, startLimit, endLimit));
    return fits.get(s)!;
  };
  const mine = fitOf(expected);
  const done = new Set(written.map((w) => w.stroke));
  let rival: number | null = null;
  for (let s = 0; s < model.medians.length; s++) {
    if (s === expected || done.has(s) || !endsNear(curve, model.curves[s], startLimit, endLimit)) continue;
    const fit = fitOf(s);
    if (fit.ok && (rival === null || fit.nearness < fitOf(rival).nearness)) rival = s;
  }
  const outOfOrder = rival !== null && (!mine.ok || fitOf(rival).nearness < MUCH_NEARER * mine.nearness);
  const order: OrderCheck = {
    name: "order",
    ok: !outOfOrder,
    value: (outOfOrder ? rival! : expected) + 1,
    limit: expected + 1,
  };
  const checks = [...mine.checks, order];
  if (outOfOrder) return reject("order", checks, rival);
  if (!mine.ok) return reject(geometryReason(mine, curve, model.curves[expected], startLimit, endLimit), checks);

  const j: Omit<StrokeJudgement, "feedback"> = {
    ...base,
    looksLike: expected,
    accepted: true,
    reason: null,
    checks,
    brush: judgeBrush(points, kind),
  };
  return { ...j, feedback: strokeFeedback(j, model, points) };
}

/** The most telling failed check; a stroke that fits once turned round was written backwards. */
function geometryReason(fit: StrokeFit, user: Curve, model: Curve, startLimit: number, endLimit: number): Reason {
  const failed = (name: string) => fit.checks.some((c) => c.name === name && !c.ok);
  const turned = fitStroke(reversedCurve(user), model, LIMITS, startLimit, endLimit);
  if (failed("direction") && turned.checks.filter((c) => c.name !== "shape").every((c) => c.ok)) return "reversed";
  if (failed("length")) return "length";
  if (failed("start") || failed("end")) return "position";
  if (failed("direction")) return "direction";
  return "shape";
}

function nextStroke(model: CharacterModel, written: readonly Written[]): number {
  const done = new Set(written.map((w) => w.stroke));
  let s = 0;
  while (s < model.medians.length && done.has(s)) s++;
  return s;
}

/**
 * The learner's stroke on the data's grid: placed by the least-squares fit of the strokes already accepted onto
 * their medians (scale too once they reach far enough), with position limits widened while that fit is loose.
 */
function placeOnGrid(model: CharacterModel, written: readonly Written[], expected: number, points: readonly Vec[]) {
  const median = model.medians[expected];
  if (written.length === 0) {
    return { placed: points.map((p) => ({ x: p.x, y: p.y })), startLimit: FIRST_POSITION, endLimit: FIRST_POSITION };
  }
  const user: Vec[] = [];
  const ref: Vec[] = [];
  for (const w of written) {
    user.push(...resample(w.user, 16));
    ref.push(...resample(model.medians[w.stroke], 16));
  }
  const scaleKnown = spread(ref) >= SCALE_SPREAD;
  const fit = fitPlacement(user, ref, scaleKnown);
  const placed = points.map((p) => place(p, fit));
  if (scaleKnown) return { placed, startLimit: LIMITS.position, endLimit: LIMITS.position };
  const c = centroid(ref);
  const slack = (p: Vec) => LIMITS.position + UNKNOWN_SCALE_SLACK * dist(p, c);
  return { placed, startLimit: slack(median[0]), endLimit: slack(median[median.length - 1]) };
}

/**
 * Judges a character written stroke by stroke, as the studio does: a stroke that is not accepted is a try that
 * does not count, and the same stroke is due again next.
 */
export function judgeCharacter(model: CharacterModel, strokes: readonly (readonly InkPoint[])[]): CharacterJudgement {
  const written: Written[] = [];
  const results: StrokeJudgement[] = [];
  strokes.forEach((points, attempt) => {
    const j = judgeStroke(model, written, attempt, points);
    results.push(j);
    if (j.accepted) written.push({ stroke: j.expected, user: points.map((p) => ({ x: p.x, y: p.y })) });
  });
  const count = model.medians.length;
  return { strokeCount: count, written: written.length, complete: written.length === count, strokes: results };
}
