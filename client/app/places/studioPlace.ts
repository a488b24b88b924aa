// The calligraphy studio: a scene of kind "studio". Its desk, sheet and judge load with it, not at start-up.
import type { PlaceKind } from "../places";

export const STUDIO_PLACE: PlaceKind = {
  name: "calligraphy studio",
  shows: (data) => data.kind === "studio",
  load: () => import("./studioBuild"),
};
