// A member's sheet as the guide sees it: the tries judged again in order give the member's own judgements (the same
// score and refusals as the studio's session), also when there were more tries than a sheet carries.
import { describe, expect, it } from "vitest";
import { characterModel, judgeCharacter } from "../../../common/ink/characterJudge";
import { MAX_SHEET_STROKES, unpackStroke } from "../../../common/ink/lessonWire";
import { createInkSession } from "../../../client/state/inkSession";
import { sheetStrokes, summarizeSheet } from "../../../client/state/lessonSheets";
import { characterData } from "../../../tools/ink/inkFixtureFile";

const yong = characterData("永");
const stroke = (m: number[][]) => m.map(([x, y], i) => ({ x, y, t: i * 40, pressure: 0.5 }));

describe("a group lesson's sheet", () => {
  it("judged again from its tries, says what the member's session said", () => {
    const session = createInkSession("永", yong);
    session.write(stroke(yong.medians[0]));
    session.write(stroke([...yong.medians[1]].reverse()));
    for (const m of yong.medians.slice(1)) session.write(stroke(m));
    expect(session.complete()).toBe(true);
    const sent = sheetStrokes(session.tries(), session.judgements()).map(unpackStroke);
    const summary = summarizeSheet(sent, judgeCharacter(characterModel(yong), sent));
    expect(summary).toMatchObject({
      score: session.score(),
      complete: true,
      failed: [{ stroke: 2, reason: "reversed" }],
    });
    expect(summary.score).toBeCloseTo(4 / 5);
    expect(summary.ink).toHaveLength(5);
  });

  it("with more tries than a sheet carries, keeps each stroke's first try: the member's score, not a perfect one", () => {
    const session = createInkSession("永", yong);
    for (let i = 0; i < MAX_SHEET_STROKES; i++) session.write(stroke([...yong.medians[0]].reverse()));
    session.write(stroke(yong.medians[0]));
    session.write(stroke([...yong.medians[1]].reverse()));
    for (const m of yong.medians.slice(1)) session.write(stroke(m));
    for (let i = 0; i < 3; i++) session.write(stroke(yong.medians[4])); // after the character was complete
    expect(session.tries().length).toBeGreaterThan(MAX_SHEET_STROKES);
    const sent = sheetStrokes(session.tries(), session.judgements()).map(unpackStroke);
    // Strokes 1 and 2: first try and accepted one; strokes 3–5: one each; the first extra stroke.
    expect(sent).toHaveLength(2 + 2 + 3 + 1);
    const summary = summarizeSheet(sent, judgeCharacter(characterModel(yong), sent));
    expect(summary.score).toBeCloseTo(session.score());
    expect(summary.score).toBeCloseTo(3 / 5);
    expect(summary.failed.map((f) => f.stroke)).toEqual([1, 2, 6]);
    expect(summary.ink).toHaveLength(5);
  });
});
