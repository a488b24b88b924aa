// VR as a mode of the visit: entering where the visitor stands, reading landmarks on 3D panels, and leaving at the
// same spot and heading. Loaded only when a visitor asks for VR.
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Landmark } from "../../common/landmark";
import type { Pose } from "../../common/pose";
import type { Lang } from "../../common/sceneParts";
import type { WalkableWorld } from "../../common/walkable";
import { createXrInfoPanel, type XrInfoPanel } from "./infoPanel";
import { createXrSession, type XrSession } from "./xrSession";

export interface XrModeContext {
  scene: BabylonScene;
  floor: AbstractMesh;
  world: WalkableWorld;
  landmarkOf(mesh: AbstractMesh, faceId: number): Landmark | null;
  lang(): Lang;
  labels: { close: (lang: Lang) => string; years: (l: Landmark, lang: Lang) => string };
}

export interface XrMode {
  readonly scene: BabylonScene;
  enter(from: { x: number; z: number; yaw: number }): Promise<void>;
  /** Leaves VR; resolves with where the head last stood, for the desktop visit to carry on from. */
  exit(): Promise<{ x: number; z: number; yaw: number } | null>;
  active(): boolean;
  pose(): Pose | null;
  placeHead(x: number, z: number, yaw: number): void;
  /** Once a frame: close a panel the visitor walked away from. */
  frame(): void;
  state(): { snapTurnDeg: number; teleports: number; panel: string | null };
  setSnapTurn(deg: number): void;
}

const READ_RANGE = 400;

export async function createXrMode(ctx: XrModeContext): Promise<XrMode> {
  let panel: XrInfoPanel | null = null;
  let session!: XrSession;
  session = await createXrSession({
    scene: ctx.scene,
    floor: ctx.floor,
    world: ctx.world,
    onSelect(mesh, faceId, distance) {
      const l = ctx.landmarkOf(mesh, faceId);
      const head = session.pose();
      if (!l || !head || distance > READ_RANGE) return;
      panel ??= createXrInfoPanel(ctx.scene, ctx.labels);
      panel.show(l, ctx.lang(), ctx.scene.activeCamera!.globalPosition.clone(), head.yaw);
    },
  });
  let last: { x: number; z: number; yaw: number } | null = null;
  return {
    scene: ctx.scene,
    enter: (from) => session.enter(from),
    async exit() {
      const p = session.pose();
      if (p) last = { x: p.x, z: p.z, yaw: p.yaw };
      panel?.hide();
      await session.exit();
      return last;
    },
    active: () => session.active(),
    pose: () => session.pose(),
    placeHead: (x, z, yaw) => session.placeHead(x, z, yaw),
    frame() {
      if (panel && session.active()) panel.follow(ctx.scene.activeCamera!.globalPosition);
    },
    state: () => ({ ...session.state(), panel: panel?.shown() ?? null }),
    setSnapTurn: (deg) => session.setSnapTurn(deg),
  };
}
