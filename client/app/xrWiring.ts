// VR in the visit: offers Enter VR when the browser can, loads the XR code on demand, tells it what the visitor can
// point at, keeps its comfort settings with the others, and hands the body back and forth.
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Artifact } from "../../common/catalog";
import type { Pose } from "../../common/pose";
import type { WalkableWorld } from "../../common/walkable";
import type { SceneView } from "../render/sceneView";
import { itemOfPick } from "../render/gallery/exhibitPick";
import { landmarkOfPick } from "../render/landmarkMeshes";
import type { PlayerState } from "../state/player";
import { createPlayer } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { readXrSettings, type XrSettings } from "../state/xrSettings";
import type { Hud } from "../ui/hud";
import { t } from "../ui/i18n";
import type { XrMode, XrPanelContent } from "../xr/xrMode";

/** The panel texts, loaded with the XR code (not in the start-up bundle). */
type Readings = typeof import("../xr/readings");

export interface XrWiringContext {
  view(): (SceneView & { world: WalkableWorld }) | null;
  player(): PlayerState;
  setPlayer(p: PlayerState): void;
  settings: SettingsStore;
  hud: Hud;
  setMode(mode: "desktop" | "xr"): void;
}

export interface XrWiring {
  enterXR(): Promise<void>;
  exitXR(): Promise<void>;
  /** The live XR mode, or null outside VR. */
  active(): XrMode | null;
  /** The head (and hands) while in VR. */
  pose(): Pose | null;
}

/** An exhibit's full record from the catalog API (as the desktop inspection fetches it). */
async function fetchRecord(itemId: string): Promise<Artifact> {
  const res = await fetch(`/api/catalog/${encodeURIComponent(itemId)}`);
  if (!res.ok) throw new Error(`The record of ${itemId} could not be loaded: HTTP ${res.status}`);
  return (await res.json()) as Artifact;
}

/**
 * What the visitor's ray rests on, as a panel to read, or null: a landmark's card, or an exhibit's label that
 * brings its full record (the one place for every kind of thing that can be read in VR).
 */
function describePick(view: SceneView, readings: Readings, mesh: AbstractMesh, faceId: number): XrPanelContent | null {
  const itemId = itemOfPick(mesh, faceId);
  const item = itemId ? view.hall?.items.get(itemId) : undefined;
  if (item) return { ...readings.exhibitReading(item), more: async () => readings.recordReading(await fetchRecord(item.id)) };
  const landmarkId = landmarkOfPick(mesh, faceId);
  const landmark = landmarkId ? view.data.landmarks.find((l) => l.id === landmarkId) : undefined;
  return landmark ? readings.landmarkReading(landmark) : null;
}

export function wireXr(ctx: XrWiringContext): XrWiring {
  let xr: XrMode | null = null;
  const xrSettings = {
    get: (): XrSettings => ctx.settings.get().xr ?? readXrSettings(undefined),
    update: (patch: Partial<XrSettings>) => ctx.settings.update({ xr: { ...xrSettings.get(), ...patch } }),
  };

  const enterXR = async () => {
    const view = ctx.view();
    if (!view) throw new Error("No scene to enter VR in");
    if (!xr || xr.scene !== view.scene) {
      const [{ createXrMode }, readings] = await Promise.all([import("../xr/xrMode"), import("../xr/readings")]);
      xr = await createXrMode({
        scene: view.scene,
        // Galleries may lay their floor in several pieces: each mesh named "ground" takes the teleport arc.
        floors: view.scene.meshes.filter((m) => m.name === "ground"),
        world: view.world,
        describe: (mesh, faceId) => describePick(view, readings, mesh, faceId),
        lang: () => ctx.settings.get().lang,
        closeLabel: (lang) => t("close", lang),
        settings: xrSettings,
        eyeHeight: view.data.eyeHeight,
      });
    }
    const p = ctx.player();
    await xr.enter({ x: p.x, z: p.z, yaw: p.yaw });
    ctx.setMode("xr");
    ctx.hud.setXr(true);
  };
  const exitXR = async () => {
    const at = await xr?.exit();
    if (at) ctx.setPlayer({ ...createPlayer(at.x, at.z, at.yaw), pitch: 0 });
    ctx.setMode("desktop");
    ctx.hud.setXr(false);
  };
  void navigator.xr?.isSessionSupported("immersive-vr").then(
    (ok) => ok && ctx.hud.offerXr(() => void enterXR().catch((err) => console.warn("Could not enter VR", err)), () => void exitXR()),
    () => undefined,
  );
  return {
    enterXR,
    exitXR,
    active: () => (xr?.active() ? xr : null),
    pose: () => (xr?.active() ? xr.pose() : null),
  };
}
