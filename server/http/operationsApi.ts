// What the operator's tools ask: /healthz (the process answers), /readyz (send visitors here: content loaded, game
// server listening, not shutting down) and /metrics (Prometheus text format). Never cached.
import { Router } from "express";
import { notReadyReason, type Health } from "../observability/health";
import type { MuseumMetrics } from "../observability/metrics";

export function operationsApi(health: Health, metrics: MuseumMetrics): Router {
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
  router.get("/metrics", (_req, res, next) => {
    metrics.scrape().then((text) => res.type(metrics.registry.contentType).send(text), next);
  });
  return router;
}
