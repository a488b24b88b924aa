// The visit: which place is shown and where the local visitor stands in it. The one writer of the player: walking,
// the headset, tours, doorways and placements all change the body here. Scene changes run one at a time, each place
// built by the kind that shows it (the place registry).
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { ExhibitSummary } from "../../common/catalog";
import { createDoorwayWatch } from "../../common/doorways";
import type { Pose } from "../../common/pose";
import type { Scene } from "../../common/scene";
import { buildWalkableWorld, isWalkable, type WalkableWorld } from "../../common/walkable";
import { createFrameStats, type FrameStatsCounter } from "../render/frameStats";
import type { BuildMode } from "../render/landmarkMeshes";
import type { SceneView } from "../render/sceneView";
import {
  BODY_RADIUS,
  createPlayer,
  look,
  stepPlayer,
  walkTo,
  type MoveIntent,
  type PlayerState,
} from "../state/player";
import type { SettingsStore } from "../state/settings";
import { createMinimap, type Minimap } from "../ui/minimap";
import { nextFrames } from "./nextFrames";
import type { PlaceRegistry } from "./places";
import { pathOfScene } from "./route";
import { fetchScene } from "./sceneLoading";
import { DEG } from "../../common/measures";
import { prefersReducedMotion } from "../ui/reducedMotion";

export interface VisitView extends SceneView {
  world: WalkableWorld;
  minimap: Minimap;
  stats: FrameStatsCounter;
}

/** Where to stand on arriving: a viewpoint, a spawn point (the scene's first by default), or the caller's `arrive`. */
export interface Arrival {
  viewpoint?: string;
  spawn?: string;
  /** Runs once the scene shows, before its models load: stand where the caller wants, not at the spawn meanwhile. */
  arrive?: () => Promise<void>;
}

export interface VisitParts {
  engine: Engine;
  ui: HTMLElement;
  settings: SettingsStore;
  places: PlaceRegistry;
  mode: BuildMode;
  /** The standard material's shaders, asked for at start-up: a scene waits for them before it is built. */
  shaders: Promise<unknown>;
}

/** What the desktop's hands said this frame: the head turn and the keys held. */
export interface OnFoot {
  turn: { yaw: number; pitch: number };
  intent: MoveIntent;
}

/** A rule that may move the visitor each frame after their own step (the tour: following the guide, a locked stop). */
export type BodyRule = (p: PlayerState, frame: { now: number; dt: number }) => PlayerState;

export interface Visit {
  view(): VisitView | null;
  player(): PlayerState;
  /** The pose others see on desktop: the body at the scene's eye height. */
  desktopPose(): Pose | null;
  /** Builds and shows a scene (the first one, or after a failed deep link); `goto` is the way in afterwards. */
  show(id: string, arrival?: Arrival, prefetched?: Promise<Scene>, exhibits?: Promise<ExhibitSummary[]>): Promise<void>;
  /** What walking through a doorway does: another scene (or a viewpoint of this one), one change at a time. */
  goto(sceneId: string, arrival?: Arrival): Promise<void>;
  /** Stands the visitor at x, z facing yaw, looking up by pitch (radians); resolves once it has been drawn. */
  place(x: number, z: number, yaw: number, pitch?: number): Promise<void>;
  /** A click on the ground: walk there (with reduced motion asked for, be set down there). */
  walkTo(x: number, z: number): void;
  /**
   * The frame's own step: the headset's head, or else the desktop's look and keys (`onFoot`, null until the visitor
   * has entered: the view idles at the spawn); then the rules; then, once entered, a doorway walked into.
   */
  step(frame: { now: number; dt: number; head: Pose | null }, onFoot: OnFoot | null): void;
  obey(rule: BodyRule): void;
  /** Before a scene goes (close what belongs to it). */
  onLeave(fn: () => void): void;
  /** Once a new scene is built and the visitor placed in it, in order (carry VR over, tell the room). */
  onShown(fn: (view: VisitView) => Promise<void> | void): void;
  /** Where the visitor was placed by `place`/`goto` (the headset's rig follows). */
  onPlaced(fn: (x: number, z: number, yaw: number) => void): void;
}

export function createVisit(parts: VisitParts): Visit {
  let view: VisitView | null = null;
  let player = createPlayer(0, 0, 0);
  let doorways: ReturnType<typeof createDoorwayWatch> | null = null;
  const rules: BodyRule[] = [];
  const leaving: (() => void)[] = [];
  const shown: ((view: VisitView) => Promise<void> | void)[] = [];
  const placed: ((x: number, z: number, yaw: number) => void)[] = [];

  const stand = (x: number, z: number, yaw: number, pitch = 0) => {
    player = { ...createPlayer(x, z, yaw), pitch };
  };

  const show: Visit["show"] = async (id, arrival = {}, prefetched, exhibits) => {
    const [data] = await Promise.all([prefetched ?? fetchScene(id), parts.shaders]);
    const build = await parts.places.prepare({
      engine: parts.engine,
      data,
      mode: parts.mode,
      lang: parts.settings.get().lang,
      exhibits,
      toViewpoint: (viewpoint) => goto(id, { viewpoint }),
    });
    performance.mark("bund:scene-fetched");
    for (const fn of leaving) fn();
    view?.scene.dispose();
    parts.ui.querySelector("#minimap")?.remove();
    const built = build();
    view = {
      ...built,
      world: buildWalkableWorld(data),
      minimap: createMinimap(parts.ui, data, parts.settings),
      stats: createFrameStats(built.scene),
    };
    const vp = data.viewpoints.find((v) => v.id === arrival.viewpoint);
    const spawn = data.spawnPoints.find((s) => s.id === arrival.spawn) ?? data.spawnPoints[0];
    if (vp) stand(vp.position.x, vp.position.z, vp.yawDeg * DEG, vp.pitchDeg * DEG);
    else stand(spawn.position.x, spawn.position.z, spawn.yawDeg * DEG);
    // Standing on a doorway's threshold on arrival does not take the visitor straight back: they must step off first.
    doorways = createDoorwayWatch(data.doorways, player.x, player.z);
    // The address follows the visitor, so a hall can be shared and Back returns to the previous place.
    const path = pathOfScene(data.id);
    if (location.pathname !== path) history.pushState({ scene: data.id }, "", path + location.search);
    for (const fn of shown) await fn(view);
    performance.mark("bund:scene-built");
  };

  const place: Visit["place"] = async (x, z, yaw, pitch = 0) => {
    for (const fn of placed) fn(x, z, yaw);
    stand(x, z, yaw, pitch);
    await nextFrames(parts.engine, 2);
  };

  // Scene changes run one at a time: a doorway and a search result at once must not build two halls.
  let changing: Promise<void> = Promise.resolve();
  const goto: Visit["goto"] = (sceneId, arrival = {}) => {
    const run = async () => {
      if (sceneId !== view?.data.id) await show(sceneId, arrival);
      else if (arrival.viewpoint) {
        const vp = view.data.viewpoints.find((v) => v.id === arrival.viewpoint);
        if (!vp) throw new Error(`No viewpoint "${arrival.viewpoint}" in scene ${sceneId}`);
        for (const fn of placed) fn(vp.position.x, vp.position.z, vp.yawDeg * DEG);
        stand(vp.position.x, vp.position.z, vp.yawDeg * DEG, vp.pitchDeg * DEG);
      }
      // Stand where the caller wants before the hall's models load: a glb may take seconds, the visitor should not.
      await arrival.arrive?.();
      await view?.loadDetails();
      await nextFrames(parts.engine, 2);
    };
    const next = changing.then(run, run);
    changing = next.catch(() => undefined);
    return next;
  };

  return {
    view: () => view,
    player: () => player,
    desktopPose: () =>
      view ? { x: player.x, y: view.data.eyeHeight, z: player.z, yaw: player.yaw, pitch: player.pitch } : null,
    show,
    goto,
    place,
    walkTo(x, z) {
      // With reduced motion asked for, no glide of the view: the visitor is set down at the spot, facing the way.
      if (prefersReducedMotion() && view && isWalkable(view.world, x, z, BODY_RADIUS)) {
        void place(x, z, Math.atan2(x - player.x, z - player.z), player.pitch);
        return;
      }
      player = walkTo(player, { x, z });
    },
    step(frame, onFoot) {
      if (!view) return;
      if (frame.head)
        player = {
          ...player,
          x: frame.head.x,
          z: frame.head.z,
          yaw: frame.head.yaw,
          pitch: frame.head.pitch,
          walkTarget: null,
        };
      else if (onFoot) {
        if (onFoot.turn.yaw || onFoot.turn.pitch) player = look(player, onFoot.turn.yaw, onFoot.turn.pitch);
        player = stepPlayer(player, onFoot.intent, frame.dt, view.world);
      }
      for (const rule of rules) player = rule(player, frame);
      const through = onFoot ? doorways?.(player.x, player.z) : null;
      if (through)
        void goto(through.to.scene, { spawn: through.to.spawn }).catch((err) =>
          console.warn("Could not go through the doorway", err),
        );
    },
    obey: (rule) => void rules.push(rule),
    onLeave: (fn) => void leaving.push(fn),
    onShown: (fn) => void shown.push(fn),
    onPlaced: (fn) => void placed.push(fn),
  };
}
