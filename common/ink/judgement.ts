// What the judge returns: the verdict on each stroke (checks with their numbers, the reason, the feedback) and on
// the character; and the prepared model of a character it judges against.
import type { LocalizedText } from "../sceneParts";
import type { BrushCheck } from "./brushChecks";
import type { Vec } from "./inkGeometry";
import type { Curve, GeometryCheck } from "./strokeChecks";
import type { StrokeKind } from "./strokeKinds";

/** Why a stroke was not accepted, most telling first. */
export type Reason = "points" | "extra" | "order" | "reversed" | "length" | "position" | "direction" | "shape";

export interface OrderCheck {
  name: "order";
  ok: boolean;
  /** The stroke this one looks like (1-based, as people count strokes), against the expected one as the limit. */
  value: number;
  limit: number;
}

export interface StrokeJudgement {
  /** Which of the learner's strokes (0-based). */
  attempt: number;
  /** The stroke that was due (0-based), and the one this looks like (null when it looks like none). */
  expected: number;
  looksLike: number | null;
  accepted: boolean;
  reason: Reason | null;
  kind: StrokeKind;
  checks: (GeometryCheck | OrderCheck)[];
  brush: BrushCheck[];
  feedback: LocalizedText;
}

export interface CharacterJudgement {
  strokeCount: number;
  /** Strokes accepted so far; the character is complete when all are. */
  written: number;
  complete: boolean;
  strokes: StrokeJudgement[];
}

/** The model of one character, prepared once: medians as points, and each stroke's kind. */
export interface CharacterModel {
  medians: Vec[][];
  kinds: StrokeKind[];
  /** The medians ready to compare, prepared once. */
  curves: Curve[];
}
