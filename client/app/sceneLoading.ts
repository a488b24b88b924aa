// Fetching a scene and, for a hall, its exhibits and the gallery half of the renderer.
import type { ExhibitSummary } from "../../common/catalog";
import type { Scene } from "../../common/scene";
import type { GalleryKit } from "../render/sceneView";

export async function fetchExhibits(id: string): Promise<ExhibitSummary[]> {
  const res = await fetch(`/api/scenes/${encodeURIComponent(id)}/exhibits`);
  if (!res.ok) throw new Error(`The exhibits of "${id}" could not be loaded: HTTP ${res.status}`);
  return ((await res.json()) as { items: ExhibitSummary[] }).items;
}

/** The gallery half of the renderer and a hall's exhibits, fetched side by side. */
export async function loadGalleryKit(id: string, exhibits?: Promise<ExhibitSummary[]>): Promise<GalleryKit> {
  const [hall, labels, items] = await Promise.all([
    import("../render/gallery/hallView"),
    import("../render/gallery/exhibitLabels"),
    exhibits ?? fetchExhibits(id),
  ]);
  return { buildHall: hall.buildHall, createExhibitLabels: labels.createExhibitLabels, exhibits: items };
}

export async function fetchScene(id: string): Promise<Scene> {
  const res = await fetch(`/api/scenes/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`Scene "${id}" could not be loaded: HTTP ${res.status}`);
  // The server validated every scene against SceneSchema at start-up; the client does not ship zod twice.
  const scene = (await res.json()) as Scene;
  if (scene.id !== id || !Array.isArray(scene.landmarks))
    throw new Error(`Scene "${id}": the server sent something else`);
  return scene;
}
