// Reads and validates every assets/catalog/*.json at start-up and checks it against the halls; any problem stops the start.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { summaryOf, type Artifact, type ExhibitSummary } from "../../common/catalog";
import { categoryOfFile, parseCatalogFile } from "../../common/catalogFile";
import type { CatalogLocation, CatalogPage, CatalogQuery } from "../../common/catalogQuery";
import { CATEGORY_NAMES } from "../../common/catalogNames";
import type { Scene } from "../../common/scene";
import { catalogProblems, type FiledArtifact } from "./catalogChecks";
import { indexEntry, search } from "./catalogSearch";
import type { SceneLibrary } from "./loadScenes";

export interface CatalogLibrary {
  size(): number;
  has(id: string): boolean;
  get(id: string): { artifact: Artifact; location: CatalogLocation | null } | undefined;
  /** The exhibits of a scene as its hall draws them, in display order, already serialised; undefined for no such scene. */
  exhibitsJson(sceneId: string): string | undefined;
  search(query: CatalogQuery): CatalogPage;
}

function readCatalogFiles(assetsDir: string): FiledArtifact[] {
  const dir = path.join(assetsDir, "catalog");
  if (!existsSync(dir)) return [];
  const out: FiledArtifact[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = `assets/catalog/${name}`;
    const category = categoryOfFile(name);
    if (!category) {
      errors.push(
        `${file}: a catalog file is named after its department: one of ${Object.keys(CATEGORY_NAMES)
          .map((c) => `${c}.json`)
          .join(", ")}, or <department>-<name>.json for records kept by hand`,
      );
      continue;
    }
    try {
      parseCatalogFile(file, readFileSync(path.join(dir, name), "utf8"), category).forEach((artifact, index) =>
        out.push({ file, index, artifact }),
      );
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  if (errors.length) throw new Error(errors.join("\n"));
  return out;
}

export function loadCatalog(assetsDir: string, scenes: SceneLibrary): CatalogLibrary {
  const filed = readCatalogFiles(assetsDir);
  const sceneList: Scene[] = scenes.ids().map((id) => scenes.get(id)!);
  const problems = catalogProblems(filed, sceneList, (rel) => existsSync(path.join(assetsDir, rel)));
  if (problems.length)
    throw new Error(`The catalog does not match the halls:\n${problems.map((p) => `  ${p}`).join("\n")}`);

  const locations = new Map<string, CatalogLocation>();
  const exhibits = new Map<string, string>();
  const byId = new Map(filed.map((f) => [f.artifact.id, f.artifact]));
  for (const scene of sceneList) {
    const items: ExhibitSummary[] = [];
    for (const d of scene.displays) {
      d.items.forEach((id, slot) => {
        locations.set(id, { scene: scene.id, display: d.id, slot });
        items.push(summaryOf(byId.get(id)!));
      });
    }
    // Serialised once: the hall's one big request is then a cached string (and its gzip) rather than work per visitor.
    exhibits.set(scene.id, JSON.stringify({ items }));
  }
  const entries = filed.map((f) => indexEntry(f.artifact, locations.get(f.artifact.id) ?? null));
  return {
    size: () => filed.length,
    has: (id) => byId.has(id),
    get(id) {
      const artifact = byId.get(id);
      return artifact && { artifact, location: locations.get(id) ?? null };
    },
    exhibitsJson: (sceneId) => exhibits.get(sceneId),
    search(query) {
      const hits = search(entries, query);
      const from = (query.page - 1) * query.pageSize;
      return {
        total: hits.length,
        page: query.page,
        pageSize: query.pageSize,
        items: hits.slice(from, from + query.pageSize).map((e) => ({ ...summaryOf(e.artifact), location: e.location })),
      };
    },
  };
}
