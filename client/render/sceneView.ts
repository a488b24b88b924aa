// Builds a whole scene in Babylon from its data: environment, landmark kit, models; and the visitor's camera.
import type { Engine } from "@babylonjs/core/Engines/engine";
import { TargetCamera } from "@babylonjs/core/Cameras/targetCamera";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../common/pose";
import type { Scene } from "../../common/scene";
import { addGround, addGroundShadows, addLights, addSky, addWater } from "./environment";
import { buildLandmarkMeshes, type BuildMode } from "./landmarkMeshes";
import { createKitMaterials } from "./materials";
import type { FacadeKit } from "./kit/facadeKit";
import { addStreetLife } from "./streetLife";
import { addTraffic } from "./traffic";
import type { ExhibitSummary } from "../../common/catalog";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import type { ExhibitLabels } from "./gallery/exhibitLabels";
import { addDoorways, addHallShell, type DoorwaySigns } from "./gallery/hallShell";
import type { HallView } from "./gallery/hallView";
import type { TransformNode } from "@babylonjs/core/Meshes/transformNode";
import type { Landmark } from "../../common/landmark";
import { placeIn, shownIn, type PeriodLayer } from "../../common/periodLayers";

/** A VR controller's tip in the world and its trigger's depth (0…1). */
export interface HandTip {
  side: "left" | "right";
  x: number;
  y: number;
  z: number;
  trigger: number;
}

/** Text a place asks the VR reading panel to show (the theatre's gloss of a line), in both languages. */
export interface PlaceReading {
  id: string;
  title: LocalizedText;
  subtitle: LocalizedText;
  body: LocalizedText;
}

/** What a place does with the VR controllers each frame (the studio's brush); `tips` is null outside VR. */
export interface HandTool {
  frame(tips: readonly HandTip[] | null, now: number): void;
}

export interface SceneView {
  data: Scene;
  scene: BabylonScene;
  camera: TargetCamera;
  /** A gallery's exhibits, when the scene has displays. */
  hall: HallView | null;
  labels: ExhibitLabels | null;
  signs: DoorwaySigns | null;
  /** Starts what follows the first frame (once): the glTF models, each loaded or fallen back to a placeholder, and
   *  the façades' granite and brick; resolves when all of it is in place. */
  loadDetails(): Promise<void>;
  /** The frame loop's present phase: what moves by itself in the scene (the river, the traffic), at `now` ms; `head`
   *  is the headset's pose in VR (what follows the head, the theatre's titles), null or absent on the desktop. */
  present(now: number, head?: Pose | null): void;
  /** The place's use of the VR controllers, when it has one. */
  handTool?: HandTool;
  /** What the place asks the VR reading panel to show, taken (once) by the VR mode each frame. */
  takeVrReading?(): PlaceReading | null;
  /** Shows the Bund as it was in 1937 or as it is today (common/periodLayers.ts); a scene without layers ignores it. */
  showLayer(layer: PeriodLayer): void;
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
  /** The façades' relief and textures, loaded with the Bund (a scene with buildings needs it). */
  facades?: FacadeKit,
): SceneView {
  const scene = new BabylonScene(engine);
  scene.skipPointerMovePicking = true; // we pick on click only; hover picking costs a ray every mouse move
  addLights(data, scene);
  const materials = createKitMaterials(scene, facades);
  // Under a ceiling no sky is seen: the clear colour is enough. Outdoors the sky dome covers every pixel.
  scene.autoClear = !!data.ceiling;
  if (!data.ceiling) addSky(data, scene);
  addGround(data, materials, scene);
  if (!data.ceiling) addGroundShadows(data, scene);
  const streetLife = addStreetLife(data, materials, scene);
  const traffic = addTraffic(data, materials, scene);
  const water = addWater(data, scene);
  // The shaders of what stands so far start compiling (in the GPU process, in parallel) while the landmarks are built
  // on this thread; the kit's walls draw with the street life's program, so the first frame waits less for shaders.
  for (const mesh of scene.meshes) mesh.material?.forceCompilation(mesh);
  let layer: PeriodLayer = "1937";
  const kit = buildLandmarkMeshes(data.landmarks, facades, materials, scene, mode, layer);
  /** Landmarks drawn from a glb, once loaded: placed and shown per layer like the kit's. */
  const modelled: { landmark: Landmark; anchor: TransformNode }[] = [];
  const placeModels = () => {
    for (const { landmark, anchor } of modelled) {
      const at = placeIn(landmark, layer);
      anchor.position.x = at.x;
      anchor.position.z = at.z;
      anchor.setEnabled(shownIn(landmark.layers, layer));
      // Parents before children (pre-order), each recomputed; the frozen meshes are frozen again where they now stand.
      anchor.computeWorldMatrix(true);
      for (const node of anchor.getDescendants(false)) {
        const n = node as TransformNode;
        if (n.isWorldMatrixFrozen) n.freezeWorldMatrix();
        else n.computeWorldMatrix?.(true);
      }
    }
  };
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
      for (const l of data.landmarks) {
        if (l.shape.kind !== "model") continue;
        loads.push(
          addModelLandmark(l, l.shape, scene).then((anchor) => {
            modelled.push({ landmark: l, anchor });
            placeModels();
          }),
        );
      }
      for (const prop of data.props) {
        loads.push(
          addPropInstances(prop, scene).catch((err) => console.warn(`Prop ${prop.id} could not be loaded.`, err)),
        );
      }
      if (hall) loads.push(hall.loadModels());
      await Promise.all(loads);
    }));
  // The first frame drew the walls plain; their stone follows it.
  let details: Promise<void> | null = null;
  const loadDetails = () =>
    (details ??= Promise.all([
      loadModels(),
      facades && import("./stoneDressing").then((m) => m.dressFacades(materials, facades, scene)),
    ]).then(() => undefined));
  const showLayer = (shown: PeriodLayer) => {
    if (shown === layer) return;
    layer = shown;
    kit.showLayer(layer);
    placeModels();
    // The street life is of 1937 (trams, rickshaws, steamers): today's Bund does not show it.
    streetLife?.setEnabled(layer === "1937");
    traffic?.mesh.setEnabled(layer === "1937");
  };
  return {
    data,
    scene,
    camera,
    hall,
    labels,
    signs,
    loadDetails,
    present: (now) => {
      water?.flow(now);
      traffic?.move(now);
    },
    showLayer,
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
