// The museum's tour REST API as the browser uses it (same origin only): guide sign-in and renewal, live tours, seats
// by code, and the guide's plans. Failures become a TourApiError whose `problem` the UI puts in the visitor's words.
import type { SeatReservation } from "colyseus.js";
import type { LiveTourListing, StoredTourPlan, TourPlan } from "../../common/tour";

export type ApiProblem =
  | "wrong-password"
  | "rate-limited"
  | "no-such-tour"
  | "tour-full"
  | "signed-out"
  | "forbidden"
  | "invalid"
  | "unreachable"
  | "failed";

export class TourApiError extends Error {
  constructor(
    readonly problem: ApiProblem,
    message: string,
    /** Seconds to wait before trying again (rate-limited). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export interface GuideSignIn {
  name: string;
  token: string;
  /** Seconds since 1970 when the token stops working (as the server says). */
  expiresAt: number;
}

/** What each HTTP status means for the route that answered it. */
function problemOf(status: number, route: "login" | "seat" | "guide" | "other"): ApiProblem {
  if (status === 429) return "rate-limited";
  if (status === 401) return route === "login" ? "wrong-password" : "signed-out";
  if (status === 403) return "forbidden";
  if (status === 404) return route === "seat" ? "no-such-tour" : "invalid";
  if (status === 409) return route === "seat" ? "tour-full" : "invalid";
  if (status === 400 || status === 413) return "invalid";
  return "failed";
}

async function call<T>(
  path: string,
  init: RequestInit & { token?: string; json?: unknown },
  route: "login" | "seat" | "guide" | "other",
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.json !== undefined) headers["content-type"] = "application/json";
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? "GET",
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      credentials: "same-origin",
    });
  } catch (err) {
    throw new TourApiError("unreachable", `The museum could not be reached: ${(err as Error).message}`);
  }
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => ({}))) as { error?: string } & T;
  if (!res.ok) {
    const wait = Number(res.headers.get("retry-after"));
    throw new TourApiError(
      problemOf(res.status, route),
      body.error ?? `HTTP ${res.status}`,
      Number.isFinite(wait) && wait > 0 ? wait : undefined,
    );
  }
  return body;
}

export const signIn = (name: string, password: string) =>
  call<GuideSignIn>("/api/guides/login", { method: "POST", json: { name, password } }, "login");
export const renewSignIn = (token: string) =>
  call<GuideSignIn>("/api/guides/refresh", { method: "POST", token }, "guide");

export const listLiveTours = async () => (await call<{ tours: LiveTourListing[] }>("/api/tours", {}, "other")).tours;

/** A seat in the room instance that holds the tour, for colyseus.js' consumeSeatReservation. */
export function reserveSeat(
  code: string,
  join: { name: string; sceneId: string; mode?: "desktop" | "xr"; guideToken?: string; tourTicket?: string },
): Promise<SeatReservation> {
  if (!/^[A-Za-z0-9]{1,12}$/.test(code))
    return Promise.reject(new TourApiError("no-such-tour", `"${code}" is not a tour code`));
  return call<SeatReservation>(
    `/api/tours/${encodeURIComponent(code.toUpperCase())}/seat`,
    { method: "POST", json: join },
    "seat",
  );
}

/** A plan as GET /api/tour-plans lists it (the stops come with GET /api/tour-plans/:id). */
export interface PlanSummary {
  id: string;
  title: { en: string; zh: string };
  owner: string | null;
  stopCount: number;
  updatedAt: number;
}

/** Every plan's summary, a page at a time (the server answers at most 200 a page, with `next` while more follow). */
export async function listPlans(token: string): Promise<PlanSummary[]> {
  const plans: PlanSummary[] = [];
  let after: string | undefined;
  do {
    const page = await call<{ plans: PlanSummary[]; next?: string }>(
      `/api/tour-plans?limit=200${after ? `&after=${encodeURIComponent(after)}` : ""}`,
      { token },
      "guide",
    );
    plans.push(...page.plans);
    after = page.next;
  } while (after);
  return plans;
}
export const getPlan = (token: string, id: string) =>
  call<StoredTourPlan>(`/api/tour-plans/${encodeURIComponent(id)}`, { token }, "guide");
export const createPlan = (token: string, plan: Omit<TourPlan, "id"> & { id?: string }) =>
  call<StoredTourPlan>("/api/tour-plans", { method: "POST", token, json: plan }, "guide");
export const replacePlan = (token: string, plan: TourPlan) =>
  call<StoredTourPlan>(`/api/tour-plans/${encodeURIComponent(plan.id)}`, { method: "PUT", token, json: plan }, "guide");
export const reorderStops = (token: string, planId: string, stopIds: string[]) =>
  call<StoredTourPlan>(
    `/api/tour-plans/${encodeURIComponent(planId)}/reorder`,
    { method: "POST", token, json: { stopIds } },
    "guide",
  );
export const deletePlan = (token: string, planId: string) =>
  call<void>(`/api/tour-plans/${encodeURIComponent(planId)}`, { method: "DELETE", token }, "guide");
