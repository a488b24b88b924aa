// Hanzi Writer's own quiz matcher (strokeMatches, from hanzi-writer 3.7.3's dist/index.cjs.js), for the ink
// benchmark's baseline. The package does not export it, so its unchanged CommonJS build is run in this process with
// one line appended that hands out the two internals the quiz uses: parseCharData and strokeMatches.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import type { CharacterData } from "../common/ink/inkStroke";

interface HwPoint {
  x: number;
  y: number;
}
export interface HwCharacter {
  strokes: unknown[];
}
interface HwInternals {
  parseCharData(symbol: string, data: CharacterData): HwCharacter;
  strokeMatches(
    userStroke: { points: HwPoint[] },
    character: HwCharacter,
    strokeNum: number,
    options: { leniency?: number; isOutlineVisible?: boolean; averageDistanceThreshold?: number },
  ): { isMatch: boolean; meta: { isStrokeBackwards: boolean } };
}

export function loadHanziWriterMatcher(): HwInternals {
  const require = createRequire(import.meta.url);
  const file = require.resolve("hanzi-writer/dist/index.cjs.js");
  const source = readFileSync(file, "utf8");
  const wrapped =
    "(function (exports, require, module) {\n" +
    source +
    "\n;module.exports.__bench = { parseCharData, strokeMatches };\n})";
  const factory = vm.runInThisContext(wrapped, { filename: file }) as (e: object, r: NodeRequire, m: object) => void;
  const mod: { exports: { __bench?: HwInternals } } = { exports: {} };
  factory(mod.exports, require, mod);
  if (!mod.exports.__bench) throw new Error(`hanzi-writer's ${file} did not define parseCharData and strokeMatches`);
  return mod.exports.__bench;
}

/** Hanzi Writer's quiz defaults: leniency 1, the outline shown, average distance threshold 350. */
export const QUIZ_OPTIONS = { leniency: 1, isOutlineVisible: true, averageDistanceThreshold: 350 };
