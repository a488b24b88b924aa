// window.bund: the small handle tests, benchmarks and outside checks use to drive and read the museum.
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang } from "../../common/sceneParts";
import type { FrameStats } from "../render/frameStats";
import type { TourControl, TourReport } from "./tourAutomation";
import type { VisitorStore } from "../state/visitors";

export interface PlayerReport {
  position: { x: number; y: number; z: number };
  /** Heading in degrees: 0 north (+z), 90 east (+x). */
  yaw: number;
  pitch: number;
  mode: "desktop" | "xr";
}

export interface BundHandle {
  ready: Promise<void>;
  /** Resolves once every model of the current scene has loaded (or fallen back to a placeholder). */
  loaded(): Promise<void>;
  /** What the entry screen's Enter does: with a tour code, joins that tour; with a guide's name and password, signs in. */
  enter(opts: { name: string; lang?: Lang; tourCode?: string; guide?: { name: string; password: string } }): Promise<void>;
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
  /** In VR: the snap-turn angle, how many teleports happened, the landmark whose panel is open. */
  xr(): { snapTurnDeg: number; teleports: number; panel: string | null } | null;
  /** The remote visitors in the current scene as drawn (interpolated): head position in metres. */
  visitors(): { id: string; name: string; role: "visitor" | "guide"; position: { x: number; y: number; z: number }; mode: "desktop" | "xr"; connected: boolean }[];
  /** Milliseconds from navigation start to the first rendered frame. */
  timings(): { firstFrameMs: number | null };
  /** The exhibits of the current scene, titles in the visitor's language. */
  exhibits(): { id: string; title: string }[];
  /** Where an exhibit of the current scene is (its middle, metres), and its display. */
  exhibitPlace(id: string): { x: number; y: number; z: number; displayId: string } | null;
  /** The exhibit under a canvas point, if any. */
  exhibitAt(x: number, y: number): string | null;
  /** What a click at a canvas point does (after entering): walk, read a landmark, or inspect an item. */
  select(x: number, y: number): void;
  /** Opens an exhibit of the current scene for inspection; resolves when its record is shown. */
  inspect(id: string): Promise<void>;
  inspection(): { id: string; title: string; lang: string } | null;
  closeInspection(): void;
  narration(): { playing: boolean; positionSec: number; caption: string } | null;
  /** Searches the collection as the search panel does. */
  search(query: { q?: string; era?: string; material?: string }): Promise<{ id: string; location: { scene: string; display: string; slot: number } }[]>;
  /** What choosing a search result does: go to its hall and stand before it. */
  goToItem(sceneId: string, id: string): Promise<void>;
  /** The exhibits whose labels are drawn now (only those near the visitor are). */
  labels(): string[];
  /** Exhibits whose model failed to load and show a placeholder. */
  placeholders(): string[];
  /** Exhibits drawn from their glb model, loaded. */
  modelsShown(): string[];
  /** The guided tour the visitor is in, or null (client/app/tourAutomation.ts). */
  tour(): TourReport | null;
  /** Drives a tour as the guide's and member's panels do. */
  tourControl: TourControl;
}

declare global {
  interface Window {
    bund?: BundHandle;
  }
}

/** window.bund.visitors(): the visitors drawn in a scene now, as the handle reports them. */
export function reportVisitors(store: VisitorStore, sceneId: string | undefined): ReturnType<BundHandle["visitors"]> {
  if (!sceneId) return [];
  return store.sample(performance.now(), sceneId).map((v) => ({ id: v.id, name: v.name, role: v.role, position: { x: v.pose.x, y: v.pose.y, z: v.pose.z }, mode: v.mode, connected: v.connected }));
}

export function installHandle(handle: BundHandle): void {
  window.bund = handle;
}
