// Reads and validates every scenes/*.json at start-up; one bad file stops the start with its path and problems.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSceneFile, SceneFileError, type Scene } from "../../common/scene";

export interface SceneLibrary {
  ids(): string[];
  get(id: string): Scene | undefined;
  /** Summaries for the entry screen and the map: id, kind, names. */
  list(): { id: string; kind: Scene["kind"]; name: Scene["name"]; note: Scene["reconstructionNote"] }[];
}

export function loadScenes(dir: string): SceneLibrary {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`No scene files (*.json) in ${dir}`);
  const scenes = new Map<string, Scene>();
  const errors: string[] = [];
  for (const file of files) {
    const rel = path.join(path.basename(dir), file);
    try {
      const scene = parseSceneFile(rel, readFileSync(path.join(dir, file), "utf8"));
      if (`${scene.id}.json` !== file)
        throw new SceneFileError(rel, [{ path: "id", message: `"${scene.id}" must match the file name ${file}` }]);
      scenes.set(scene.id, scene);
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  if (errors.length) throw new Error(errors.join("\n"));
  return {
    ids: () => [...scenes.keys()],
    get: (id) => scenes.get(id),
    list: () => [...scenes.values()].map((s) => ({ id: s.id, kind: s.kind, name: s.name, note: s.reconstructionNote })),
  };
}
