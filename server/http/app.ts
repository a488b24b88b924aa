// The HTTP side of the museum: security headers on everything, the operator's endpoints, the scene API and other
// REST routes, repository assets, and the built client (or Vite's dev middleware); every error is JSON.
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import type { SceneLibrary } from "../content/loadScenes";
import { ApiError, errorReply, refuseWhileClosed } from "./apiHelpers";
import { securityHeaders } from "./securityHeaders";
import { assetFiles, hashedClientFiles, otherClientFiles, REVALIDATE } from "./staticFiles";

export interface AppOptions {
  scenes: SceneLibrary;
  assetsDir: string;
  clientDir: string;
  log: Logger;
  /** In development, Vite serves the client with hot reload instead of the built files. */
  devMiddleware?: express.RequestHandler;
  /** /healthz, /readyz, /metrics (server/http/operationsApi.ts). */
  operations?: express.Router;
  /** More REST routes (guides, tour plans, live tours), each a router of its own, mounted before the API's 404. */
  apiRouters?: express.Router[];
  /** Why nobody may join now (starting, tours not yet restored, or shutting down), or null: seats are refused with 503. */
  notAdmitting?: () => string | null;
  /** Express' "trust proxy": which proxies may tell a visitor's address (the sign-in limit counts per address). */
  trustProxy?: boolean | number | string[];
}

/** Client paths that are pages of the museum (deep links like /gallery/ceramics later). */
const API_OR_FILE = /^\/(api|assets|static|matchmake|healthz|readyz|metrics)(\/|$)/;

/** No honest request needs a longer query string (the catalog's longest is well under 300 characters). */
export const MAX_QUERY_LENGTH = 2048;

export function createApp(opts: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", opts.trustProxy ?? false);
  // gzip for JSON, scenes and text assets: a hall's exhibit list shrinks about tenfold, for microseconds of CPU.
  app.use(compression());
  app.use(securityHeaders(Boolean(opts.devMiddleware)));
  app.use((req, _res, next) => {
    const q = req.originalUrl.indexOf("?");
    if (q >= 0 && req.originalUrl.length - q - 1 > MAX_QUERY_LENGTH)
      return next(new ApiError(414, `The query string is longer than ${MAX_QUERY_LENGTH} characters`));
    next();
  });
  if (opts.operations) app.use(opts.operations);

  // The tour's narration clock: members read the server's time here, from a worker (client/net/clockWorker.ts).
  app.get("/api/clock", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ now: Date.now() });
  });
  app.get("/api/scenes", (_req, res) => {
    res.json({ scenes: opts.scenes.list() });
  });
  app.get("/api/scenes/:id", (req, res) => {
    const scene = opts.scenes.get(req.params.id);
    if (!scene) {
      res
        .status(404)
        .json({ error: `No scene with id "${req.params.id}". Known scenes: ${opts.scenes.ids().join(", ")}` });
      return;
    }
    res.setHeader("Cache-Control", REVALIDATE);
    res.json(scene);
  });
  // A member back after a restart must not hear "no such tour" because their tour is being restored this moment.
  if (opts.notAdmitting)
    app.post("/api/tours/:code/seat", (_req, res, next) => refuseWhileClosed(opts.notAdmitting!(), res) || next());
  for (const router of opts.apiRouters ?? []) app.use(router);
  app.use("/api", (req, res) => {
    res.status(404).json({ error: `No API route ${req.method} ${req.originalUrl}` });
  });

  // serve-static answers other methods with an empty 405; say it in JSON like every other error.
  app.use(["/assets", "/static"], (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    res.setHeader("Allow", "GET, HEAD");
    next(new ApiError(405, `${req.method} is not allowed on files: read them with GET`));
  });
  app.use("/assets", assetFiles(opts.assetsDir));

  if (opts.devMiddleware) {
    app.use(opts.devMiddleware);
  } else {
    const index = path.join(opts.clientDir, "index.html");
    if (!existsSync(index))
      throw new Error(
        `The built client is missing (${index}). Run "npm run build" first, or use "npm start", which builds it.`,
      );
    app.use("/static", hashedClientFiles(opts.clientDir));
    app.use(otherClientFiles(opts.clientDir));
    app.get(/.*/, (req, res, next) => {
      if (API_OR_FILE.test(req.path)) return next();
      res.setHeader("Cache-Control", REVALIDATE);
      res.sendFile(index);
    });
  }

  app.use((req: Request, res: Response) => {
    res.status(404).json({ error: `Not found: ${req.method} ${req.path}` });
  });
  // Everything that went wrong anywhere above, express' own errors included, as JSON without a stack trace.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = errorReply(err);
    if (status >= 500) opts.log.error({ err, path: req.path }, "request failed");
    if (res.headersSent) return void res.end();
    res.status(status).json(status === 404 ? { error: `Not found: ${req.method} ${req.path}` } : body);
  });
  return app;
}
