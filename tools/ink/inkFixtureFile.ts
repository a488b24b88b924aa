// The fixture file format: cases with their strokes as compact [x, y, t, pressure] rows (a quarter of the size of
// objects), read back into the judge's points. Used by the fixture tool, the tests and the benchmark.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CharacterDataSchema, type CharacterData, type InkPoint } from "../../common/ink/inkStroke";
import type { InkCase } from "./inkCases";

export const FIXTURE_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/ink");

type Row = [number, number, number, number] | [number, number, number];
interface StoredCase extends Omit<InkCase, "strokes"> {
  strokes: Row[][];
}

export function toStored(cases: readonly InkCase[], generatedBy: string): string {
  const stored: StoredCase[] = cases.map((c) => ({
    ...c,
    strokes: c.strokes.map((s) =>
      s.map((p) => (p.pressure === undefined ? [p.x, p.y, p.t] : [p.x, p.y, p.t, p.pressure])),
    ),
  }));
  return `{"generatedBy":${JSON.stringify(generatedBy)},"cases":[\n${stored.map((c) => JSON.stringify(c)).join(",\n")}\n]}\n`;
}

export function readFixtures(file: string): InkCase[] {
  const { cases } = JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), "utf8")) as { cases: StoredCase[] };
  return cases.map((c) => ({
    ...c,
    strokes: c.strokes.map((s) =>
      s.map(([x, y, t, pressure]): InkPoint => (pressure === undefined ? { x, y, t } : { x, y, t, pressure })),
    ),
  }));
}

const require = createRequire(import.meta.url);

/** A character's stroke data, straight from the installed hanzi-writer-data (tests and tools only). */
export function characterData(char: string): CharacterData {
  return CharacterDataSchema.parse(require(`hanzi-writer-data/${char}.json`));
}
