// VR in the visit: offers Enter VR when the browser can, loads the XR code on demand, and hands the body back and forth.
import type { Landmark } from "../../common/landmark";
import type { Pose } from "../../common/pose";
import type { SceneView } from "../render/sceneView";
import { landmarkOfPick } from "../render/landmarkMeshes";
import type { PlayerState } from "../state/player";
import { createPlayer } from "../state/player";
import type { SettingsStore } from "../state/settings";
import type { Hud } from "../ui/hud";
import { t } from "../ui/i18n";
import type { XrMode } from "../xr/xrMode";
import type { WalkableWorld } from "../../common/walkable";

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

export function wireXr(ctx: XrWiringContext): XrWiring {
  let xr: XrMode | null = null;
  const landmarkById = (id: string): Landmark | undefined => ctx.view()?.data.landmarks.find((l) => l.id === id);

  const enterXR = async () => {
    const view = ctx.view();
    if (!view) throw new Error("No scene to enter VR in");
    if (!xr || xr.scene !== view.scene) {
      const { createXrMode } = await import("../xr/xrMode");
      xr = await createXrMode({
        scene: view.scene,
        floor: view.scene.getMeshByName("ground")!,
        world: view.world,
        landmarkOf: (mesh, faceId) => {
          const id = landmarkOfPick(mesh, faceId);
          return id ? landmarkById(id) ?? null : null;
        },
        lang: () => ctx.settings.get().lang,
        labels: { close: (lang) => t("close", lang), years: (l, lang) => `${t("built", lang)} ${l.built}${l.demolished ? ` · ${t("demolished", lang)} ${l.demolished}` : ""}` },
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
