// A sheet on the wire: strokes thinned to a fixed most of points (ends kept) and rounded, read back the same, judged
// alike; the schema bounds every sheet and names what is wrong.
import { describe, expect, it } from "vitest";
import { characterModel, judgeCharacter } from "../../../common/ink/characterJudge";
import { LessonSheetSchema } from "../../../common/ink/lessonMessages";
import { MAX_SHEET_POINTS, MAX_SHEET_STROKES, packStroke, unpackStroke } from "../../../common/ink/lessonWire";
import { characterData } from "../../../tools/ink/inkFixtureFile";

const yong = characterData("永");
/** 永's medians as strokes written at 60 Hz: many more points than the wire keeps. */
const dense = yong.medians.map((m) =>
  m.flatMap(([x, y], i) =>
    i === 0
      ? [{ x, y, t: 0, pressure: 0.5 }]
      : Array.from({ length: 20 }, (_, k) => {
          const [px, py] = m[i - 1];
          const f = (k + 1) / 20;
          return { x: px + (x - px) * f, y: py + (y - py) * f, t: ((i - 1) * 20 + k + 1) * 16.7, pressure: 0.6 };
        }),
  ),
);

describe("a sheet on the wire", () => {
  it("keeps at most its most points a stroke, the ends exactly, and reads back what it packed", () => {
    const packed = dense.map(packStroke);
    for (const [i, flat] of packed.entries()) {
      expect(flat.length).toBe(Math.min(dense[i].length, MAX_SHEET_POINTS) * 4);
      const back = unpackStroke(flat);
      expect(back[0]).toEqual({ ...dense[i][0], x: Math.round(dense[i][0].x), y: Math.round(dense[i][0].y) });
      expect(back.at(-1)!.t).toBe(Math.round(dense[i].at(-1)!.t));
    }
    expect(unpackStroke(packStroke([{ x: 1.4, y: 2.6, t: 3.2 }]))).toEqual([{ x: 1, y: 3, t: 3 }]);
  });

  it("judges a packed sheet as the sheet written", () => {
    const model = characterModel(yong);
    const written = judgeCharacter(model, dense);
    const sent = judgeCharacter(
      model,
      dense.map((s) => unpackStroke(packStroke(s))),
    );
    expect(sent.strokes.map((s) => s.reason)).toEqual(written.strokes.map((s) => s.reason));
    expect(sent.strokes.every((s) => s.accepted)).toBe(true);
  });

  it("is bounded and checked, naming what is wrong", () => {
    const good = { char: "永", strokes: dense.map(packStroke) };
    expect(LessonSheetSchema.safeParse(good).success).toBe(true);
    const issue = (v: unknown) => {
      const r = LessonSheetSchema.safeParse(v);
      return r.success ? null : r.error.issues[0].message;
    };
    expect(issue({ ...good, strokes: Array(MAX_SHEET_STROKES + 1).fill(good.strokes[0]) })).toMatch(/at most 32/);
    expect(issue({ ...good, strokes: [Array(MAX_SHEET_POINTS * 4 + 4).fill(1)] })).toMatch(/at most 32 points/);
    expect(issue({ ...good, strokes: [[1, 2, 3, 4, 5, 6, 7, 8, 9]] })).toMatch(/4 numbers a point/);
    expect(issue({ ...good, strokes: [[1, 2, 3, 4, 5, 6, 7, 101]] })).toMatch(/pressure must be -1 to 100/);
    expect(issue({ ...good, strokes: [[1, 2, -3, 4, 5, 6, 7, 8]] })).toMatch(/t must be 0 to 600000/);
    expect(issue({ ...good, strokes: [[1.5, 2, 3, 4, 5, 6, 7, 8]] })).not.toBeNull();
    expect(issue({ ...good, extra: 1 })).not.toBeNull();
  });
});
