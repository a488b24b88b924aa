// window.bund.ink: the calligraphy judge for tests (judge a character's strokes without drawing) and the studio's
// state. Both load lazily, so the start-up bundle carries none of it.
import type { CharacterJudgement } from "../../common/ink/characterJudge";
import type { InkPoint } from "../../common/ink/inkStroke";
import type { LessonReport } from "./lessonWiring";

export interface StudioReport {
  char: string;
  strokeCount: number;
  /** The stroke due next (0-based). */
  due: number;
  complete: boolean;
  feedback: { en: string; zh: string } | null;
  /** The reason of the last judgement ("accepted", "order", "reversed"…), or null before the first stroke. */
  reason: string | null;
  /** The last judged stroke's pressure range (min, max), when it carried pressure (a pen, a VR trigger). */
  pressure: [number, number] | null;
  /** The VR card's text over the desk, or null outside VR. */
  vrPanel: string | null;
}

export interface InkHandle {
  ink: {
    /** Judges a character's strokes (points on the data's 1024 grid, y up, t in ms) as the studio would. */
    judge(char: string, strokes: unknown): Promise<CharacterJudgement>;
    /** The studio's state, or null when the visitor is not in the studio. */
    studio(): Promise<StudioReport | null>;
    /** Opens a character in the studio. */
    open(char: string): Promise<void>;
    /** Writes strokes (grid points) on the open sheet one by one, as the VR brush does: judged and drawn. */
    write(strokes: unknown): Promise<StudioReport | null>;
    /** A group lesson as this page sees it (the guide's board, the sheet shown), or null outside a tour. */
    lesson(): Promise<LessonReport | null>;
  };
}

async function studio() {
  const { currentStudio } = await import("./places/studioBuild");
  const open = currentStudio();
  if (!open) throw new Error("The visitor is not in the calligraphy studio: bund.goto('calligraphy-studio') first");
  return open.studio;
}

export const inkAutomation: InkHandle = {
  ink: {
    async judge(char, strokes) {
      const [{ characterModel, judgeCharacter }, { parseStrokes }, { fetchCharacter }] = await Promise.all([
        import("../../common/ink/characterJudge"),
        import("../../common/ink/inkStroke"),
        import("../net/strokeData"),
      ]);
      const parsed: InkPoint[][] = parseStrokes(strokes);
      return judgeCharacter(characterModel(await fetchCharacter(char)), parsed);
    },
    async studio() {
      const { currentStudio } = await import("./places/studioBuild");
      const open = currentStudio();
      const s = open?.studio;
      const session = s?.session();
      if (!open || !s || !session) return null;
      const last = session.judgements().at(-1);
      const pressures = s.lastStroke()?.flatMap((p) => (p.pressure === undefined ? [] : [p.pressure])) ?? [];
      return {
        char: session.char,
        strokeCount: session.model.medians.length,
        due: session.due(),
        complete: session.complete(),
        feedback: s.feedback(),
        reason: last ? (last.reason ?? "accepted") : null,
        pressure: pressures.length ? [Math.min(...pressures), Math.max(...pressures)] : null,
        vrPanel: open.brush.panelText(),
      };
    },
    open: async (char) => (await studio()).open(char),
    async write(strokes) {
      const { parseStrokes } = await import("../../common/ink/inkStroke");
      const s = await studio();
      for (const points of parseStrokes(strokes)) s.write(points);
      return inkAutomation.ink.studio();
    },
    lesson: async () => (await import("./lessonWiring")).lessonReport(),
  },
};
