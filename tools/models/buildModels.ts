// Entry point for `npm run models`: builds every catalog model and writes the checked GLBs to assets/models/.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MODEL_CATALOG } from "./catalog.js";
import { buildModel } from "./modelPipeline.js";

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../assets/models");

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  // Build and check everything before writing anything, so one bad model leaves the old files intact.
  const built = [];
  for (const entry of MODEL_CATALOG) built.push(await buildModel(entry));
  for (const model of built) {
    const file = join(OUT_DIR, `${model.name}.glb`);
    writeFileSync(file, model.bytes);
    const warn = model.warnings > 0 ? `  (${model.warnings} validator warnings)` : "";
    console.log(
      `${model.name}: ${model.triangles} triangles, ${model.materials} materials, ${model.bytes.byteLength} bytes${warn}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
