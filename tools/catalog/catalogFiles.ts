// Everything `npm run catalog` writes, built in memory: catalog files, caption files and hall scenes (no I/O here).
import type { Category } from "../../common/catalog";
import { parseScene } from "../../common/scene";
import { buildBronzes } from "./bronzes";
import { buildCalligraphy } from "./calligraphy";
import { buildCeramics } from "./ceramics";
import { layoutProblems } from "./hallChecks";
import { buildHalls } from "./halls";
import { formatCatalogFile, formatJson } from "./jsonFormat";
import { attachNarration, type Timings } from "./narration";
import { buildPaintings } from "./paintings";
import { completeRecord } from "./recordDetails";
import type { Built } from "./records";
import { buildSeals } from "./seals";

export const CATEGORIES: readonly Category[] = ["ceramic", "bronze", "calligraphy", "painting", "seal"];

export function allRecords(): Built[] {
  const built = [...buildCeramics(), ...buildBronzes(), ...buildCalligraphy(), ...buildPaintings(), ...buildSeals()];
  return built.map(completeRecord);
}

export interface GeneratedCatalog {
  /** Repository-relative path → file text. */
  files: Map<string, string>;
  built: Built[];
}

export function buildCatalog(timings: Timings): GeneratedCatalog {
  const built = allRecords();
  const files = new Map<string, string>();
  const captions = attachNarration(built, timings);
  for (const category of CATEGORIES) {
    files.set(
      `assets/catalog/${category}.json`,
      formatCatalogFile(built.filter((b) => b.record.category === category).map((b) => b.record)),
    );
  }
  for (const [file, text] of captions) files.set(file, text);
  for (const hall of buildHalls(built)) {
    const file = `scenes/${hall.id}.json`;
    // A hall that does not parse or leaves no aisle is a bug in the generator: refuse to write it.
    const problems = layoutProblems(parseScene(file, hall));
    if (problems.length) throw new Error(`${file}:\n  ${problems.join("\n  ")}`);
    files.set(file, `${formatJson(hall)}\n`);
  }
  return { files, built };
}
