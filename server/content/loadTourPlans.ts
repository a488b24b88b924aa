// Reads and checks the sample tour plans (assets/tours/*.json) at start-up: schema, scenes, targets, places and
// media files. One bad plan stops the start, naming the file, the path and the problem.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatPath } from "../../common/scene";
import { TourPlanSchema, type TourPlan } from "../../common/tour";
import { planProblems, type TourContent } from "../logic/tourPlanCheck";

export function loadTourPlans(dir: string, assetsDir: string, content: TourContent): TourPlan[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const plans: TourPlan[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const rel = path.join(path.basename(dir), file);
    const say = (p: string, m: string) => errors.push(`  ${rel}: ${p}: ${m}`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (err) {
      say("(root)", `not valid JSON: ${(err as Error).message}`);
      continue;
    }
    const parsed = TourPlanSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) say(formatPath(i.path), i.message);
      continue;
    }
    const plan = parsed.data;
    if (`${plan.id}.json` !== file) say("id", `"${plan.id}" must match the file name ${file}`);
    for (const p of planProblems(plan, content)) say(p.path, p.message);
    plan.stops.forEach((s, i) => {
      const m = s.media;
      for (const f of m ? [m.audio, m.audioZh, m.captions.en, m.captions.zh].filter((x): x is string => !!x) : []) {
        if (!existsSync(path.join(assetsDir, f)))
          say(formatPath(["stops", i, "media"]), `${f} is missing from ${path.basename(assetsDir)}/`);
      }
    });
    plans.push(plan);
  }
  if (errors.length) throw new Error(`Invalid tour plans:\n${errors.join("\n")}`);
  return plans;
}
