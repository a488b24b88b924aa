// VR as a mode of the visit: entering where the visitor stands, reading what they point at on 3D panels, the
// comfort menu and its settings, and leaving at the same spot and heading. Loaded only when a visitor asks for VR.
import type { PickingInfo } from "@babylonjs/core/Collisions/pickingInfo";
import type { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../common/pose";
import type { Lang } from "../../common/sceneParts";
import type { WalkableWorld } from "../../common/walkable";
import type { PeriodLayer } from "../../common/periodLayers";
import {
  nextChoice,
  nextTurnChoice,
  READING_DISTANCES,
  READING_SCALES,
  seatedOffsetFor,
  type XrSettings,
} from "../state/xrSettings";
import { isGuiPlane } from "./guiPlane";
import { createXrInfoPanel, type XrInfoPanel, type XrPanelContent } from "./infoPanel";
import { createSwitchScanPanel, type ScanReport } from "./switchScanPanel";
import { createSettingsMenu, type MenuRow } from "./settingsMenu";
import { createXrSession, type XrSession, type XrSessionState, type XrTip } from "./xrSession";

export type { XrPanelContent } from "./infoPanel";
export type { XrTip } from "./xrSession";

/** What a pointed-at mesh is, for the reading panel; null when it is nothing to read about. */
export type XrDescribe = (mesh: AbstractMesh, faceId: number, point: Vector3 | null) => XrPanelContent | null;

export interface XrModeContext {
  scene: BabylonScene;
  /** Every floor mesh the teleport arc may land on. */
  floors: AbstractMesh[];
  world: WalkableWorld;
  describe: XrDescribe;
  lang(): Lang;
  closeLabel(lang: Lang): string;
  settings: { get(): XrSettings; update(patch: Partial<XrSettings>): void };
  /** The scene's standing eye height (m): what seated calibration lifts the eyes to. */
  eyeHeight: number;
  /** The talk button (B on the right controller) pressed or released: push-to-talk. */
  onTalkButton(held: boolean): void;
  /** One-switch mode: what the scan offers now (null when off), and the switch (A or X). */
  switchScan(): ScanReport;
  onSwitchButton(): void;
  /** The last chat lines, read on the comfort menu. */
  chat(): string[];
  /** The period shown and its switch, where the scene has layers (the Bund); null elsewhere. */
  layer: { get(): PeriodLayer; set(layer: PeriodLayer): void } | null;
}

type Point = { x: number; y: number; z: number };

export interface XrModeState extends XrSessionState {
  panel: string | null;
  /** The open panel's body text (for an exhibit, its full record once fetched). */
  panelText: string | null;
  /** The open panel's certificate mark (an exhibit's record), or null. */
  panelSeal: ReturnType<XrInfoPanel["seal"]>;
  /** Where the open panel's close button is (for aiming), else null. */
  panelClose: Point | null;
  /** Where each row of the comfort menu is while it is open (for aiming), else null. */
  menu: Partial<Record<MenuRow, Point>> | null;
  /** The chat as the open menu shows it, else null. */
  menuChat: string | null;
  /** The one-switch choice on offer as its panel shows it, else null. */
  switchPanel: string | null;
  /** The reading panels' size and distance, as the visitor set them. */
  readingScale: number;
  readingDistance: number;
}

export interface XrMode {
  readonly scene: BabylonScene;
  /** Starts VR with the head at `from`; within `carried`, the session of the place just left, when given. */
  enter(from: { x: number; z: number; yaw: number }, carried?: XRSession): Promise<void>;
  /** Lets go of the session without ending it (this scene is about to go), for the next place to carry on in. */
  release(): XRSession | null;
  /** Leaves VR; resolves with where the head last stood, for the desktop visit to carry on from. */
  exit(): Promise<{ x: number; z: number; yaw: number } | null>;
  active(): boolean;
  /** The head (and hands): read by the frame loop's input phase, once a frame; what happens between frames (a
   *  press, the menu button) uses that reading. */
  pose(): Pose | null;
  placeHead(x: number, z: number, yaw: number): void;
  /** Opens the reading panel for this content in front of the head (what a ray's pick, or one switch, reads). */
  read(content: XrPanelContent): void;
  /** The reading panel open now (its thing's id), and closing it (one switch cannot aim at its button). */
  panelShown(): string | null;
  closePanel(): void;
  /** The controllers' tips and triggers (for a place's hand tool, the studio's brush). */
  tips(): XrTip[];
  /** The frame loop's input phase: the sticks move the rig (before the head pose is read). */
  move(now: number): void;
  /** The frame loop's present phase: panels and the menu follow the head, rays show or hide. */
  present(): void;
  /** Relabels the menu after a setting changed elsewhere (a tour's guide switched the period). */
  refreshMenu(): void;
  state(): XrModeState;
}

/** Metres: a ray reads any façade in view along the Bund. */
const READ_RANGE = 400;

export async function createXrMode(ctx: XrModeContext): Promise<XrMode> {
  const panel = createXrInfoPanel(ctx.scene, ctx.closeLabel, () => ctx.settings.get());
  const head = () => ctx.scene.activeCamera!.globalPosition.clone();
  const describe = (pick: PickingInfo) =>
    pick.pickedMesh && pick.distance <= READ_RANGE && !isGuiPlane(pick.pickedMesh)
      ? ctx.describe(pick.pickedMesh, pick.faceId, pick.pickedPoint)
      : null;
  /** The head as the frame's input phase read it (null outside VR). */
  let framePose: Pose | null = null;
  /** Opens the reading panel in front of the head: the label at once, the record when it comes (if it cannot, the
   *  label stays), then the record with its certificate mark once that is checked. */
  const read = (content: XrPanelContent): void => {
    const at = framePose;
    if (!at) return;
    panel.show(content, ctx.lang(), head(), at.yaw);
    const unfold = (c: XrPanelContent): void =>
      void c.more?.().then(
        (full) => {
          panel.replace(full, ctx.lang());
          unfold(full);
        },
        (err) => console.warn(`The record of ${content.id} could not be loaded or checked`, err),
      );
    unfold(content);
  };
  const update = (patch: Partial<XrSettings>) => {
    ctx.settings.update(patch);
    session.applySettings();
    menu.refresh();
  };
  const menu = createSettingsMenu(ctx.scene, {
    settings: ctx.settings.get,
    lang: ctx.lang,
    chat: ctx.chat,
    layer: () => ctx.layer?.get() ?? null,
    onPress(row) {
      const s = ctx.settings.get();
      if (row === "layer" && ctx.layer) {
        ctx.layer.set(ctx.layer.get() === "1937" ? "today" : "1937");
        menu.refresh();
      } else if (row === "turn") update(nextTurnChoice(s));
      else if (row === "move") update({ smoothMove: !s.smoothMove });
      else if (row === "vignette") update({ vignette: !s.vignette });
      else if (row === "seated") update({ seated: !s.seated });
      else if (row === "size" || row === "distance") {
        update(
          row === "size"
            ? { readingScale: nextChoice(READING_SCALES, s.readingScale) }
            : { readingDistance: nextChoice(READING_DISTANCES, s.readingDistance) },
        );
        panel.again(); // a panel open now shows at its new size and distance at once
      } else if (row === "calibrate")
        update({ seated: true, seatedOffset: seatedOffsetFor(ctx.eyeHeight, session.state().trackedHeight) });
    },
  });
  // `update` and the menu above reach the session only when pressed, after this line has run.
  const session: XrSession = await createXrSession({
    scene: ctx.scene,
    floors: ctx.floors,
    world: ctx.world,
    settings: ctx.settings.get,
    onSelect(pick) {
      const content = describe(pick);
      if (content) read(content);
    },
    selectable: (pick) => (pick.pickedMesh ? isGuiPlane(pick.pickedMesh) : false) || describe(pick) !== null,
    onMenuButton() {
      const at = framePose;
      if (at) menu.toggle(head(), at.yaw);
    },
    onTalkButton: ctx.onTalkButton,
    onSwitchButton: ctx.onSwitchButton,
  });
  const scanPanel = createSwitchScanPanel(ctx.scene);
  let last: { x: number; z: number; yaw: number } | null = null;
  return {
    scene: ctx.scene,
    enter: (from, carried) => session.enter(from, carried),
    release() {
      panel.hide();
      menu.hide();
      scanPanel.hide();
      return session.release();
    },
    async exit() {
      // Leaving reads the head as it is now (not as of the last frame): a placement since then must not be lost.
      const p = session.pose();
      if (p) last = { x: p.x, z: p.z, yaw: p.yaw };
      panel.hide();
      menu.hide();
      scanPanel.hide();
      await session.exit();
      return last;
    },
    active: () => session.active(),
    pose: () => (framePose = session.pose()),
    placeHead: (x, z, yaw) => session.placeHead(x, z, yaw),
    read,
    panelShown: () => panel.shown(),
    closePanel: () => panel.hide(),
    tips: () => session.tips(),
    move: (now) => session.move(now),
    present() {
      if (!session.active()) return;
      const at = ctx.scene.activeCamera!.globalPosition;
      panel.follow(at);
      menu.follow(at);
      if (framePose) scanPanel.update(ctx.switchScan(), at, framePose.yaw, ctx.lang());
      session.present();
    },
    refreshMenu: () => menu.refresh(),
    state: () => ({
      ...session.state(),
      panel: panel.shown(),
      panelText: panel.text(),
      panelSeal: panel.seal(),
      panelClose: panel.closePoint(),
      menu: menu.points(),
      menuChat: menu.chat(),
      switchPanel: scanPanel.shown(),
      readingScale: ctx.settings.get().readingScale,
      readingDistance: ctx.settings.get().readingDistance,
    }),
  };
}
