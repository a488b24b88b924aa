// Entry point of `npm run catalog`: speaks new narration (if espeak-ng is installed), then writes catalog, captions, halls.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allRecords, buildCatalog } from "./catalogFiles";
import { formatJson } from "./jsonFormat";
import { audioPath, narrationsOf, timingKey, type Timings } from "./narration";
import { speak, speechTools } from "./speech";
import { readTimings, TIMINGS_FILE } from "./timingsFile";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Files this tool owns in shared folders (tours keep their own audio and captions beside them). */
const OWNED = /^(cer|brz|cal|ptg|sea)-\d{4}\.(en|zh)\.(vtt|ogg)$/;

/** Speaks every narration whose words changed, forgets narrations no longer made, and saves their timings. */
function makeAudio(timings: Timings): Timings {
  const narrations = narrationsOf(allRecords());
  const wanted = new Set(narrations.map((n) => timingKey(n.id, n.lang)));
  const next: Timings = Object.fromEntries(Object.entries(timings).filter(([k]) => wanted.has(k)));
  const stale = narrations.filter((n) => next[timingKey(n.id, n.lang)]?.hash !== n.hash);
  if (stale.length > 0 && !speechTools()) {
    console.log(
      `Note: espeak-ng or oggenc is not installed, so ${stale.length} narrations keep estimated caption times and no audio. (apt-get install espeak-ng vorbis-tools)`,
    );
  } else if (stale.length > 0) {
    mkdirSync(path.join(root, "assets/audio"), { recursive: true });
    for (const n of stale) {
      next[timingKey(n.id, n.lang)] = {
        hash: n.hash,
        durations: speak(n.cues, n.lang, path.join(root, "assets", audioPath(n.id, n.lang))),
      };
      process.stdout.write(".");
    }
    process.stdout.write("\n");
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  if (Object.keys(sorted).length > 0 || existsSync(path.join(root, TIMINGS_FILE)))
    writeFileSync(path.join(root, TIMINGS_FILE), `${formatJson(sorted)}\n`);
  return sorted;
}

/** Removes generated files that this run no longer makes (a record dropped from the narrated highlights). */
function removeStale(files: Map<string, string>, timings: Timings): void {
  const keepAudio = new Set(Object.keys(timings).map((k) => `${k}.ogg`));
  for (const dir of ["assets/captions", "assets/audio"]) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) {
      if (!OWNED.test(name)) continue;
      const keep = name.endsWith(".ogg") ? keepAudio.has(name) : files.has(`${dir}/${name}`);
      if (!keep) rmSync(path.join(abs, name));
    }
  }
}

function main(): void {
  const timings = readTimings(root);
  const spoken = makeAudio(timings);
  const { files, built } = buildCatalog(readTimings(root));
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  removeStale(files, spoken);
  const count = (c: string) => built.filter((b) => b.record.category === c).length;
  const audioBytes = Object.keys(readTimings(root)).reduce(
    (s, k) => s + statSync(path.join(root, "assets/audio", `${k}.ogg`)).size,
    0,
  );
  console.log(
    `catalog: ${built.length} records (ceramic ${count("ceramic")}, bronze ${count("bronze")}, calligraphy ${count("calligraphy")}, painting ${count("painting")}, seal ${count("seal")})`,
  );
  console.log(
    `narrated: ${built.filter((b) => b.script).length} highlights; audio ${(audioBytes / 1e6).toFixed(2)} MB; ${files.size} files written`,
  );
}

main();
