// The inspection stage: one object alone on a plain ground, turned with a drag and brought close with the wheel.
import { ArcRotateCamera } from "@babylonjs/core/Cameras/arcRotateCamera";
import "@babylonjs/core/Cameras/Inputs/arcRotateCameraPointersInput";
import "@babylonjs/core/Cameras/Inputs/arcRotateCameraMouseWheelInput";
import type { Engine } from "@babylonjs/core/Engines/engine";
import { DirectionalLight } from "@babylonjs/core/Lights/directionalLight";
import { HemisphericLight } from "@babylonjs/core/Lights/hemisphericLight";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture";
import { Texture } from "@babylonjs/core/Materials/Textures/texture";
import { Color3, Color4 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { ExhibitSummary } from "../../../common/catalog";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode";
import { MeshBuffer } from "../kit/MeshBuffer";
import { loadModel } from "../models";
import { meshFromBuffer } from "../landmarkMeshes";
import { drawArtwork } from "./artwork";
import { writeForm } from "./exhibitForms";

export interface InspectStage {
  scene: BabylonScene;
  camera: ArcRotateCamera;
  dispose(): void;
}

/** A modelled exhibit on the stage: fitted to the record's height and stood on the ground, as in the hall. */
async function showModel(src: string, h: number, scene: BabylonScene): Promise<void> {
  const anchor = new TransformNode("inspect-model", scene);
  try {
    const container = await loadModel(src, scene);
    if (scene.isDisposed) return;
    for (const root of container.rootNodes) root.parent = anchor;
    const { min, max } = anchor.getHierarchyBoundingVectors(true);
    const scale = max.y - min.y > 0 ? h / (max.y - min.y) : 1;
    anchor.scaling = new Vector3(scale, scale, scale);
    anchor.position.y = -min.y * scale;
  } catch (err) {
    // The record card still shows; the hall already shows this item's placeholder.
    console.warn(`Model ${src} could not be shown on the inspection stage.`, err);
  }
}

/** Stands the item at the origin (pictures upright) and frames it so the whole object fits the view. */
export function createInspectStage(engine: Engine, canvas: HTMLCanvasElement, item: ExhibitSummary): InspectStage {
  const scene = new BabylonScene(engine);
  scene.clearColor = new Color4(0.11, 0.11, 0.12, 1);
  const sky = new HemisphericLight("inspect-fill", new Vector3(0.2, 1, 0.3), scene);
  sky.intensity = 0.75;
  sky.groundColor = new Color3(0.25, 0.24, 0.22);
  const key = new DirectionalLight("inspect-key", new Vector3(-0.5, -0.8, -0.6), scene);
  key.intensity = 0.9;

  const solid = new MeshBuffer();
  const art = new MeshBuffer();
  const pictured = item.form.kind === "scroll" || item.form.kind === "painting";
  const pose = pictured ? "hung" : "standing";
  writeForm(
    { solid, art },
    item,
    { x: 0, y: pictured ? item.dimensions.heightCm / 200 : 0, z: 0, yawDeg: 0, pose },
    "inspect",
    pictured ? [0, 0, 1, 1] : null,
  );
  const body = meshFromBuffer("inspect-object", solid, scene);
  const mat = new StandardMaterial("inspect-object", scene);
  mat.specularColor = new Color3(0.4, 0.4, 0.4);
  mat.specularPower = 48;
  mat.backFaceCulling = false;
  body.material = mat;
  if (pictured && (item.form.kind === "scroll" || item.form.kind === "painting")) {
    const f = item.form;
    const w = item.dimensions.widthCm;
    const h = item.dimensions.heightCm;
    // A picture of its own at inspection size, drawn in the picture's proportions (longest side 1024 px).
    const scale = 1024 / Math.max(w, h);
    const tex = new DynamicTexture(
      "inspect-art",
      { width: Math.max(8, Math.round(w * scale)), height: Math.max(8, Math.round(h * scale)) },
      scene,
      true,
      Texture.TRILINEAR_SAMPLINGMODE,
    );
    const ctx = tex.getContext() as unknown as CanvasRenderingContext2D;
    ctx.scale(scale, scale);
    drawArtwork(ctx, f.art, f.kind === "scroll" ? f.paper : f.ground, 0, 0, w, h);
    tex.update(true);
    const artMesh = meshFromBuffer("inspect-art", art, scene);
    const artMat = new StandardMaterial("inspect-art", scene);
    artMat.diffuseTexture = tex;
    artMat.specularColor = Color3.Black();
    artMesh.material = artMat;
  }
  const h = item.dimensions.heightCm / 100;
  if (item.form.kind === "model") void showModel(item.form.src, h, scene);
  const size = Math.max(h, item.dimensions.widthCm / 100, item.dimensions.depthCm / 100);
  const camera = new ArcRotateCamera(
    "inspect-camera",
    Math.PI / 2,
    Math.PI / 2.3,
    size * 2.2,
    new Vector3(0, h / 2, 0),
    scene,
  );
  // alpha = π/2 puts the camera on +z, in front of the object (its front faces +z).
  camera.lowerRadiusLimit = size * 0.6;
  camera.upperRadiusLimit = size * 6;
  camera.wheelDeltaPercentage = 0.02;
  camera.minZ = size / 100;
  camera.attachControl(canvas, true);
  return {
    scene,
    camera,
    dispose() {
      camera.detachControl();
      scene.dispose();
    },
  };
}
