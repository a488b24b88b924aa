// The Bund (and any scene built from the landmark kit alone, such as a hall's empty shell): its builder is the first
// frame's work, so it ships in the start-up bundle and the other kinds load beside it; the façades' relief and
// textures come in their own chunk, fetched only for a scene with buildings.
import { buildSceneView } from "../../render/sceneView";
import type { PlaceKind, PlaceModule } from "../places";

const bund: PlaceModule = {
  prepare: async ({ engine, data, mode, lang }) => {
    const facades = data.landmarks.some((l) => l.shape.kind === "building")
      ? (await import("../../render/kit/facadeKit")).FACADE_KIT
      : undefined;
    return () => buildSceneView(engine, data, mode, lang, undefined, facades);
  },
};

export const BUND_PLACE: PlaceKind = {
  name: "the Bund",
  shows: () => true,
  load: async () => bund,
};
