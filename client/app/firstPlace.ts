// Opening the first place with the list of places beside it, and following the browser's back and forward buttons.
import type { PlaceSummary } from "../ui/museumMap";
import { FIRST_SCENE, sceneOfPath } from "./route";
import type { FirstRequests } from "./startUp";
import type { Visit } from "./visit";

/** Shows the first place; resolves with the museum's places once both have arrived (nothing else waits for them). */
export async function openFirstPlace(visit: Visit, first: FirstRequests): Promise<PlaceSummary[]> {
  const { firstId, firstScene, firstExhibits } = first;
  const [list] = await Promise.all([
    fetch("/api/scenes").then((r) => r.json() as Promise<{ scenes: PlaceSummary[] }>),
    visit.show(firstId, {}, firstScene, firstExhibits).catch((err) => {
      // A shared link to a hall that no longer exists still opens the museum, on the Bund.
      if (firstId === FIRST_SCENE) throw err;
      console.warn(`Could not open ${location.pathname}; showing the Bund`, err);
      return visit.show(FIRST_SCENE);
    }),
  ]);
  return list.scenes;
}

export function followHistory(visit: Visit): void {
  window.addEventListener("popstate", () => {
    const id = sceneOfPath(location.pathname);
    if (id && id !== visit.view()?.data.id) void visit.goto(id).catch((err) => console.warn("Could not go back", err));
  });
}
