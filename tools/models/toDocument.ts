// Turns a model description (named parts, each one mesh with one material) into a glTF-Transform Document.
import { Document, type Material } from "@gltf-transform/core";
import type { MaterialSpec } from "./materials.js";
import type { MeshData, Vec3 } from "./meshData.js";

export interface ModelPart {
  /** Node and mesh name; clients look parts up by it (e.g. to animate the time ball). */
  name: string;
  material: MaterialSpec;
  mesh: MeshData;
  /** Where the part's own origin sits in the model; lets a moving part (the time ball) pivot about its centre. */
  translation?: Vec3;
}

export interface ModelDescription {
  /** Name of the root node, placed at the origin: base centre, +Y up, metres. */
  name: string;
  parts: ModelPart[];
}

function createMaterial(doc: Document, spec: MaterialSpec): Material {
  const mat = doc
    .createMaterial(spec.name)
    .setBaseColorFactor(spec.baseColor)
    .setMetallicFactor(spec.metallic)
    .setRoughnessFactor(spec.roughness);
  if (spec.emissive) mat.setEmissiveFactor(spec.emissive);
  return mat;
}

/**
 * One node, mesh and primitive per part; parts sharing a MaterialSpec share one glTF material.
 * Indices are uint16 when the vertices fit, which halves index memory for these small meshes.
 */
export function toDocument(model: ModelDescription): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const materials = new Map<MaterialSpec, Material>();
  const root = doc.createNode(model.name);

  for (const part of model.parts) {
    let material = materials.get(part.material);
    if (!material) {
      material = createMaterial(doc, part.material);
      materials.set(part.material, material);
    }
    const { positions, normals, indices } = part.mesh;
    const vertexCount = positions.length / 3;
    const indexArray = vertexCount <= 0xffff ? new Uint16Array(indices) : new Uint32Array(indices);
    const position = doc
      .createAccessor(`${part.name}_POSITION`)
      .setType("VEC3")
      .setArray(new Float32Array(positions))
      .setBuffer(buffer);
    const normal = doc
      .createAccessor(`${part.name}_NORMAL`)
      .setType("VEC3")
      .setArray(new Float32Array(normals))
      .setBuffer(buffer);
    const index = doc.createAccessor(`${part.name}_indices`).setType("SCALAR").setArray(indexArray).setBuffer(buffer);
    const primitive = doc
      .createPrimitive()
      .setAttribute("POSITION", position)
      .setAttribute("NORMAL", normal)
      .setIndices(index)
      .setMaterial(material);
    const mesh = doc.createMesh(part.name).addPrimitive(primitive);
    const node = doc.createNode(part.name).setMesh(mesh);
    if (part.translation) node.setTranslation(part.translation);
    root.addChild(node);
  }

  const scene = doc.createScene(model.name).addChild(root);
  doc.getRoot().setDefaultScene(scene);
  return doc;
}
