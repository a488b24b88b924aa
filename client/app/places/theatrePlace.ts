// The Kunqu theatre: a scene of kind "theatre". Its stage, performers, surtitles and performance load with it.
import type { PlaceKind } from "../places";

export const THEATRE_PLACE: PlaceKind = {
  name: "theatre",
  shows: (data) => data.kind === "theatre",
  load: () => import("./theatreBuild"),
};
