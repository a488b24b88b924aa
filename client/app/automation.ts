// window.bund: the small handle tests, benchmarks and outside checks use to drive and read the museum.
import type { Access } from "./accessWiring";
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import type { FrameStats } from "../render/frameStats";
import type { TourHandle } from "./tourAutomation";
import type { VisitorStore } from "../state/visitors";
import type { InfoCard } from "../ui/infoCard";
import type { Entrance } from "./entrance";
import type { ExhibitHandle, ExhibitWiring } from "./exhibitWiring";
import type { FirstFrame } from "./firstFrame";
import type { LazyTours } from "./lazyTours";
import type { LazyVoice } from "./lazyVoice";
import type { VoiceReport } from "./voiceWiring";
import { projectToPage } from "./screenProjection";
import type { Selection } from "./selection";
import type { Visit } from "./visit";
import type { XrWiring } from "./xrWiring";
import { inkAutomation, type InkHandle } from "./inkAutomation";
import { theatreAutomation, type TheatreHandle } from "./theatreAutomation";
import type { LayerHandle } from "./layerWiring";
import { DEFAULT_EYE_HEIGHT, DEG } from "../../common/measures";

export interface PlayerReport {
  position: { x: number; y: number; z: number };
  /** Heading in degrees: 0 north (+z), 90 east (+x). */
  yaw: number;
  pitch: number;
  mode: "desktop" | "xr";
}

/** window.bund; its exhibit, tour and layer parts are declared where they are made (app/exhibitWiring.ts,
 *  app/tourAutomation.ts, app/layerWiring.ts). */
export interface BundHandle extends ExhibitHandle, TourHandle, InkHandle, LayerHandle, TheatreHandle {
  ready: Promise<void>;
  /** Resolves once every model of the current scene has loaded (or fallen back to a placeholder). */
  loaded(): Promise<void>;
  /** What the entry screen's Enter does: with a tour code, joins that tour; with a guide's name and password, signs in. */
  enter(opts: {
    name: string;
    lang?: Lang;
    tourCode?: string;
    guide?: { name: string; password: string };
  }): Promise<void>;
  readonly scene: BabylonScene | null;
  readonly engine: Engine;
  readonly sceneId: string | null;
  player(): PlayerReport;
  stats(): FrameStats;
  scenes(): string[];
  viewpoints(): string[];
  goto(sceneId: string, viewpoint?: string): Promise<void>;
  /** Places the visitor (automation only): metres and a heading in degrees. */
  teleport(x: number, z: number, yawDeg?: number, pitchDeg?: number): Promise<void>;
  /** Canvas pixel coordinates of a world point, or null when it is behind the camera. */
  project(x: number, y: number, z: number): { x: number; y: number } | null;
  /** The landmark under a canvas point, if any. */
  landmarkAt(x: number, y: number): string | null;
  infoCard(): string | null;
  lang(): Lang;
  setLang(lang: Lang): void;
  netState(): string;
  /** What the Enter VR / Leave VR buttons do: resolve when the session has started / ended. */
  enterXR(): Promise<void>;
  exitXR(): Promise<void>;
  /** Voice: `{ connected, mic, heard: [visitor ids heard now], problem, output: { rms, peakHz } }`. */
  voice(): VoiceReport;
  /** What the microphone button does. */
  setMic(on: boolean): Promise<void>;
  /** In VR: the snap-turn angle, how many teleports happened, the landmark whose panel is open. */
  xr(): { snapTurnDeg: number; teleports: number; panel: string | null; switchPanel: string | null } | null;
  /** The remote visitors in the current scene as drawn (interpolated): head position in metres. */
  visitors(): {
    id: string;
    name: string;
    role: "visitor" | "guide";
    position: { x: number; y: number; z: number };
    mode: "desktop" | "xr";
    connected: boolean;
  }[];
  /** Milliseconds from navigation start to the first rendered frame. */
  timings(): { firstFrameMs: number | null };
  /** The exhibit under a canvas point, if any. */
  exhibitAt(x: number, y: number): string | null;
  /** What a click at a canvas point does (after entering): walk, read a landmark, or inspect an item. */
  select(x: number, y: number): void;
  /** What the screen reader's live region said lately (arrivals, what is ahead), oldest first. */
  announcements(): { text: string; lang: Lang }[];
  /** One-switch mode: the choices and the one on offer (null while the mode is off); on or off; the switch. */
  switchMode(): { choices: string[]; offered: number } | null;
  setSwitchMode(on: boolean): void;
  pressSwitch(): void;
}

declare global {
  interface Window {
    bund?: BundHandle;
  }
}

/** window.bund.visitors(): the visitors drawn in a scene now, as the handle reports them. */
export function reportVisitors(store: VisitorStore, sceneId: string | undefined): ReturnType<BundHandle["visitors"]> {
  if (!sceneId) return [];
  return store.sample(performance.now(), sceneId).map((v) => ({
    id: v.id,
    name: v.name,
    role: v.role,
    position: { x: v.pose.x, y: v.pose.y, z: v.pose.z },
    mode: v.mode,
    connected: v.connected,
  }));
}

/** The parts of the page the handle reads and drives. */
export interface HandleParts {
  engine: Engine;
  canvas: HTMLCanvasElement;
  visit: Visit;
  firstFrame: FirstFrame;
  entrance: Entrance;
  xr: XrWiring;
  selection: Selection;
  card: InfoCard;
  settings: SettingsStore;
  visitors: VisitorStore;
  /** The ids of all scenes, once the list has come. */
  sceneIds(): string[];
  exhibits: ExhibitWiring;
  tours: LazyTours;
  voice: LazyVoice;
  layers: LayerHandle;
  /** The access features, once loaded (with the first frame). */
  access(): Access | null;
}

export function createHandle(h: HandleParts): BundHandle {
  const { visit } = h;
  const pick = (x: number, y: number) => (visit.view() ? h.selection.pickAt(x, y) : null);
  return {
    ready: h.firstFrame.ready,
    loaded: () => h.firstFrame.followed(),
    enter: (opts) => h.entrance.enter(opts),
    get scene() {
      return visit.view()?.scene ?? null;
    },
    engine: h.engine,
    get sceneId() {
      return visit.view()?.data.id ?? null;
    },
    player: () => {
      const p = visit.player();
      const y = visit.view()?.data.eyeHeight ?? DEFAULT_EYE_HEIGHT;
      return {
        position: { x: p.x, y, z: p.z },
        yaw: p.yaw / DEG,
        pitch: p.pitch / DEG,
        mode: h.xr.active() ? "xr" : "desktop",
      };
    },
    enterXR: h.xr.enterXR,
    exitXR: h.xr.exitXR,
    xr: () => h.xr.active()?.state() ?? null,
    stats: () => visit.view()?.stats.read() ?? { drawCalls: 0, activeMeshes: 0, triangles: 0, frameMs: 0 },
    scenes: () => [...h.sceneIds()],
    viewpoints: () => visit.view()?.data.viewpoints.map((v) => v.id) ?? [],
    goto: (sceneId, viewpoint) => visit.goto(sceneId, { viewpoint }),
    teleport: (x, z, yawDeg = visit.player().yaw / DEG, pitchDeg = 0) =>
      visit.place(x, z, yawDeg * DEG, pitchDeg * DEG),
    project: (x, y, z) => {
      const view = visit.view();
      return view ? projectToPage(h.engine, view.scene, view.camera, h.canvas, x, y, z) : null;
    },
    landmarkAt: (x, y) => {
      const hit = pick(x, y);
      return hit?.kind === "landmark" ? hit.landmarkId : null;
    },
    infoCard: () => h.card.shown(),
    lang: () => h.settings.get().lang,
    setLang: (lang) => h.settings.update({ lang }),
    netState: () => h.entrance.netState(),
    visitors: () => reportVisitors(h.visitors, visit.view()?.data.id),
    timings: () => ({ firstFrameMs: h.firstFrame.ms() }),
    ...h.exhibits.automation,
    ...h.tours.automation,
    voice: () => h.voice.report(),
    setMic: (on) => h.voice.setMic(on),
    ...inkAutomation,
    ...theatreAutomation,
    layer: h.layers.layer,
    setLayer: h.layers.setLayer,
    exhibitAt: (x, y) => {
      const hit = pick(x, y);
      return hit?.kind === "exhibit" ? hit.itemId : null;
    },
    select: (x, y) => h.selection.select(x, y),
    announcements: () => [...(h.access()?.announcer.history() ?? [])],
    switchMode: () => h.access()?.switchMode.report() ?? null,
    setSwitchMode: (on) => h.access()?.switchMode.set(on),
    pressSwitch: () => h.access()?.switchMode.press(),
  };
}

export function installHandle(handle: BundHandle): void {
  window.bund = handle;
}
