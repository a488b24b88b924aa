// One character being written in the studio: the strokes accepted so far and the judgement of each try. Pure: the
// sheet feeds it finished strokes and draws what it says.
import {
  characterModel,
  judgeStroke,
  type CharacterModel,
  type StrokeJudgement,
} from "../../common/ink/characterJudge";
import type { CharacterData, InkPoint } from "../../common/ink/inkStroke";

export interface InkSession {
  readonly char: string;
  readonly data: CharacterData;
  readonly model: CharacterModel;
  /** The strokes accepted so far, in the order written, with the model stroke each one is. */
  accepted(): readonly { stroke: number; points: readonly InkPoint[] }[];
  /** Every judgement so far, tries that were refused included. */
  judgements(): readonly StrokeJudgement[];
  /** Every stroke written, refused tries included, in order: judged again in order, they give the same judgements. */
  tries(): readonly (readonly InkPoint[])[];
  /** The stroke due next (0-based); equal to the stroke count once the character is complete. */
  due(): number;
  complete(): boolean;
  /** Judges a finished stroke; an accepted one stays on the sheet, a refused one is a try that does not count. */
  write(points: readonly InkPoint[]): StrokeJudgement;
  /** Strokes accepted at their first try, over the strokes of the character (for progress). */
  score(): number;
}

export function createInkSession(char: string, data: CharacterData): InkSession {
  const model = characterModel(data);
  const written: { stroke: number; points: readonly InkPoint[]; user: { x: number; y: number }[] }[] = [];
  const judged: StrokeJudgement[] = [];
  const tries: (readonly InkPoint[])[] = [];
  const firstTry = new Set<number>();
  const tried = new Set<number>();
  return {
    char,
    data,
    model,
    accepted: () => written.map(({ stroke, points }) => ({ stroke, points })),
    judgements: () => judged,
    tries: () => tries,
    due: () => written.length,
    complete: () => written.length === model.medians.length,
    write(points) {
      const j = judgeStroke(model, written, judged.length, points);
      judged.push(j);
      tries.push(points);
      if (!tried.has(j.expected) && j.accepted) firstTry.add(j.expected);
      tried.add(j.expected);
      if (j.accepted) written.push({ stroke: j.expected, points, user: points.map((p) => ({ x: p.x, y: p.y })) });
      return j;
    },
    score: () => firstTry.size / model.medians.length,
  };
}
