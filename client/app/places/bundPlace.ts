// The Bund (and any scene built from the landmark kit alone, such as a hall's empty shell): its builder is the first
// frame's work, so it ships in the start-up bundle and the other kinds load beside it.
import { buildSceneView } from "../../render/sceneView";
import type { PlaceKind, PlaceModule } from "../places";

const bund: PlaceModule = {
  prepare:
    async ({ engine, data, mode, lang }) =>
    () =>
      buildSceneView(engine, data, mode, lang),
};

export const BUND_PLACE: PlaceKind = {
  name: "the Bund",
  shows: () => true,
  load: async () => bund,
};
