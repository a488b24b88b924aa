// The bench's HTTP and matchmaking, each request and socket from a chosen loopback source address
// (bench/sourceAddress.ts): plain requests that never throw, seat reservations, and colyseus.js sockets.
import http from "node:http";
import { Client, type Room } from "colyseus.js";
import { SOURCE_HEADER } from "./sourceAddress";

export interface HttpAnswer {
  status: number;
  body: unknown;
  ms: number;
}

/** One HTTP request from `from` to the museum on 127.0.0.1; never throws (a failure is status 0 with the error). */
export function request(
  port: number,
  from: string,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs = 10_000,
): Promise<HttpAnswer> {
  const t0 = performance.now();
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        localAddress: from,
        agent: false, // a fresh connection each time, as separate visitors' browsers make
        timeout: timeoutMs,
        headers: payload ? { "content-type": "application/json", "content-length": payload.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - t0 });
        });
        res.on("error", (err) => resolve({ status: 0, body: { error: err.message }, ms: performance.now() - t0 }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (err) => resolve({ status: 0, body: { error: err.message }, ms: performance.now() - t0 }));
    req.end(payload);
  });
}

/** What a matchmaking or seat request gave: a reservation to connect with, or why not (HTTP status and message). */
export type Reservation =
  { ok: true; seat: Parameters<Client["consumeSeatReservation"]>[0] } | { ok: false; status: number; error: string };

/** Reads a reservation answer: today's Colyseus answers its errors with HTTP 200 and `{ code, error }`. */
export function reservationOf(a: HttpAnswer): Reservation {
  const body = a.body as { error?: unknown; sessionId?: unknown } | null;
  if (a.status === 200 && body && typeof body.sessionId === "string" && body.error === undefined)
    return { ok: true, seat: body as Parameters<Client["consumeSeatReservation"]>[0] };
  const error =
    body && typeof body === "object" && "error" in body
      ? String(body.error)
      : typeof a.body === "string"
        ? a.body.slice(0, 120)
        : `HTTP ${a.status}`;
  return { ok: false, status: a.status, error };
}

/** POST /matchmake/<method>/<room or id> from `from`. */
export async function matchmake(
  port: number,
  from: string,
  method: "create" | "joinById" | "joinOrCreate",
  target: string,
  options: object,
): Promise<Reservation> {
  return reservationOf(
    await request(port, from, "POST", `/matchmake/${method}/${encodeURIComponent(target)}`, options),
  );
}

/** POST /api/tours/<code>/seat from `from`: a seat in the room holding the tour, as the museum's own client asks. */
export async function tourSeat(port: number, from: string, code: string, options: object): Promise<Reservation> {
  return reservationOf(await request(port, from, "POST", `/api/tours/${encodeURIComponent(code)}/seat`, options));
}

/** Opens the socket of a reservation from `from`, through colyseus.js (its protocol, its state decoder). */
export function connect(
  port: number,
  from: string,
  seat: Parameters<Client["consumeSeatReservation"]>[0],
): Promise<Room> {
  const client = new Client(`ws://127.0.0.1:${port}`, { headers: { [SOURCE_HEADER]: from } });
  return client.consumeSeatReservation(seat);
}

/** The bench's refusals, counted by what the server said (HTTP status, close code or error code). */
export type Tally = Record<string, number>;
export const count = (t: Tally, key: string, n = 1) => void (t[key] = (t[key] ?? 0) + n);
