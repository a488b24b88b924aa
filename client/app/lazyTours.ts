// Guided tours load after the first frame (most visits are free visits): this stands in for them until then, so
// main.ts and window.bund can hold one object from the start. The entry screen's tour part appears once loaded.
import type { PlayerState } from "../state/player";
import type { Selection } from "./selection";
import type { Visit } from "./visit";
import type { XrWiring } from "./xrWiring";
import type { Frame } from "./frameLoop";
import type { TourControl, TourHandle } from "./tourAutomation";
import type { TourWiring, TourWiringContext } from "./tourWiring";

export interface LazyTours {
  /** Loads the tour code once (later calls share it). */
  load(): Promise<TourWiring>;
  admit: TourWiring["admit"];
  /** The visit's rule (simulate phase): where the tour wants the visitor, once loaded. */
  step(p: PlayerState, frame: Pick<Frame, "now" | "dt">): PlayerState;
  automation: TourHandle;
}

/** What the tour is given: the page's parts, the visit it moves, VR's head and what is at the middle of the view. */
export type TourParts = Omit<
  TourWiringContext,
  "view" | "goto" | "place" | "player" | "xrActive" | "placeHead" | "pickCentre"
> & {
  visit: Visit;
  xr: XrWiring;
  selection: Selection;
  canvas: HTMLCanvasElement;
};

function tourContextOf({ visit, xr, selection, canvas, ...page }: TourParts): TourWiringContext {
  return {
    ...page,
    view: visit.view,
    player: visit.player,
    goto: (id, arrive) => visit.goto(id, { arrive }),
    place: (x, z, yaw) => visit.place(x, z, yaw),
    xrActive: () => !!xr.active(),
    placeHead: (x, z, yaw) => xr.active()?.placeHead(x, z, yaw),
    pickCentre: () => selection.pickAt(canvas.clientWidth / 2, canvas.clientHeight / 2),
  };
}

export function lazyTours(parts: TourParts): LazyTours {
  const ctx = tourContextOf(parts);
  let tours: TourWiring | null = null;
  let loading: Promise<TourWiring> | null = null;
  const load = () => (loading ??= import("./tourWiring").then(({ wireTours }) => (tours = wireTours(ctx))));
  const control = async () => (await load()).automation.tourControl;
  const tourControl: TourControl = {
    start: async (planId) => (await control()).start(planId),
    send: (type, body) => void control().then((c) => c.send(type, body)),
    guideName: () => tours?.automation.tourControl.guideName() ?? null,
    addStop: async (planId) => (await control()).addStop(planId),
    reorder: async (planId, stopIds) => (await control()).reorder(planId, stopIds),
    removeStop: async (planId, stopId) => (await control()).removeStop(planId, stopId),
    marks: () => tours?.automation.tourControl.marks() ?? null,
  };
  return {
    load,
    admit: async (choice) => (await load()).admit(choice),
    step: (p, frame) => (tours ? tours.step(p, frame) : p),
    automation: { tour: () => tours?.automation.tour() ?? null, tourControl },
  };
}
