// Colyseus answers /matchmake/* itself, ahead of express: it would take any URL merely containing "/matchmake",
// read a POST body of any size, send none of the museum's headers, and leave methods other than POST and OPTIONS
// hanging or empty. This puts the museum's rules in front of it, the way Colyseus itself takes the request listener.
import type http from "node:http";
import type { RequestHandler } from "express";
import { MAX_BODY_BYTES, refuseWhileClosed } from "./apiHelpers";

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
export function guardMatchmaking(server: http.Server, app: RequestHandler, headers: RequestHandler[], notAdmitting: () => string | null = () => null): void {
  const colyseus = server.listeners("request").slice(0) as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Only real matchmaking routes reach Colyseus; "/assets/…/matchmake…" is a file like any other.
    if (!MATCHMAKE.test(req.url ?? "")) return void app(req as never, res as never, () => sendJson(res, 404, "Not found"));
    applyHeaders(req, res, headers, () => {
      if (req.method !== "POST" && req.method !== "OPTIONS") return sendJson(res, 405, `${req.method} is not a matchmaking request: POST it`, { Allow: "POST, OPTIONS" });
      // Until the live tours are back (or once shutting down), a join would find a museum without them.
      if (req.method === "POST" && refuseWhileClosed(notAdmitting(), res)) return;
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > MAX_BODY_BYTES) return sendJson(res, 413, `The request body is larger than ${MAX_BODY_BYTES / 1024}kb`);
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
      for (const listener of colyseus) listener.call(server, req, res);
    });
  });
}

/** Runs the header middleware (helmet and friends) on a bare request, outside express. */
function applyHeaders(req: http.IncomingMessage, res: http.ServerResponse, chain: RequestHandler[], done: () => void): void {
  const step = (i: number): void => {
    if (i === chain.length) return done();
    chain[i](req as never, res as never, (err?: unknown) => (err ? sendJson(res, 500, "Internal server error") : step(i + 1)));
  };
  step(0);
}
