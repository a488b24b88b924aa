// glTF models from assets/: props repeated as thin instances, and landmarks modelled in a file rather than by the kit.
import { LoadAssetContainerAsync } from "@babylonjs/core/Loading/sceneLoader";
import { Matrix, Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { CreateBox } from "@babylonjs/core/Meshes/Builders/boxBuilder";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { AssetContainer } from "@babylonjs/core/assetContainer";
import type { Material } from "@babylonjs/core/Materials/material";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode";
import "@babylonjs/core/Meshes/thinInstanceMesh";
import { registerBuiltInLoaders } from "@babylonjs/loaders/dynamic";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Landmark, ModelShape } from "../../common/landmark";
import type { Prop } from "../../common/scene";
import { DEG } from "../../common/measures";
import { loadedFiles } from "../state/loadedFiles";

/** Where the server serves assets/ from: the page's own origin, never a CDN. */
export const assetUrl = (path: string) => `/assets/${path}`;

/**
 * The museum is lit like the landmark kit (sun and sky, no environment map), so glTF's PBR materials become
 * standard ones before their first frame: they match the kit, and the PBR shader — seconds to compile on a
 * software renderer — is never built.
 */
function toStandardMaterials(container: AssetContainer, scene: BabylonScene): void {
  const replaced = new Map<Material, StandardMaterial>();
  for (const mesh of container.meshes) {
    const pbr = mesh.material as
      | (Material & {
          albedoColor?: Color3;
          emissiveColor?: Color3;
          roughness?: number | null;
          metallic?: number | null;
        })
      | null;
    if (!pbr || pbr.albedoColor === undefined) continue;
    let std = replaced.get(pbr);
    if (!std) {
      std = new StandardMaterial(pbr.name, scene);
      // glTF colours are linear; the standard material works in gamma space.
      std.diffuseColor = pbr.albedoColor.toGammaSpace();
      std.emissiveColor = (pbr.emissiveColor ?? Color3.Black()).toGammaSpace();
      const shine = 1 - (pbr.roughness ?? 1);
      std.specularColor = new Color3(shine * 0.5, shine * 0.5, shine * 0.5);
      std.specularPower = 8 + shine * 56;
      std.backFaceCulling = pbr.backFaceCulling;
      std.sideOrientation = pbr.sideOrientation;
      replaced.set(pbr, std);
    }
    mesh.material = std;
  }
  container.materials = container.materials.filter((m) => !replaced.has(m));
  for (const pbr of replaced.keys()) pbr.dispose();
}

let loadersRegistered = false;

export async function loadModel(path: string, scene: BabylonScene) {
  // Registered here, in the lazily loaded chunk, so the glTF loader costs nothing before the first frame.
  if (!loadersRegistered) {
    registerBuiltInLoaders();
    loadersRegistered = true;
  }
  // Fetched here rather than by the loader, so the certificate mark can hash the very bytes that were drawn.
  const res = await fetch(assetUrl(path));
  if (!res.ok) throw new Error(`${assetUrl(path)}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  loadedFiles.keep(path, bytes.slice()); // a copy: the loader may hand its buffer on to a worker
  const container = await LoadAssetContainerAsync(bytes, scene, {
    pluginExtension: path.slice(path.lastIndexOf(".")),
    rootUrl: assetUrl(path.slice(0, path.lastIndexOf("/") + 1)),
  });
  toStandardMaterials(container, scene);
  container.addAllToScene();
  return container;
}

function geometryMeshes(meshes: readonly { getTotalVertices(): number }[]): Mesh[] {
  return meshes.filter((m) => m.getTotalVertices() > 0) as Mesh[];
}

/**
 * One draw call per primitive however many lamps line the promenade. A thin instance's matrix applies in the
 * mesh's own space, so each placement P is conjugated by the mesh's world matrix M (Babylon's row vectors: M·P·M⁻¹, so v·T·M = v·M·P).
 */
export async function addPropInstances(prop: Prop, scene: BabylonScene): Promise<Mesh[]> {
  const container = await loadModel(prop.model, scene);
  const meshes = geometryMeshes(container.meshes);
  for (const mesh of meshes) {
    const m = mesh.computeWorldMatrix(true).clone();
    const mInv = m.clone().invert();
    const buffer = new Float32Array(prop.placements.length * 16);
    prop.placements.forEach((pl, i) => {
      const placement = Matrix.Compose(
        new Vector3(prop.scale, prop.scale, prop.scale),
        Quaternion.RotationYawPitchRoll(pl.yawDeg * DEG, 0, 0),
        new Vector3(pl.position.x, 0, pl.position.z),
      );
      m.multiply(placement)
        .multiply(mInv)
        .copyToArray(buffer, i * 16);
    });
    mesh.thinInstanceSetBuffer("matrix", buffer, 16, true);
    mesh.isPickable = false;
    mesh.freezeWorldMatrix();
  }
  return meshes;
}

/** A landmark whose shape is a glb: placed at its position, facing its heading, pickable as that landmark. */
export async function addModelLandmark(l: Landmark, shape: ModelShape, scene: BabylonScene): Promise<TransformNode> {
  const anchor = new TransformNode(`landmark-${l.id}`, scene);
  anchor.position = new Vector3(l.position.x, 0, l.position.z);
  anchor.rotation = new Vector3(0, l.facingDeg * DEG, 0);
  anchor.metadata = { landmarkId: l.id };
  try {
    const container = await loadModel(shape.model, scene);
    for (const root of container.rootNodes) root.parent = anchor;
    anchor.scaling = new Vector3(shape.scale, shape.scale, shape.scale);
    for (const mesh of geometryMeshes(container.meshes)) {
      mesh.isPickable = true;
      mesh.freezeWorldMatrix();
    }
  } catch (err) {
    // A broken model never takes the scene down: the visitor sees a plain block of its size instead.
    console.warn(`Model ${shape.model} of landmark ${l.id} could not be loaded; showing a placeholder.`, err);
    addPlaceholder(anchor, shape, scene);
  }
  return anchor;
}

function addPlaceholder(anchor: TransformNode, shape: ModelShape, scene: BabylonScene): void {
  const box = CreateBox(
    `${anchor.name}-placeholder`,
    { width: shape.width, depth: shape.depth, height: shape.height },
    scene,
  );
  box.position.y = shape.height / 2;
  box.parent = anchor;
  const mat = new StandardMaterial(`${anchor.name}-placeholder`, scene);
  mat.diffuseColor = new Color3(0.75, 0.72, 0.68);
  mat.alpha = 0.6;
  box.material = mat;
}
