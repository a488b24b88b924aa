// Builds a whole scene in Babylon from its data: environment, landmark kit, models; and the visitor's camera.
import type { Engine } from "@babylonjs/core/Engines/engine";
import { TargetCamera } from "@babylonjs/core/Cameras/targetCamera";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../common/scene";
import { addGround, addGroundShadows, addLights, addSky, addWater } from "./environment";
import { buildLandmarkMeshes, type BuildMode } from "./landmarkMeshes";
import { createKitMaterials } from "./materials";
import { addStreetLife } from "./streetLife";
import { addTraffic } from "./traffic";
import type { ExhibitSummary } from "../../common/catalog";
import type { Lang } from "../../common/sceneParts";
import type { ExhibitLabels } from "./gallery/exhibitLabels";
import { addDoorways, addHallShell, type DoorwaySigns } from "./gallery/hallShell";
import type { HallView } from "./gallery/hallView";

export interface SceneView {
  data: Scene;
  scene: BabylonScene;
  camera: TargetCamera;
  /** A gallery's exhibits, when the scene has displays. */
  hall: HallView | null;
  labels: ExhibitLabels | null;
  signs: DoorwaySigns | null;
  /** Starts loading the glTF models (once); resolves when each has loaded or fallen back to a placeholder. */
  loadModels(): Promise<void>;
  /** The frame loop's present phase: what moves by itself in the scene (the river, the traffic), at `now` ms. */
  present(now: number): void;
}

/** The gallery half, loaded only for scenes with displays: the hall builder and its exhibits. */
export interface GalleryKit {
  buildHall: typeof import("./gallery/hallView").buildHall;
  createExhibitLabels: typeof import("./gallery/exhibitLabels").createExhibitLabels;
  exhibits: readonly ExhibitSummary[];
}

export function buildSceneView(
  engine: Engine,
  data: Scene,
  mode: BuildMode,
  lang: Lang,
  gallery?: GalleryKit,
): SceneView {
  const scene = new BabylonScene(engine);
  scene.skipPointerMovePicking = true; // we pick on click only; hover picking costs a ray every mouse move
  addLights(data, scene);
  const materials = createKitMaterials(scene);
  // Under a ceiling no sky is seen: the clear colour is enough. Outdoors the sky dome covers every pixel.
  scene.autoClear = !!data.ceiling;
  if (!data.ceiling) addSky(data, scene);
  addGround(data, materials, scene);
  if (!data.ceiling) addGroundShadows(data, scene);
  addStreetLife(data, materials, scene);
  const traffic = addTraffic(data, materials, scene);
  const water = addWater(data, scene);
  buildLandmarkMeshes(data.landmarks, materials, scene, mode);
  const signs = addDoorways(data, lang, materials, scene);
  let hall: HallView | null = null;
  let labels: ExhibitLabels | null = null;
  if (data.displays.length > 0) {
    if (!gallery) throw new Error(`Scene ${data.id} has displays but its exhibits were not loaded`);
    const items = new Map(gallery.exhibits.map((e) => [e.id, e]));
    hall = gallery.buildHall(data, items, materials, scene, mode);
    labels = gallery.createExhibitLabels(items, hall.plaques, scene);
  } else if (data.walls.length > 0 || data.ceiling) addHallShell(data, materials, scene);

  const camera = new TargetCamera("visitor", new Vector3(0, data.eyeHeight, 0), scene);
  camera.minZ = 0.1;
  camera.maxZ = 6000;
  camera.fov = 1.0;
  // A camera without inputs: the visitor's body lives in client/state and the camera only follows it.

  // glTF models come after the first frame, in their own chunk with the loader, so they never delay it.
  let models: Promise<void> | null = null;
  const loadModels = () =>
    (models ??= import("./models").then(async ({ addModelLandmark, addPropInstances }) => {
      const loads: Promise<unknown>[] = [];
      for (const l of data.landmarks) if (l.shape.kind === "model") loads.push(addModelLandmark(l, l.shape, scene));
      for (const prop of data.props) {
        loads.push(
          addPropInstances(prop, scene).catch((err) => console.warn(`Prop ${prop.id} could not be loaded.`, err)),
        );
      }
      if (hall) loads.push(hall.loadModels());
      await Promise.all(loads);
    }));
  return {
    data,
    scene,
    camera,
    hall,
    labels,
    signs,
    loadModels,
    present: (now) => {
      water?.flow(now);
      traffic?.move(now);
    },
  };
}

export type PickResult =
  | { kind: "exhibit"; itemId: string; distance: number }
  | { kind: "landmark"; landmarkId: string; distance: number }
  | { kind: "ground"; x: number; z: number; distance: number }
  | { kind: "water"; distance: number };

export function classifyPick(
  mesh: AbstractMesh | null | undefined,
  faceId: number,
  point: Vector3 | null,
  distance: number,
  landmarkOf: (m: AbstractMesh, f: number) => string | null,
  itemOf: (m: AbstractMesh, f: number) => string | null = () => null,
): PickResult | null {
  if (!mesh || !point) return null;
  const itemId = itemOf(mesh, faceId);
  if (itemId) return { kind: "exhibit", itemId, distance };
  const landmarkId = landmarkOf(mesh, faceId);
  if (landmarkId) return { kind: "landmark", landmarkId, distance };
  const meta = mesh.metadata as { walkable?: boolean; water?: boolean } | null;
  if (meta?.walkable) return { kind: "ground", x: point.x, z: point.z, distance };
  if (meta?.water) return { kind: "water", distance };
  return null;
}
