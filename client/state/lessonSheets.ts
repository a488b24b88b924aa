// A group lesson's sheets as the guide and the group see them: a member's tries (as sent) judged again in order give
// the member's own judgements, summed up as the share right at the first try and the tries that were refused. Pure.
import type { CharacterJudgement, Reason, StrokeJudgement } from "../../common/ink/characterJudge";
import type { InkPoint } from "../../common/ink/inkStroke";
import { MAX_SHEET_STROKES, packStroke, type WireStroke } from "../../common/ink/lessonWire";

export interface SheetSummary {
  /** Strokes right at the first try, over the character's strokes (0…1). */
  score: number;
  complete: boolean;
  /** Each refused try: the stroke that was due (1-based) and why. */
  failed: { stroke: number; reason: Reason }[];
  /** The accepted strokes' points, in the order written: the sheet as it looks. */
  ink: InkPoint[][];
}

export function summarizeSheet(tries: readonly InkPoint[][], j: CharacterJudgement): SheetSummary {
  const firstTry = new Map<number, boolean>();
  const failed: SheetSummary["failed"] = [];
  const ink: InkPoint[][] = [];
  j.strokes.forEach((s, i) => {
    if (!firstTry.has(s.expected)) firstTry.set(s.expected, s.accepted);
    if (s.accepted) ink.push(tries[i]);
    else failed.push({ stroke: s.expected + 1, reason: s.reason ?? "shape" });
  });
  const right = [...firstTry.values()].filter(Boolean).length;
  return { score: j.strokeCount ? right / j.strokeCount : 0, complete: j.complete, failed, ink };
}

/**
 * A finished character as sent to the guide: every try in order (so the guide's judge says what the member's did).
 * When there were more tries than a sheet carries, each stroke's first try (it decides the score) and its accepted
 * try, in order: the refused retries between them go, so the guide still sees every stroke missed at the first try
 * and the member's own score (retries are refused tries, so leaving them out changes no other judgement).
 */
export function sheetStrokes(
  tries: readonly (readonly InkPoint[])[],
  judgements: readonly Pick<StrokeJudgement, "expected" | "accepted">[],
): WireStroke[] {
  if (tries.length <= MAX_SHEET_STROKES) return tries.map(packStroke);
  const tried = new Set<number>();
  const kept = tries.filter((_, i) => {
    const { expected, accepted } = judgements[i];
    const first = !tried.has(expected);
    tried.add(expected);
    return first || accepted;
  });
  return kept.slice(0, MAX_SHEET_STROKES).map(packStroke);
}
