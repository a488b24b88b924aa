// What pointing at the scene does (picking policy): a click reads a landmark's card, inspects an exhibit in reach or
// walks to the ground clicked. The picking code arrives after the first frame; a click before that does nothing.
import type { PickResult } from "../render/sceneView";
import type { Visit } from "./visit";

const INTERACT_RANGE = 400; // metres: E and clicks reach any façade in view along the Bund
const EXHIBIT_RANGE = 12; // an object is inspected from the room it is in, not from across the hall

/** Whether a click (or E) on what was picked would open it: an exhibit in the same room, a façade in view. */
export function withinReach(hit: PickResult): boolean {
  return (
    (hit.kind === "exhibit" && hit.distance < EXHIBIT_RANGE) ||
    (hit.kind === "landmark" && hit.distance < INTERACT_RANGE)
  );
}

export interface SelectionParts {
  visit: Visit;
  /** While an object is inspected, clicks belong to it. */
  inspecting(): boolean;
  inspect(itemId: string): Promise<void>;
  showLandmark(landmark: NonNullable<ReturnType<Visit["view"]>>["data"]["landmarks"][number]): void;
}

export interface Selection {
  /** Loads the picking code (after the first frame). */
  load(): Promise<void>;
  pickAt(x: number, y: number): PickResult | null;
  /** A click (or E, at the centre) at canvas point x, y. */
  select(x: number, y: number): void;
}

export function createSelection(parts: SelectionParts): Selection {
  let picking: typeof import("../render/picking") | null = null;
  const pickAt = (x: number, y: number) => {
    const view = parts.visit.view();
    return view && picking ? picking.pickAt(view.scene, view.camera, x, y) : null;
  };
  return {
    async load() {
      picking ??= await import("../render/picking");
    },
    pickAt,
    select(x, y) {
      const view = parts.visit.view();
      if (!view || parts.inspecting()) return;
      const hit = pickAt(x, y);
      if (hit?.kind === "exhibit" && withinReach(hit))
        void parts.inspect(hit.itemId).catch((err) => console.warn("Could not inspect", err));
      else if (hit?.kind === "landmark" && withinReach(hit)) {
        const l = view.data.landmarks.find((m) => m.id === hit.landmarkId);
        if (l) parts.showLandmark(l);
      } else if (hit?.kind === "ground") parts.visit.walkTo(hit.x, hit.z);
    },
  };
}
