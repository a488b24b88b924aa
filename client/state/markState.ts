// What the tour marks show in the scene on screen: the stop's beacon and the path to it, the spotlight's outline and
// the guide's pointer ray to it. Pure: the wiring hands it to client/render/tourMarks.ts.
import type { Scene } from "../../common/scene";
import type { TourStop, TourTarget } from "../../common/tour";
import { aimPoint, exhibitBox, landmarkBox, type ExhibitSlot, type OutlineBox } from "./spotlightBox";

type P3 = { x: number; y: number; z: number };

export interface TourMarkState {
  /** The stop's place, when it is in this scene. */
  beacon: { x: number; z: number } | null;
  /** Where the visitor stands: the path runs from here to the beacon. */
  from: { x: number; z: number } | null;
  outline: OutlineBox | null;
  ray: { from: P3; to: P3 } | null;
}

/** Nearer than this to the stop, the path is not drawn (one is there). */
const ARRIVED_M = 3;
/** The ray leaves from the guide's hand, a little below the eyes. */
const HAND_DROP_M = 0.35;

export interface HallLookup {
  slots: ReadonlyMap<string, ExhibitSlot>;
  items: ReadonlyMap<string, { dimensions: { heightCm: number; widthCm: number; depthCm: number } }>;
}

export function outlineOf(target: TourTarget, scene: Scene, hall: HallLookup | null): OutlineBox | null {
  if (target.kind === "landmark") {
    const l = scene.landmarks.find((m) => m.id === target.id);
    return l ? landmarkBox(l) : null;
  }
  const slot = hall?.slots.get(target.id);
  const item = hall?.items.get(target.id);
  return slot && item ? exhibitBox(slot, item.dimensions) : null;
}

export function markStateOf(o: {
  scene: Scene;
  hall: HallLookup | null;
  stop: TourStop | null;
  me: { x: number; z: number };
  spotlight: TourTarget | null;
  /** The leading guide's head, when in this scene. */
  guide: { x: number; y: number; z: number } | null;
}): TourMarkState {
  const here = o.stop && o.stop.sceneId === o.scene.id ? o.stop.place : null;
  const far = here && Math.hypot(here.x - o.me.x, here.z - o.me.z) > ARRIVED_M;
  const outline = o.spotlight ? outlineOf(o.spotlight, o.scene, o.hall) : null;
  return {
    beacon: here ? { x: here.x, z: here.z } : null,
    from: far ? { x: o.me.x, z: o.me.z } : null,
    outline,
    ray:
      outline && o.guide
        ? { from: { x: o.guide.x, y: o.guide.y - HAND_DROP_M, z: o.guide.z }, to: aimPoint(outline) }
        : null,
  };
}
