// The judge against the fixture set: every correct character accepted, every wrong one refused at the right stroke
// for the right reason, the brush judged against the technique, and the same input always judged the same.
import { describe, expect, it } from "vitest";
import { characterModel, judgeCharacter, type CharacterJudgement } from "../../../common/ink/characterJudge";
import { parseStrokes } from "../../../common/ink/inkStroke";
import type { InkCase } from "../../../tools/ink/inkCases";
import { characterData, readFixtures } from "../../../tools/ink/inkFixtureFile";

const cases = readFixtures("generated.json");
const judge = (c: InkCase): CharacterJudgement => judgeCharacter(characterModel(characterData(c.char)), c.strokes);
const correct = cases.filter((c) => "accepted" in c.expect);
const wrong = cases.filter((c) => "reason" in c.expect);
const brush = cases.filter((c) => "brush" in c.expect);

describe("the judge on correct writing", () => {
  it("has correct fixtures at several sizes, places, speeds and devices", () => {
    expect(correct.length).toBeGreaterThanOrEqual(60);
    expect(new Set(correct.map((c) => c.about.split(",")[0])).size).toBeGreaterThanOrEqual(4);
  });

  it.each(correct.map((c) => [c.id, c] as const))("accepts %s, every stroke at its first try", (_id, c) => {
    const r = judge(c);
    const refused = r.strokes.filter((s) => !s.accepted).map((s) => `${s.attempt + 1}: ${s.reason} (${s.feedback.en})`);
    expect(refused).toEqual([]);
    expect(r.complete).toBe(true);
  });
});

describe("the judge on wrong writing", () => {
  it("covers every kind of mistake", () => {
    const reasons = new Set(wrong.map((c) => ("reason" in c.expect ? c.expect.reason : "")));
    expect([...reasons].sort()).toEqual(["length", "order", "position", "reversed", "shape"]);
    expect(wrong.some((c) => c.id.startsWith("国-inner-王"))).toBe(true);
  });

  it.each(wrong.map((c) => [c.id, c] as const))("refuses %s at the right stroke for the right reason", (_id, c) => {
    if (!("reason" in c.expect)) throw new Error("not a wrong case");
    const r = judge(c);
    const first = r.strokes.find((s) => !s.accepted);
    expect(first, "no stroke was refused").toBeDefined();
    expect({ attempt: first!.attempt, reason: first!.reason }).toEqual({
      attempt: c.expect.stroke,
      reason: c.expect.reason,
    });
    if (c.expect.looksLike !== undefined) expect(first!.looksLike).toBe(c.expect.looksLike);
    expect(first!.feedback.en.length).toBeGreaterThan(10);
    expect(first!.feedback.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(brush.map((c) => [c.id, c] as const))("accepts the form of %s but not its brush", (_id, c) => {
    if (!("brush" in c.expect)) throw new Error("not a brush case");
    const s = judge(c).strokes[c.expect.stroke];
    expect(s.accepted).toBe(true);
    expect(s.brush.find((b) => b.name === "pressure")?.ok).toBe(false);
    expect(s.feedback.en).toMatch(/brush:/);
  });
});

describe("what the judge says", () => {
  const byId = (id: string) => judge(cases.find((c) => c.id === id)!).strokes.find((s) => !s.accepted)!;

  it("names the stroke written and the one due", () => {
    expect(byId("永-order-2").feedback).toEqual({
      en: "This is the 3rd stroke (turning stroke (折)); the 2nd is the stroke with a hook (钩).",
      zh: "这是第3笔（折笔）；第2笔应是带钩的笔画。",
    });
  });

  it("says which way a reversed stroke goes", () => {
    expect(byId("永-reversed-5").feedback.en).toBe(
      "Wrong direction: write the right-falling stroke (捺) down and to the right.",
    );
  });

  it("says where a misplaced stroke should start and end", () => {
    const f = byId("永-misplaced-4").feedback;
    expect(f.en).toBe("The left-falling stroke (撇) is out of place: start lower, end lower.");
    expect(f.zh).toBe("撇的位置不对：起笔再往下一些，收笔再往下一些。");
  });

  it("says a short stroke is short", () => {
    expect(byId("永-short-5").feedback.en).toBe("Too short: carry the right-falling stroke (捺) further.");
  });

  it("leaves the brush unjudged when the device gives no pressure, and says so by null", () => {
    const mouse = correct.find((c) => c.strokes[0][0].pressure === 0.5)!;
    for (const s of judge(mouse).strokes) expect(s.brush.find((b) => b.name === "pressure")?.ok).toBeNull();
  });
});

describe("determinism and bad input", () => {
  it("gives the same judgement for the same strokes, every time and from a copy", () => {
    for (const c of cases.slice(0, 30)) {
      const once = judge(c);
      expect(judge(c)).toEqual(once);
      expect(judgeCharacter(characterModel(characterData(c.char)), structuredClone(c.strokes))).toEqual(once);
    }
  });

  it("refuses a tap, and strokes past the last", () => {
    const model = characterModel(characterData("永"));
    const yong = cases.find((c) => c.id === "永-correct-0")!;
    const r = judgeCharacter(model, [[{ x: 400, y: 800, t: 0 }], ...yong.strokes, yong.strokes[0]]);
    expect(r.strokes[0].reason).toBe("points");
    expect(r.strokes[6].reason).toBe("extra");
    expect(r.complete).toBe(true);
  });

  it("names what is wrong with strokes from outside", () => {
    expect(() => parseStrokes("永")).toThrow(/expected array/);
    expect(() => parseStrokes([[{ x: 1, y: 2 }]])).toThrow(/at \[0\]\[0\]\[t\]/);
    expect(() => parseStrokes([[{ x: 1, y: 2, t: 0, pressure: 3 }]])).toThrow(/pressure/);
    expect(() => parseStrokes([[{ x: Infinity, y: 2, t: 0 }]])).toThrow(/x/);
    expect(() => parseStrokes([Array.from({ length: 2001 }, (_, t) => ({ x: 0, y: 0, t }))])).toThrow(/at most 2000/);
  });
});
