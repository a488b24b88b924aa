// Turns one catalog entry into checked GLB bytes: build, count against budget, write, validate.
import { type Document, Logger, NodeIO, Primitive } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { dedup, prune, quantize, weld } from "@gltf-transform/functions";
import type { CatalogEntry } from "./catalog.js";
import { toDocument } from "./toDocument.js";
import { validateGlb } from "./validateGlb.js";

export interface BuiltModel {
  name: string;
  bytes: Uint8Array;
  triangles: number;
  materials: number;
  warnings: number;
}

/** Triangles over every primitive; each mesh here hangs on exactly one node, so this is what one copy draws. */
export function countTriangles(doc: Document): number {
  let total = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== Primitive.Mode.TRIANGLES) {
        throw new Error(
          `countTriangles(): mesh "${mesh.getName()}" uses mode ${prim.getMode()}, only TRIANGLES is counted`,
        );
      }
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute("POSITION")?.getCount() ?? 0;
      total += count / 3;
    }
  }
  return total;
}

export function checkBudget(name: string, triangles: number, maxTriangles: number): void {
  if (triangles > maxTriangles) {
    throw new Error(`Model "${name}" has ${triangles} triangles, over its budget of ${maxTriangles}`);
  }
}

/**
 * Shares identical accessors and materials, merges vertices that coincide (same position and normal), drops
 * what nothing uses, and stores positions and normals as 16- and 8-bit integers (KHR_mesh_quantization,
 * which Babylon's loader reads): about half the bytes for the same look.
 */
export async function optimise(doc: Document): Promise<void> {
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  await doc.transform(dedup(), weld(), prune(), quantize({ quantizePosition: 14, quantizeNormal: 10 }));
}

/**
 * Builds, budgets and validates one model without touching the disk, so tests can run the
 * exact path the tool runs. Throws (naming the model) on a budget overrun or validation error.
 */
export async function buildModel(entry: CatalogEntry): Promise<BuiltModel> {
  const doc = toDocument(entry.build());
  const triangles = countTriangles(doc);
  checkBudget(entry.name, triangles, entry.maxTriangles);
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
  // Validate what the builder made before optimising: weld and prune would quietly mend or hide its mistakes.
  await validateGlb(entry.name, await io.writeBinary(doc));
  await optimise(doc);
  const bytes = await io.writeBinary(doc);
  const report = await validateGlb(entry.name, bytes);
  return {
    name: entry.name,
    bytes,
    triangles,
    materials: doc.getRoot().listMaterials().length,
    warnings: report.issues.numWarnings,
  };
}
