// What the operator's tools ask: /healthz (the process answers), /readyz (send visitors here: content loaded, game
// server listening, not shutting down) and /metrics (Prometheus text format). Never cached.
import { Router } from "express";
import { createHash, timingSafeEqual } from "node:crypto";
import { notReadyReason, type Health } from "../observability/health";
import type { MuseumMetrics } from "../observability/metrics";

/** Compares digests, so neither the token's length nor its first wrong character shows in the time taken. */
const sameToken = (given: string, token: string) =>
  timingSafeEqual(createHash("sha256").update(given).digest(), createHash("sha256").update(token).digest());

/** `metricsToken`: when set, /metrics wants `Authorization: Bearer <it>` (the counts say who is in the museum). */
export function operationsApi(health: Health, metrics: MuseumMetrics, metricsToken?: string): Router {
  const router = Router();
  router.use(["/healthz", "/readyz", "/metrics"], (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  router.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  router.get("/readyz", (_req, res) => {
    const report = health.report();
    if (report.ready) return void res.json({ ready: true });
    res.status(503).json({ error: notReadyReason(report), ...report });
  });
  router.get("/metrics", (req, res, next) => {
    if (metricsToken !== undefined) {
      // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are Bearer too.
      const given = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? "")?.[1];
      if (given === undefined || !sameToken(given, metricsToken)) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
        return void res.status(401).json({ error: "/metrics needs Authorization: Bearer <METRICS_TOKEN>" });
      }
    }
    metrics.scrape().then((text) => res.type(metrics.registry.contentType).send(text), next);
  });
  return router;
}
