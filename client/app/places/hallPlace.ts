// A gallery hall: a scene with displays. Its gallery half of the renderer and its exhibits load with it.
import type { PlaceKind } from "../places";

export const HALL_PLACE: PlaceKind = {
  name: "gallery hall",
  shows: (data) => data.displays.length > 0,
  load: () => import("./hallBuild"),
};
