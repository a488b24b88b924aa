// Checks every generated record against the makers' lives and the wares' years: what a historian would catch first.
import { MAKERS, makersNamedIn, mannerFits } from "./makers";
import type { Built } from "./records";
import { WARE_SPANS } from "./wareSpans";

/** Everything dated wrong in the built catalog; empty when every maker and ware fits its record's period. */
export function datingProblems(built: readonly Built[]): string[] {
  const problems: string[] = [];
  for (const b of built) {
    const { record } = b;
    const texts = [record.title, record.description, ...(b.script ?? [])];
    const { startYear, endYear } = record.period;
    for (const text of texts)
      for (const key of makersNamedIn(text)) {
        const mk = MAKERS[key];
        if (!mannerFits(key, record.period))
          problems.push(
            `${record.id} (${record.period.name.en}, ${startYear}–${endYear}) names ${mk.name.en} ` +
              `(${mk.born}–${mk.died}), whose manner dates from about ${mk.mannerFrom}`,
          );
      }
    if (record.category !== "ceramic") continue;
    const span = WARE_SPANS[b.group];
    if (!span) problems.push(`${record.id}: ware "${b.group}" has no dated span in wareSpans.ts`);
    else if (endYear < span.from || startYear > span.to)
      problems.push(`${record.id}: ${b.group} was made ${span.from}–${span.to}, not ${startYear}–${endYear}`);
  }
  return [...new Set(problems)];
}
