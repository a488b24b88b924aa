// Serves the studio's stroke data from our own origin (the client never asks hanzi-writer's CDN).
import { Router } from "express";
import { STROKE_DATA_PATH } from "../../common/ink/lessons";
import type { StrokeDataFile } from "../content/strokeData";
import { REVALIDATE } from "./staticFiles";

export function strokeDataRouter(files: ReadonlyMap<string, StrokeDataFile>): Router {
  const router = Router();
  router.get(`${STROKE_DATA_PATH}:name`, (req, res) => {
    const file = files.get(req.params.name);
    if (!file) {
      res.status(404).json({
        error: `No stroke data "${req.params.name}": the studio serves only its lesson characters, by code point (6c38.json)`,
      });
      return;
    }
    res.setHeader("Cache-Control", REVALIDATE);
    res.type(file.type).send(file.body);
  });
  return router;
}
