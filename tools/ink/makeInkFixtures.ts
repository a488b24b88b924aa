// `node --import tsx tools/ink/makeInkFixtures.ts`: writes tests/fixtures/ink/generated.json, the judge's perturbed
// fixtures (correct and wrong writing of the lesson characters, 国 and 王). Deterministic: rerunning gives the same file.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lessonCharacters } from "../../common/ink/lessons";
import {
  CORRECT_HANDS,
  correctCases,
  guoAsWang,
  wrongBrush,
  wrongCase,
  type InkCase,
  type WrongSpec,
} from "./inkCases";
import { characterData, FIXTURE_DIR, toStored } from "./inkFixtureFile";

/** Wrong writing: a few characters, each mistake on strokes chosen to be unambiguous (read off the medians). */
const WRONG: Record<string, WrongSpec[]> = {
  永: [
    { kind: "reversed", stroke: 1 },
    { kind: "reversed", stroke: 4 },
    { kind: "order", stroke: 1 },
    { kind: "order", stroke: 3 },
    { kind: "misplaced", stroke: 3, shift: { x: 0, y: 260 } },
    { kind: "misplaced", stroke: 4, shift: { x: -240, y: -120 } },
    { kind: "short", stroke: 1 },
    { kind: "short", stroke: 4 },
    { kind: "shape", stroke: 2 },
    { kind: "shape", stroke: 4 },
  ],
  国: [
    { kind: "reversed", stroke: 0 },
    { kind: "order", stroke: 0 },
    { kind: "misplaced", stroke: 4, shift: { x: 230, y: 0 } },
    { kind: "short", stroke: 7 },
    { kind: "shape", stroke: 1 },
  ],
  年: [
    { kind: "reversed", stroke: 5 },
    { kind: "order", stroke: 1 },
    { kind: "short", stroke: 5 },
  ],
  之: [
    { kind: "reversed", stroke: 2 },
    { kind: "order", stroke: 0 },
    { kind: "shape", stroke: 1 },
  ],
  山: [
    { kind: "reversed", stroke: 2 },
    { kind: "misplaced", stroke: 2, shift: { x: 0, y: 300 } },
  ],
  春: [
    { kind: "order", stroke: 3 },
    { kind: "short", stroke: 4 },
  ],
};

export function allCases(): InkCase[] {
  const cases: InkCase[] = [];
  let seed = 1;
  const chars = [...lessonCharacters(), "国", "王"];
  for (const char of chars) {
    const hands = char === "永" || char === "国" ? CORRECT_HANDS : CORRECT_HANDS.slice(0, 2);
    cases.push(...correctCases(char, characterData(char), hands, (seed += 10)));
  }
  for (const [char, specs] of Object.entries(WRONG))
    for (const spec of specs) cases.push(wrongCase(char, characterData(char), spec, (seed += 10)));
  cases.push(guoAsWang(characterData("国"), characterData("王"), (seed += 10)));
  cases.push(wrongBrush("永", characterData("永"), 4, "horizontal", (seed += 10)));
  cases.push(wrongBrush("永", characterData("永"), 0, "leftFalling", seed + 10));
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.join(FIXTURE_DIR, "generated.json");
  const cases = allCases();
  writeFileSync(file, toStored(cases, "tools/ink/makeInkFixtures.ts"));
  console.log(`${cases.length} cases → ${path.relative(process.cwd(), file)}`);
}
