// How a gallery hall is built (loaded with the first hall): the gallery kit and the exhibits, then the scene view.
import { buildSceneView } from "../../render/sceneView";
import type { PlaceBuild } from "../places";
import { loadGalleryKit } from "../sceneLoading";

export async function prepare({ engine, data, mode, lang, exhibits }: PlaceBuild) {
  const kit = await loadGalleryKit(data.id, exhibits);
  return () => buildSceneView(engine, data, mode, lang, kit);
}
