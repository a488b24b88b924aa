// Small pieces every REST route shares: JSON bodies with a size cap, zod-checked input with errors that name the
// field, the guide's Bearer token, and JSON errors (never a stack trace).
import { STATUS_CODES } from "node:http";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import type { z } from "zod";
import { formatPath } from "../../common/scene";
import type { GuideSession, GuideTokens } from "../auth/guideToken";

export const MAX_BODY = "64kb";
export const MAX_BODY_BYTES = 64 * 1024;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

/** Parses JSON bodies up to MAX_BODY; a bigger or malformed body is a clear 413/400. */
export const jsonBody: RequestHandler = express.json({ limit: MAX_BODY, strict: true });

/** The value, or an ApiError 400 listing each bad field as `stops[2].title.en: English text is missing`. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 20).map((i) => ({ path: formatPath(i.path), message: i.message }));
  throw new ApiError(
    400,
    `Invalid ${what}: ${issues
      .slice(0, 3)
      .map((i) => `${i.path}: ${i.message}`)
      .join("; ")}`,
    issues,
  );
}

/** The signed-in guide of this request (set by requireGuide). */
export const guideOf = (res: Response): GuideSession => res.locals.guide as GuideSession;

export function requireGuide(tokens: GuideTokens): RequestHandler {
  return (req, res, next) => {
    const header = req.get("authorization") ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m)
      return next(
        new ApiError(401, "Sign in as a guide first: send Authorization: Bearer <token> from POST /api/guides/login"),
      );
    const session = tokens.verify(m[1]);
    if (!session) return next(new ApiError(401, "Your guide sign-in has expired or is not valid: sign in again"));
    res.locals.guide = session;
    next();
  };
}

/** Wraps a handler so a thrown ApiError (or anything else) reaches apiErrors. */
export const route =
  (fn: (req: Request, res: Response) => unknown | Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    Promise.resolve()
      .then(() => fn(req, res))
      .catch(next);
  };

type HttpError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

/**
 * The status and JSON body for any error a request met: ours (ApiError, with field issues), the body parser's (413,
 * malformed JSON), express' and the static server's (400 for a malformed URL, 404, 405). Only a message written for
 * the visitor is shown; anything else is a plain "Internal server error", never a stack trace.
 */
export function errorReply(err: unknown): {
  status: number;
  body: { error: string; issues?: { path: string; message: string }[] };
} {
  if (err instanceof ApiError)
    return { status: err.status, body: { error: err.message, ...(err.issues ? { issues: err.issues } : {}) } };
  const e = (typeof err === "object" && err !== null ? err : {}) as HttpError;
  if (e.type === "entity.too.large")
    return { status: 413, body: { error: `The request body is larger than ${MAX_BODY}` } };
  if (e.type === "entity.parse.failed")
    return { status: 400, body: { error: `The request body is not valid JSON: ${e.message}` } };
  const status = e.status ?? e.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return { status, body: { error: e.expose && e.message ? e.message : (STATUS_CODES[status] ?? "Bad request") } };
  return { status: 500, body: { error: "Internal server error" } };
}

/** The error handler of an API router: JSON with a message (and the field issues), never a stack trace. */
export function apiErrors(log?: { error(obj: object, msg: string): void }) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = errorReply(err);
    if (status >= 500) log?.error({ err, path: req.path }, "API request failed");
    res.status(status).json(body);
  };
}

/** Joining is closed: a 503 that says why and when to try again. True when it answered. */
export function refuseWhileClosed(
  reason: string | null,
  res: { writeHead(status: number, headers: Record<string, string>): unknown; end(body: string): unknown },
): boolean {
  if (reason === null) return false;
  res.writeHead(503, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": "1",
  });
  res.end(JSON.stringify({ error: `${reason}; try again in a moment` }));
  return true;
}
