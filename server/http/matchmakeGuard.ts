// Colyseus answers /matchmake/* itself, ahead of express: it would take any URL merely containing "/matchmake",
// read a POST body of any size, send none of the museum's headers, and leave methods other than POST and OPTIONS
// hanging or empty. This puts the museum's rules in front of it, the way Colyseus itself takes the request listener:
// CORS only for the museum's own pages, JSON bodies only, the join's checks before any seat or room, real statuses.
import { matchMaker, ServerError, type AuthContext } from "@colyseus/core";
import type http from "node:http";
import type { RequestHandler } from "express";
import { admitJoin, type AdmissionRules } from "../logic/admission";
import { VISITOR_ADDRESS_OPTION } from "../rooms/seatAddress";
import { MAX_BODY_BYTES, refuseWhileClosed } from "./apiHelpers";
import type { RoomQuota } from "../logic/roomQuota";
import { originAllowed, trustFunction, visitorAddress, type TrustProxy } from "./requestOrigin";

export interface MatchmakingRules {
  /** ALLOWED_ORIGINS; empty: the page's own origin only. */
  allowedOrigins: readonly string[];
  trustProxy: TrustProxy;
  /** The join's checks that need no room (scene, guide token, ticket): a refused join takes no seat and opens no room. */
  admission?: AdmissionRules;
  /** The rooms quota (ROOMS_PER_ADDRESS_PER_MINUTE, MAX_ROOMS): a `create` it would refuse never reaches Colyseus. */
  rooms?: Pick<RoomQuota, "peek">;
}

/** Without rules: the page's own origin, no proxy believed, and the join's checks left to the room. */
const OWN_PAGES_ONLY: MatchmakingRules = { allowedOrigins: [], trustProxy: false };

/** What the guard learnt about a request, for Colyseus' matchmaker further on (it hands the request to invokeMethod). */
const ASKED_BY = Symbol("museum matchmaking request");
type Tagged = http.IncomingMessage & { [ASKED_BY]?: { address: string; admission?: AdmissionRules } };

const MATCHMAKE = /^\/matchmake\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\/?(\?|$)/;

function sendJson(res: http.ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify({ error }));
}

/**
 * Call after `new Server({ transport })`: the http server's one request listener is then Colyseus' (which hands
 * everything but matchmaking to the app). `app` is the express app; `headers` the middleware every response gets.
 */
export function guardMatchmaking(
  server: http.Server,
  app: RequestHandler,
  headers: RequestHandler[],
  notAdmitting: () => string | null = () => null,
  rules: MatchmakingRules = OWN_PAGES_ONLY,
): void {
  const trust = trustFunction(rules.trustProxy);
  admitBeforeMatchmaking();
  const colyseus = server.listeners("request").slice(0) as ((
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Only real matchmaking routes reach Colyseus; "/assets/…/matchmake…" is a file like any other.
    if (!MATCHMAKE.test(req.url ?? ""))
      return void app(req as never, res as never, () => sendJson(res, 404, "Not found"));
    applyHeaders(req, res, headers, () => {
      if (req.method !== "POST" && req.method !== "OPTIONS")
        return sendJson(res, 405, `${req.method} is not a matchmaking request: POST it`, { Allow: "POST, OPTIONS" });
      // Another site's page must not make its visitors' browsers open rooms here (Colyseus reflects any Origin).
      const origin = req.headers.origin;
      if (!originAllowed(origin, req, rules.allowedOrigins, trust))
        return sendJson(
          res,
          403,
          `Matchmaking answers only the museum's own pages, not ${JSON.stringify(origin).slice(0, 200)}`,
          { Vary: "Origin" },
        );
      // A form or text/plain body needs no CORS preflight: only JSON is taken.
      if (req.method === "POST" && !/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? ""))
        return sendJson(res, 415, "Matchmaking wants a JSON body: send Content-Type: application/json", {
          Accept: "application/json",
        });
      // Until the live tours are back (or once shutting down), a join would find a museum without them.
      if (req.method === "POST" && refuseWhileClosed(notAdmitting(), res)) return;
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > MAX_BODY_BYTES)
        return sendJson(res, 413, `The request body is larger than ${MAX_BODY_BYTES / 1024}kb`);
      // A chunked body declares no length: count it as it comes, and stop reading past the cap.
      let received = 0;
      req.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_BODY_BYTES) {
          req.removeAllListeners("end");
          sendJson(res, 413, `The request body is larger than ${MAX_BODY_BYTES / 1024}kb`);
          req.destroy();
        }
      });
      const address = visitorAddress(req, trust);
      // A room the quota would refuse is refused here, before Colyseus builds one to ask it (a flood stays cheap).
      const opening = /^\/matchmake\/create\//.test(req.url ?? "") ? rules.rooms?.peek(address, Date.now()) : undefined;
      if (opening && !opening.ok)
        return sendJson(res, opening.status, `No room can be opened now: ${opening.reason}`, {
          "Retry-After": String(opening.retryAfterSec),
        });
      (req as Tagged)[ASKED_BY] = { address, admission: rules.admission };
      answerWithRealStatus(res, origin);
      for (const listener of colyseus) listener.call(server, req, res);
    });
  });
}

/** Runs the header middleware (helmet and friends) on a bare request, outside express. */
function applyHeaders(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  chain: RequestHandler[],
  done: () => void,
): void {
  const step = (i: number): void => {
    if (i === chain.length) return done();
    chain[i](req as never, res as never, (err?: unknown) =>
      err ? sendJson(res, 500, "Internal server error") : step(i + 1),
    );
  };
  step(0);
}

/**
 * Colyseus answers every matchmaking error with 200 and `{code, error}`, and reflects the request's Origin with
 * credentials. This holds its head back until the body is known: an error gets its HTTP status, and CORS names only
 * the (already checked) origin of the request.
 */
function answerWithRealStatus(res: http.ServerResponse, origin: string | undefined): void {
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers: http.OutgoingHttpHeaders,
  ) => http.ServerResponse;
  const end = res.end.bind(res) as (body?: Buffer) => http.ServerResponse;
  let head: { status: number; headers: http.OutgoingHttpHeaders } | null = null;
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown) =>
    typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
  res.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
    head = { status, headers: { ...(headers ?? {}) } };
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown) => {
    chunks.push(toBuffer(chunk));
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown) => {
    if (chunk !== undefined && typeof chunk !== "function") chunks.push(toBuffer(chunk));
    const body = Buffer.concat(chunks);
    const h = head ?? { status: 200, headers: {} };
    for (const name of Object.keys(h.headers)) if (/^access-control-allow-origin$/i.test(name)) delete h.headers[name];
    if (origin !== undefined) Object.assign(h.headers, { "Access-Control-Allow-Origin": origin, Vary: "Origin" });
    const status = h.status === 200 ? statusOfAnswer(body) : h.status;
    if (status >= 400) h.headers["Cache-Control"] = "no-store";
    writeHead(status, h.headers);
    return end(body);
  }) as typeof res.end;
}

/** Colyseus 0.16's matchmaking error codes (Protocol.ErrorCode) as HTTP statuses; the museum throws statuses itself. */
export function matchmakingStatus(code: number, message: string): number {
  if (code >= 400 && code <= 599) return code;
  switch (code) {
    case 4210: // MATCHMAKE_NO_HANDLER: no such method or room type
    case 4211: // MATCHMAKE_INVALID_CRITERIA: no room found
    case 4212: // MATCHMAKE_INVALID_ROOM_ID
      return 404;
    case 4214: // MATCHMAKE_EXPIRED: a reconnection token or seat that has lapsed
      return 410;
    case 4215: // AUTH_FAILED
      return 401;
    case 4216: // APPLICATION_ERROR
      return 400;
    default:
      // MATCHMAKE_UNHANDLED also carries a full room (SeatReservationError has no code of its own).
      return /already full|is locked/.test(message) ? 409 : 500;
  }
}

function statusOfAnswer(body: Buffer): number {
  try {
    const answer = JSON.parse(body.toString("utf8")) as { code?: unknown; error?: unknown; room?: unknown };
    if (answer && answer.room === undefined && typeof answer.error === "string")
      return matchmakingStatus(typeof answer.code === "number" ? answer.code : 0, answer.error);
  } catch {
    // not JSON: passed on as Colyseus wrote it
  }
  return 200;
}

/**
 * Runs the join's checks (no room needed: scene, sign-in, ticket) on every matchmaking call the guard let through,
 * before Colyseus looks for or opens a room, and tells the room who asked (VISITOR_ADDRESS_OPTION, overwritten so
 * a visitor cannot name another address). Installed once on Colyseus' matchmaking controller; calls that did not
 * come through the guard (tests, the server's own) pass unchanged.
 */
function admitBeforeMatchmaking(): void {
  const controller = matchMaker.controller as typeof matchMaker.controller & { [ASKED_BY]?: true };
  if (controller[ASKED_BY]) return;
  controller[ASKED_BY] = true;
  const invoke = controller.invokeMethod;
  controller.invokeMethod = async function (
    method: string,
    roomName: string,
    clientOptions: unknown = {},
    authOptions?: AuthContext,
  ) {
    const asked = (authOptions?.req as Tagged | undefined)?.[ASKED_BY];
    if (asked && method !== "reconnect") {
      const options =
        typeof clientOptions === "object" && clientOptions !== null && !Array.isArray(clientOptions)
          ? (clientOptions as Record<string, unknown>)
          : null;
      if (!options) throw new ServerError(400, "Invalid join options: send a JSON object");
      delete options[VISITOR_ADDRESS_OPTION];
      const verdict = asked.admission ? admitJoin(options, asked.admission) : null;
      if (verdict && !verdict.ok) throw new ServerError(verdict.status, verdict.reason);
      options[VISITOR_ADDRESS_OPTION] = asked.address;
    }
    return invoke.call(this, method, roomName, clientOptions, authOptions);
  };
}
