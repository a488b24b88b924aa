// `npm run bench:ink`: the calligraphy judge (issue 17) on the fixture set, beside Hanzi Writer's own quiz matcher on
// the same strokes in the same run: judgement time per stroke (p50/p99, after a warm-up pass) and accuracy (correct
// characters accepted, wrong ones refused at the right stroke, and for the right reason). Prints, asserts nothing.
import { cpus, loadavg } from "node:os";
import { characterModel, judgeStroke, type CharacterModel } from "../common/ink/characterJudge";
import type { InkPoint } from "../common/ink/inkStroke";
import type { InkCase } from "../tools/ink/inkCases";
import { characterData, readFixtures } from "../tools/ink/inkFixtureFile";
import { loadHanziWriterMatcher, QUIZ_OPTIONS, type HwCharacter } from "./hanziWriterMatcher";

const PASSES = Math.max(1, Number(process.env.BENCH_PASSES ?? 5) || 5);

/** Wall-clock and CPU milliseconds of one call: on two shared cores the wall clock also counts other processes. */
function timed<T>(f: () => T, wall: number[], cpu: number[]): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  return r;
}

interface Outcome {
  /** Index of the first refused attempt, or -1. */
  refused: number;
  /** The refusal's reason as the matcher names it ("" when it cannot name one). */
  reason: string;
  complete: boolean;
  /** Whether the brush of the case's stroke was flagged (our judge only). */
  brushFlagged: boolean;
}

type Run = (c: InkCase, wall: number[], cpu: number[]) => Outcome;

const models = new Map<string, CharacterModel>();
const ours: Run = (c, wall, cpu) => {
  if (!models.has(c.char)) models.set(c.char, characterModel(characterData(c.char)));
  const model = models.get(c.char)!;
  const written: { stroke: number; user: InkPoint[] }[] = [];
  let refused = -1;
  let reason = "";
  let brushFlagged = false;
  c.strokes.forEach((points, attempt) => {
    const j = timed(() => judgeStroke(model, written, attempt, points), wall, cpu);
    if (j.accepted) written.push({ stroke: j.expected, user: points });
    else if (refused < 0) [refused, reason] = [attempt, j.reason ?? ""];
    if ("brush" in c.expect && attempt === c.expect.stroke) brushFlagged = j.brush.some((b) => b.ok === false);
  });
  return { refused, reason, complete: written.length === model.medians.length, brushFlagged };
};

const hw = loadHanziWriterMatcher();
const hwChars = new Map<string, HwCharacter>();
/** Hanzi Writer's quiz loop: a stroke is compared with the one due; a match moves on, a miss is a mistake. */
const hanziWriter: Run = (c, wall, cpu) => {
  if (!hwChars.has(c.char)) hwChars.set(c.char, hw.parseCharData(c.char, characterData(c.char)));
  const character = hwChars.get(c.char)!;
  let due = 0;
  let refused = -1;
  let reason = "";
  c.strokes.forEach((points, attempt) => {
    if (due >= character.strokes.length) return;
    const user = { points: points.map((p) => ({ x: p.x, y: p.y })) };
    const r = timed(() => hw.strokeMatches(user, character, due, QUIZ_OPTIONS), wall, cpu);
    if (r.isMatch) due++;
    else if (refused < 0) [refused, reason] = [attempt, r.meta.isStrokeBackwards ? "reversed" : ""];
  });
  return { refused, reason, complete: due === character.strokes.length, brushFlagged: false };
};

function score(run: Run, cases: InkCase[]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let outcomes: Outcome[] = [];
  cases.forEach((c) => run(c, [], [])); // a warm-up pass, so the JIT has compiled this matcher before timing
  for (let p = 0; p < PASSES; p++) outcomes = cases.map((c) => run(c, wall, cpu));
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const missed: string[] = [];
  const tally = { correct: 0, correctOf: 0, refused: 0, rightReason: 0, wrongOf: 0, brush: 0, brushOf: 0 };
  cases.forEach((c, i) => {
    const o = outcomes[i];
    const e = c.expect;
    if ("accepted" in e) {
      tally.correctOf++;
      if (o.complete && o.refused < 0) tally.correct++;
      else missed.push(`${c.id} (refused stroke ${o.refused + 1})`);
    } else if ("reason" in e) {
      tally.wrongOf++;
      if (o.refused === e.stroke) tally.refused++;
      else missed.push(`${c.id} (${o.refused < 0 ? "all accepted" : `refused stroke ${o.refused + 1}`})`);
      if (o.refused === e.stroke && o.reason === e.reason) tally.rightReason++;
    } else {
      tally.brushOf++;
      if (o.brushFlagged) tally.brush++;
    }
  });
  return {
    missed,
    p50: at(wall, 0.5),
    p99: at(wall, 0.99),
    cpu50: at(cpu, 0.5),
    cpu99: at(cpu, 0.99),
    strokes: wall.length,
    ...tally,
  };
}

const cases = readFixtures("generated.json");
const a = score(ours, cases);
const b = score(hanziWriter, cases);
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;
const ms = (v: number) => `${v.toFixed(3)} ms`;
const rows: [string, string, string][] = [
  ["", "Digital Ink judge", "Hanzi Writer strokeMatches"],
  ["time per stroke p50", ms(a.p50), ms(b.p50)],
  ["time per stroke p99", ms(a.p99), ms(b.p99)],
  ["CPU time per stroke p50", ms(a.cpu50), ms(b.cpu50)],
  ["CPU time per stroke p99", ms(a.cpu99), ms(b.cpu99)],
  ["correct characters accepted", pct(a.correct, a.correctOf), pct(b.correct, b.correctOf)],
  ["wrong ones refused at the right stroke", pct(a.refused, a.wrongOf), pct(b.refused, b.wrongOf)],
  ["… and for the right reason", pct(a.rightReason, a.wrongOf), `${pct(b.rightReason, b.wrongOf)} ¹`],
  ["wrong brush technique flagged", pct(a.brush, a.brushOf), "— (not judged)"],
  [
    "accuracy (correct accepted + wrong refused, any reason)",
    pct(a.correct + a.refused, a.correctOf + a.wrongOf),
    pct(b.correct + b.refused, b.correctOf + b.wrongOf),
  ],
];
console.log(`ink bench: ${cases.length} fixture cases, ${PASSES} passes, ${a.strokes} / ${b.strokes} strokes timed\n`);
for (const [x, y, z] of rows) console.log(`${x.padEnd(58)}${y.padEnd(22)}${z}`);
console.log(
  `\nratio (Hanzi Writer / ours): p50 ${(b.p50 / a.p50).toFixed(2)}, p99 ${(b.p99 / a.p99).toFixed(2)}, ` +
    `CPU p99 ${(b.cpu99 / a.cpu99).toFixed(2)}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; ` +
    `accuracy ${(((a.correct + a.refused) / (a.correctOf + a.wrongOf)) * 100).toFixed(1)}% vs ` +
    `${(((b.correct + b.refused) / (b.correctOf + b.wrongOf)) * 100).toFixed(1)}%`,
);
for (const [name, r] of [
  ["Digital Ink judge", a],
  ["Hanzi Writer", b],
] as const)
  console.log(`${name} got wrong: ${r.missed.join(", ") || "none"}`);
console.log(
  "\n¹ Hanzi Writer's matcher names no reason except a stroke written backwards (meta.isStrokeBackwards); it is run" +
    "\n  unchanged from its CommonJS build, with its quiz defaults (leniency 1, outline shown, threshold 350).",
);
