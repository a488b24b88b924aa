// The HTTP side of the museum: scene API, repository assets, and the built client (or Vite's dev middleware).
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import type { SceneLibrary } from "../content/loadScenes";

export interface AppOptions {
  scenes: SceneLibrary;
  assetsDir: string;
  clientDir: string;
  log: Logger;
  /** In development, Vite serves the client with hot reload instead of the built files. */
  devMiddleware?: express.RequestHandler;
  /** More REST routes (guides, tour plans, live tours), each a router of its own, mounted before the API's 404. */
  apiRouters?: express.Router[];
}

/** Client paths that are pages of the museum (deep links like /gallery/ceramics later). */
const API_OR_FILE = /^\/(api|assets|static|matchmake)(\/|$)/;

export function createApp(opts: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // gzip for JSON, scenes and text assets: a hall's exhibit list shrinks about tenfold, for microseconds of CPU.
  app.use(compression());
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.get("/api/scenes", (_req, res) => {
    res.json({ scenes: opts.scenes.list() });
  });
  app.get("/api/scenes/:id", (req, res) => {
    const scene = opts.scenes.get(req.params.id);
    if (!scene) {
      res.status(404).json({ error: `No scene with id "${req.params.id}". Known scenes: ${opts.scenes.ids().join(", ")}` });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.json(scene);
  });
  for (const router of opts.apiRouters ?? []) app.use(router);
  app.use("/api", (req, res) => {
    res.status(404).json({ error: `No API route ${req.method} ${req.originalUrl}` });
  });

  app.use("/assets", express.static(opts.assetsDir, { index: false, fallthrough: false, maxAge: "1h" }));

  if (opts.devMiddleware) {
    app.use(opts.devMiddleware);
  } else {
    const index = path.join(opts.clientDir, "index.html");
    if (!existsSync(index)) throw new Error(`The built client is missing (${index}). Run "npm run build" first, or use "npm start", which builds it.`);
    // Hashed bundle names never change content, so they may be cached for a year.
    app.use("/static", express.static(path.join(opts.clientDir, "static"), { index: false, fallthrough: false, immutable: true, maxAge: "365d" }));
    app.use(express.static(opts.clientDir, { index: false, maxAge: 0 }));
    app.get(/.*/, (req, res, next) => {
      if (API_OR_FILE.test(req.path)) return next();
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(index);
    });
  }

  app.use((req: Request, res: Response) => {
    res.status(404).json({ error: `Not found: ${req.path}` });
  });
  app.use((err: Error & { status?: number; statusCode?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? err.statusCode ?? 500;
    if (status >= 500) opts.log.error({ err, path: req.path }, "request failed");
    res.status(status).json({ error: status === 404 ? `Not found: ${req.path}` : status >= 500 ? "Internal server error" : err.message });
  });
  return app;
}
