// Guide sign-in: POST /api/guides/login { name, password } → a short-lived signed token; POST /api/guides/refresh
// trades a valid token for a fresh one, never past the sign-in's absolute lifetime. Attempts are limited per address.
import { Router } from "express";
import { z } from "zod";
import { createLoginLimiter } from "../auth/loginLimiter";
import { limitKey } from "./clientAddress";
import type { GuideTokens } from "../auth/guideToken";
import type { GuideAccounts } from "../store/guideAccounts";
import { ApiError, apiErrors, guideOf, jsonBody, parse, requireGuide, route } from "./apiHelpers";

const LoginSchema = z.strictObject({
  name: z.string().min(1, "name is missing").max(64),
  password: z.string().min(1, "password is missing").max(256),
});

export interface GuidesApiOptions {
  guides: GuideAccounts;
  tokens: GuideTokens;
  attemptsPerMinute: number;
  log?: { error(obj: object, msg: string): void; info?(obj: object, msg: string): void };
}

export function guidesApi(o: GuidesApiOptions): Router {
  const limiter = createLoginLimiter(o.attemptsPerMinute);
  const router = Router();
  router.post(
    "/api/guides/login",
    (req, res, next) => {
      // Counted before the body is even read, so a flood of junk costs the sender its attempts too.
      const wait = limiter.attempt(limitKey(req.ip ?? req.socket.remoteAddress), Date.now());
      if (!wait) return next();
      res.setHeader("Retry-After", String(wait));
      next(new ApiError(429, `Too many sign-in attempts from this address: try again in ${wait} seconds`));
    },
    jsonBody,
    route(async (req, res) => {
      const { name, password } = parse(LoginSchema, req.body, "sign-in");
      const account = await o.guides.check(name, password);
      if (!account) throw new ApiError(401, "Wrong guide name or password");
      let signIn: ReturnType<GuideTokens["issue"]>;
      try {
        signIn = o.tokens.issue(account);
      } catch {
        throw new ApiError(401, "This guide account was removed a moment ago"); // guide:remove between check and issue
      }
      o.log?.info?.({ guide: account }, "guide signed in");
      res.json({ name: account, ...signIn });
    }),
  );
  router.post(
    "/api/guides/refresh",
    requireGuide(o.tokens),
    route((_req, res) => {
      // requireGuide has checked the token against the account (a reset or removed account is already refused there).
      const session = guideOf(res);
      const renewed = o.tokens.refresh(session);
      if (!renewed)
        throw new ApiError(401, "This sign-in has reached its longest lifetime: sign in again with your password");
      res.json({ name: session.name, ...renewed });
    }),
  );
  router.use("/api/guides", apiErrors(o.log));
  return router;
}
