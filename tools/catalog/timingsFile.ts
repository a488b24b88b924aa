// The measured durations of the narration audio already made (assets/audio/catalog-narration.json), read from disk.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Timings } from "./narration";

export const TIMINGS_FILE = "assets/audio/catalog-narration.json";

/** The timings of audio that is really there: an entry whose .ogg is missing is dropped. */
export function readTimings(repoRoot: string): Timings {
  const file = path.join(repoRoot, TIMINGS_FILE);
  const all: Timings = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => existsSync(path.join(repoRoot, "assets/audio", `${key}.ogg`))),
  );
}
