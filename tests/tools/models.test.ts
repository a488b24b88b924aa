// Checks every shipped GLB against Khronos' glTF-Validator, and that the model tool is repeatable and refuses bad models.
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { NodeIO } from "@gltf-transform/core";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MODEL_CATALOG, type CatalogEntry } from "../../tools/models/catalog.js";
import { opaque } from "../../tools/models/materials.js";
import { buildModel, optimise } from "../../tools/models/modelPipeline.js";
import { toDocument } from "../../tools/models/toDocument.js";
import { getBounds } from "@gltf-transform/core";
import { formatIssues, validateGlb, validateGlbReport } from "../../tools/models/validateGlb.js";

const ASSETS = resolve(dirname(fileURLToPath(import.meta.url)), "../../assets");
const glbFiles = (readdirSync(ASSETS, { recursive: true }) as string[])
  .filter((f) => f.toLowerCase().endsWith(".glb"))
  .sort();
const lamp = MODEL_CATALOG.find((e) => e.name === "bund-lamp")!;

describe("GLB assets pass glTF-Validator", () => {
  it("finds the tool's models under assets/ (run `npm run models` if not)", () => {
    for (const entry of MODEL_CATALOG) expect(glbFiles).toContain(join("models", `${entry.name}.glb`));
  });

  // One test per file, so a failure names the file; the messages are the validator's own.
  it.each(glbFiles)("%s has no validation errors", async (file) => {
    const report = await validateGlbReport(file, new Uint8Array(readFileSync(join(ASSETS, file))));
    expect(report.issues.numErrors, `${file}:\n${formatIssues(report.issues.messages)}`).toBe(0);
  });
});

describe("model tool", () => {
  it.each(MODEL_CATALOG.map((e) => [e.name, e] as const))(
    "%s builds to the same bytes every run",
    async (_name, entry) => {
      const first = await buildModel(entry);
      const second = await buildModel(entry);
      expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
    },
  );

  it.each(MODEL_CATALOG.map((e) => [e.name, e] as const))(
    "assets/models/%s.glb is what the builder makes now (rerun `npm run models` after changing a builder)",
    async (name, entry) => {
      const built = await buildModel(entry);
      const onDisk = readFileSync(join(ASSETS, "models", `${name}.glb`));
      expect(Buffer.compare(built.bytes, onDisk)).toBe(0);
    },
  );

  it("stays within each model's triangle budget and reports it", async () => {
    for (const entry of MODEL_CATALOG) {
      const built = await buildModel(entry);
      expect(built.triangles).toBeGreaterThan(0);
      expect(built.triangles).toBeLessThanOrEqual(entry.maxTriangles);
      expect(built.materials).toBeGreaterThanOrEqual(1);
      expect(built.materials).toBeLessThanOrEqual(4);
    }
  });

  it("validation refuses a GLB with an out-of-range index, naming the model and the error", async () => {
    const good = await buildModel(lamp);
    const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
    const doc = await io.readBinary(good.bytes);
    const indices = doc.getRoot().listMeshes()[0].listPrimitives()[0].getIndices()!;
    const corrupted = indices.getArray()!.slice();
    corrupted[1] = 65000; // far past the last vertex
    indices.setArray(corrupted);
    const broken = await io.writeBinary(doc);
    await expect(validateGlb("broken-lamp", broken)).rejects.toThrow(
      /Model "broken-lamp" failed glTF validation[\s\S]*ACCESSOR_INDEX_OOB/,
    );
  });

  it("validation refuses bytes that are not a GLB at all", async () => {
    const good = await buildModel(lamp);
    const truncated = good.bytes.slice(0, 100);
    await expect(validateGlb("truncated-lamp", truncated)).rejects.toThrow(/"truncated-lamp"/);
  });

  it("the tool refuses a builder whose geometry is broken, before anything is written", async () => {
    const brokenEntry: CatalogEntry = {
      name: "broken-fixture",
      maxTriangles: 10,
      build: () => ({
        name: "Broken",
        parts: [
          {
            name: "Bad",
            material: { name: "Bad", baseColor: opaque("#ff00ff"), metallic: 0, roughness: 1 },
            mesh: { positions: [0, 0, 0, 1, 0, 0, 0, 1, 0], normals: [0, 0, 1, 0, 0, 1, 0, 0, 1], indices: [0, 1, 7] },
          },
        ],
      }),
    };
    await expect(buildModel(brokenEntry)).rejects.toThrow(/"broken-fixture"[\s\S]*ACCESSOR_INDEX_OOB/);
  });

  it.each(MODEL_CATALOG.map((e) => [e.name, e] as const))(
    "%s is optimised: fewer bytes, the same extent",
    async (_name, entry) => {
      const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
      const doc = toDocument(entry.build());
      const raw = await io.writeBinary(doc);
      const before = getBounds(doc.getRoot().listScenes()[0] ?? doc.getRoot().listNodes()[0]);
      await optimise(doc);
      const after = getBounds(doc.getRoot().listScenes()[0] ?? doc.getRoot().listNodes()[0]);
      expect((await io.writeBinary(doc)).byteLength).toBeLessThan(raw.byteLength * 0.8);
      for (let i = 0; i < 3; i++) {
        expect(after.min[i]).toBeCloseTo(before.min[i], 2);
        expect(after.max[i]).toBeCloseTo(before.max[i], 2);
      }
    },
  );

  it("the tool refuses a model over its triangle budget", async () => {
    await expect(buildModel({ ...lamp, maxTriangles: 100 })).rejects.toThrow(
      /"bund-lamp" has \d+ triangles, over its budget of 100/,
    );
  });
});
