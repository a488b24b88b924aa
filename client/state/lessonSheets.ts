// A group lesson's sheets as the guide and the group see them: a member's tries (as sent) judged again in order give
// the member's own judgements, summed up as the share right at the first try and the tries that were refused. Pure.
import type { CharacterJudgement, Reason } from "../../common/ink/characterJudge";
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
 * A finished character as sent to the guide: every try in order (so the guide's judge says what the member's did),
 * or, when there were more tries than a sheet carries, the accepted strokes alone.
 */
export function sheetStrokes(
  tries: readonly (readonly InkPoint[])[],
  accepted: readonly { points: readonly InkPoint[] }[],
): WireStroke[] {
  const kept = tries.length <= MAX_SHEET_STROKES ? tries : accepted.map((a) => a.points).slice(0, MAX_SHEET_STROKES);
  return kept.map(packStroke);
}
