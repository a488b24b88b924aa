// A member's sheet as the guide sees it: the tries judged again in order give the member's own judgements (the same
// score and refusals as the studio's session), and a sheet with more tries than it carries sends the accepted strokes.
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
    const sent = sheetStrokes(session.tries(), session.accepted()).map(unpackStroke);
    const summary = summarizeSheet(sent, judgeCharacter(characterModel(yong), sent));
    expect(summary).toMatchObject({
      score: session.score(),
      complete: true,
      failed: [{ stroke: 2, reason: "reversed" }],
    });
    expect(summary.score).toBeCloseTo(4 / 5);
    expect(summary.ink).toHaveLength(5);
  });

  it("carries the accepted strokes alone when the tries outnumber a sheet", () => {
    const session = createInkSession("永", yong);
    for (let i = 0; i < MAX_SHEET_STROKES; i++) session.write(stroke([...yong.medians[0]].reverse()));
    for (const m of yong.medians) session.write(stroke(m));
    const sent = sheetStrokes(session.tries(), session.accepted()).map(unpackStroke);
    expect(sent).toHaveLength(5);
    expect(summarizeSheet(sent, judgeCharacter(characterModel(yong), sent))).toMatchObject({ score: 1, failed: [] });
  });
});
