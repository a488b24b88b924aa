// Files the museum serves, each with its right type and caching: Vite's hashed bundles (their content never
// changes under a name) for a year, immutable; the page and every unhashed file (assets/, which an edit changes in
// place) revalidated on each use, which costs a 304 when nothing changed. Types come from send's table (.glb
// model/gltf-binary, .vtt text/vtt, .wasm application/wasm…; anything unknown is application/octet-stream).
import express, { type RequestHandler } from "express";
import path from "node:path";

export const HASHED_CACHE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** Repository content under /assets (models, audio, captions, catalog): unhashed names, so always revalidated. */
export function assetFiles(dir: string): RequestHandler {
  return express.static(dir, {
    index: false,
    fallthrough: false,
    cacheControl: false,
    setHeaders: (res) => {
      res.setHeader("Cache-Control", REVALIDATE);
    },
  });
}

/** Vite's output under /static: every name carries a content hash (vite.config.ts' assetsDir). */
export function hashedClientFiles(clientDir: string): RequestHandler {
  return express.static(path.join(clientDir, "static"), {
    index: false,
    fallthrough: false,
    cacheControl: false,
    setHeaders: (res) => {
      res.setHeader("Cache-Control", HASHED_CACHE);
    },
  });
}

/** The rest of the build (index.html asked for by name, anything unhashed): revalidated. */
export function otherClientFiles(clientDir: string): RequestHandler {
  return express.static(clientDir, {
    index: false,
    cacheControl: false,
    setHeaders: (res) => {
      res.setHeader("Cache-Control", REVALIDATE);
    },
  });
}
