// The catalog's REST routes: search with paging, one full record, and the compact exhibits of a hall.
import { Router } from "express";
import { parseCatalogQuery } from "../../common/catalogQuery";
import { IdSchema } from "../../common/sceneParts";
import type { CatalogLibrary } from "../content/loadCatalog";
import type { SceneLibrary } from "../content/loadScenes";

export function catalogRouter(catalog: CatalogLibrary, scenes: SceneLibrary): Router {
  const router = Router();

  router.get("/api/catalog", (req, res) => {
    const parsed = parseCatalogQuery(new URL(req.originalUrl, "http://museum.invalid").searchParams);
    if (!parsed.ok) {
      res.status(400).json({ error: parsed.error });
      return;
    }
    const { scene } = parsed.query;
    if (scene && !scenes.get(scene)) {
      res.status(400).json({ error: `scene: no scene "${scene}"; known scenes are ${scenes.ids().join(", ")}` });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.json(catalog.search(parsed.query));
  });

  router.get("/api/catalog/:id", (req, res) => {
    const found = IdSchema.safeParse(req.params.id).success ? catalog.get(req.params.id) : undefined;
    if (!found) {
      res.status(404).json({ error: `No catalog item with id "${req.params.id}" (ids look like "cer-0001")` });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.json({ ...found.artifact, location: found.location });
  });

  router.get("/api/scenes/:id/exhibits", (req, res) => {
    const body = catalog.exhibitsJson(req.params.id);
    if (body === undefined) {
      res.status(404).json({ error: `No scene with id "${req.params.id}". Known scenes: ${scenes.ids().join(", ")}` });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.type("application/json").send(body);
  });

  return router;
}
