// Tour plans over REST, for signed-in guides (Bearer token): list, read, create, replace, delete, reorder stops.
// Every body is checked by zod and against the museum (scenes, landmarks, exhibits, places one can stand).
import { randomBytes } from "node:crypto";
import { Router } from "express";
import { IdSchema } from "../../common/sceneParts";
import { StopOrderSchema, TourPlanInputSchema, TourPlanSchema, type StoredTourPlan, type TourPlan } from "../../common/tour";
import type { GuideTokens } from "../auth/guideToken";
import { planProblems, type TourContent } from "../logic/tourPlanCheck";
import type { TourPlans } from "../store/tourPlans";
import { ApiError, apiErrors, guideOf, jsonBody, parse, requireGuide, route } from "./apiHelpers";

export interface TourPlansApiOptions {
  plans: TourPlans;
  tokens: GuideTokens;
  content: TourContent;
  log?: { error(obj: object, msg: string): void };
}

const BASE = "/api/tour-plans";

/** A plan with its bookkeeping fields stripped: what PUT takes and what a room runs. */
const bare = ({ owner: _o, updatedAt: _u, ...plan }: StoredTourPlan): TourPlan => plan;

export function tourPlansApi(o: TourPlansApiOptions): Router {
  const router = Router();
  router.use(BASE, requireGuide(o.tokens));

  const fits = (plan: TourPlan) => {
    const problems = planProblems(plan, o.content);
    if (problems.length) throw new ApiError(400, `The plan does not fit the museum: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join("; ")}`, problems);
    return plan;
  };
  const find = (raw: string) => {
    const id = parse(IdSchema, raw, "plan id");
    const plan = o.plans.get(id);
    if (!plan) throw new ApiError(404, `No tour plan "${id}"`);
    return plan;
  };
  /** Guides edit their own plans; the museum's samples (no owner) any guide may edit. */
  const mayEdit = (plan: StoredTourPlan, guide: string) => {
    if (plan.owner !== null && plan.owner.toLowerCase() !== guide.toLowerCase()) {
      throw new ApiError(403, `Tour plan "${plan.id}" belongs to ${plan.owner}: only they may change it (copy it to make your own)`);
    }
  };

  router.get(BASE, route((_req, res) => res.json({ plans: o.plans.list() })));
  router.get(`${BASE}/:id`, route((req, res) => res.json(find(String(req.params.id)))));

  router.post(
    BASE,
    jsonBody,
    route((req, res) => {
      const input = parse(TourPlanInputSchema, req.body, "tour plan");
      const plan = fits({ ...input, id: input.id ?? `plan-${randomBytes(4).toString("hex")}` });
      if (!o.plans.create(plan, guideOf(res).name)) throw new ApiError(409, `A tour plan with id "${plan.id}" already exists`);
      res.status(201).location(`${BASE}/${plan.id}`).json(o.plans.get(plan.id));
    }),
  );

  router.put(
    `${BASE}/:id`,
    jsonBody,
    route((req, res) => {
      const existing = find(String(req.params.id));
      mayEdit(existing, guideOf(res).name);
      const plan = fits(parse(TourPlanSchema, req.body, "tour plan"));
      if (plan.id !== existing.id) throw new ApiError(400, `Invalid tour plan: id: "${plan.id}" does not match the URL's "${existing.id}"`);
      o.plans.update(plan);
      res.json(o.plans.get(plan.id));
    }),
  );

  router.post(
    `${BASE}/:id/reorder`,
    jsonBody,
    route((req, res) => {
      const existing = find(String(req.params.id));
      mayEdit(existing, guideOf(res).name);
      const { stopIds } = parse(StopOrderSchema, req.body, "stop order");
      const byId = new Map(existing.stops.map((s) => [s.id, s]));
      const unknown = stopIds.filter((id) => !byId.has(id));
      if (unknown.length) throw new ApiError(400, `Invalid stop order: no stop ${unknown.map((u) => `"${u}"`).join(", ")} in this plan`);
      if (new Set(stopIds).size !== stopIds.length || stopIds.length !== existing.stops.length) {
        throw new ApiError(400, `Invalid stop order: name each of the plan's ${existing.stops.length} stops exactly once (${existing.stops.map((s) => s.id).join(", ")})`);
      }
      o.plans.update({ ...bare(existing), stops: stopIds.map((id) => byId.get(id)!) });
      res.json(o.plans.get(existing.id));
    }),
  );

  router.delete(
    `${BASE}/:id`,
    route((req, res) => {
      const existing = find(String(req.params.id));
      mayEdit(existing, guideOf(res).name);
      o.plans.remove(existing.id);
      res.status(204).end();
    }),
  );

  router.use(BASE, apiErrors(o.log));
  return router;
}
