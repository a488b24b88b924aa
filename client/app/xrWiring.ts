// VR in the visit: offers Enter VR when the browser can, loads the XR code on demand, tells it what the visitor can
// point at, keeps its comfort settings with the others, and hands the body back and forth.
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Landmark } from "../../common/landmark";
import type { Pose } from "../../common/pose";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import type { WalkableWorld } from "../../common/walkable";
import type { SceneView } from "../render/sceneView";
import { landmarkOfPick } from "../render/landmarkMeshes";
import type { PlayerState } from "../state/player";
import { createPlayer } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { readXrSettings, type XrSettings } from "../state/xrSettings";
import type { Hud } from "../ui/hud";
import { t } from "../ui/i18n";
import type { XrMode, XrPanelContent } from "../xr/xrMode";

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

const both = (f: (lang: Lang) => string): LocalizedText => ({ en: f("en"), zh: f("zh") });

function landmarkPanel(l: Landmark): XrPanelContent {
  return {
    id: l.id,
    title: l.name,
    subtitle: both((lang) => `${t("built", lang)} ${l.built}${l.demolished ? ` · ${t("demolished", lang)} ${l.demolished}` : ""}`),
    body: both((lang) => `${l.description[lang]}\n\n${l.fate[lang]}`),
  };
}

/**
 * What the visitor's ray rests on, as a panel to read, or null. One place for every kind of thing that can be
 * read in VR: add exhibits (by their mesh metadata) beside landmarks here.
 */
function describePick(view: SceneView, mesh: AbstractMesh, faceId: number): XrPanelContent | null {
  const landmarkId = landmarkOfPick(mesh, faceId);
  const landmark = landmarkId ? view.data.landmarks.find((l) => l.id === landmarkId) : undefined;
  if (landmark) return landmarkPanel(landmark);
  return null;
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
      const { createXrMode } = await import("../xr/xrMode");
      xr = await createXrMode({
        scene: view.scene,
        // Galleries may lay their floor in several pieces: each mesh named "ground" takes the teleport arc.
        floors: view.scene.meshes.filter((m) => m.name === "ground"),
        world: view.world,
        describe: (mesh, faceId) => describePick(view, mesh, faceId),
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
