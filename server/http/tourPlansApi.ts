// Tour plans over REST, for signed-in guides (Bearer token): list (summaries, paged), read, create, replace, delete,
// reorder stops. Every body is checked by zod, against the museum (scenes, landmarks, exhibits, places one can
// stand) and against the guide's quota (how many plans, how big).
import { randomBytes } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { IdSchema } from "../../common/sceneParts";
import {
  StopOrderSchema,
  TourPlanInputSchema,
  TourPlanSchema,
  type StoredTourPlan,
  type TourPlan,
} from "../../common/tour";
import type { GuideTokens } from "../auth/guideToken";
import { planProblems, type TourContent } from "../logic/tourPlanCheck";
import { MAX_PAGE, planBytes, type TourPlans } from "../store/tourPlans";
import { ApiError, apiErrors, guideOf, jsonBody, parse, requireGuide, route } from "./apiHelpers";

export interface TourPlansApiOptions {
  plans: TourPlans;
  tokens: GuideTokens;
  content: TourContent;
  /** Per guide: how many plans (TOUR_PLANS_PER_GUIDE) and how big each (TOUR_PLAN_MAX_KB, in bytes here). */
  quota: { plansPerGuide: number; maxPlanBytes: number };
  log?: { error(obj: object, msg: string): void };
}

/** `?limit=&after=`: a page of summaries in id order; the answer's `next` is the following page's `after`. */
const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .min(1, "limit is at least 1")
    .max(MAX_PAGE, `limit is at most ${MAX_PAGE}`)
    .default(50),
  after: IdSchema.optional(),
});

const BASE = "/api/tour-plans";

/** A plan with its bookkeeping fields stripped: what PUT takes and what a room runs. */
const bare = ({ owner: _o, updatedAt: _u, ...plan }: StoredTourPlan): TourPlan => plan;

export function tourPlansApi(o: TourPlansApiOptions): Router {
  const router = Router();
  router.use(BASE, requireGuide(o.tokens));

  const fits = (plan: TourPlan) => {
    const problems = planProblems(plan, o.content);
    if (problems.length)
      throw new ApiError(
        400,
        `The plan does not fit the museum: ${problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join("; ")}`,
        problems,
      );
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
      throw new ApiError(
        403,
        `Tour plan "${plan.id}" belongs to ${plan.owner}: only they may change it (copy it to make your own)`,
      );
    }
  };

  /** A plan's size and its owner's count against the quota; the 4xx names the limit and its setting. */
  const withinQuota = (plan: TourPlan, owner: string | null) => {
    const bytes = planBytes(plan);
    if (bytes > o.quota.maxPlanBytes) {
      throw new ApiError(
        413,
        `The tour plan is ${Math.ceil(bytes / 1024)} KiB; a plan may be at most ${Math.floor(o.quota.maxPlanBytes / 1024)} KiB (TOUR_PLAN_MAX_KB): shorten its texts or split it`,
      );
    }
    if (owner !== null && o.plans.countOwnedBy(owner) >= o.quota.plansPerGuide) {
      throw new ApiError(
        409,
        `You already have ${o.quota.plansPerGuide} tour plans, the most a guide may keep (TOUR_PLANS_PER_GUIDE): delete one first`,
      );
    }
    return plan;
  };

  router.get(
    BASE,
    route((req, res) => {
      const q = parse(PageQuerySchema, req.query, "list query");
      res.json(o.plans.list({ after: q.after, limit: q.limit }));
    }),
  );
  router.get(
    `${BASE}/:id`,
    route((req, res) => res.json(find(String(req.params.id)))),
  );

  router.post(
    BASE,
    jsonBody,
    route((req, res) => {
      const input = parse(TourPlanInputSchema, req.body, "tour plan");
      const plan = fits(
        withinQuota({ ...input, id: input.id ?? `plan-${randomBytes(4).toString("hex")}` }, guideOf(res).name),
      );
      if (!o.plans.create(plan, guideOf(res).name))
        throw new ApiError(409, `A tour plan with id "${plan.id}" already exists`);
      res.status(201).location(`${BASE}/${plan.id}`).json(o.plans.get(plan.id));
    }),
  );

  router.put(
    `${BASE}/:id`,
    jsonBody,
    route((req, res) => {
      const existing = find(String(req.params.id));
      mayEdit(existing, guideOf(res).name);
      // Replacing a plan keeps the guide's count: only its size is checked (owner null).
      const plan = fits(withinQuota(parse(TourPlanSchema, req.body, "tour plan"), null));
      if (plan.id !== existing.id)
        throw new ApiError(400, `Invalid tour plan: id: "${plan.id}" does not match the URL's "${existing.id}"`);
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
      if (unknown.length)
        throw new ApiError(400, `Invalid stop order: no stop ${unknown.map((u) => `"${u}"`).join(", ")} in this plan`);
      if (new Set(stopIds).size !== stopIds.length || stopIds.length !== existing.stops.length) {
        throw new ApiError(
          400,
          `Invalid stop order: name each of the plan's ${existing.stops.length} stops exactly once (${existing.stops.map((s) => s.id).join(", ")})`,
        );
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
