// Where a bare request (a socket upgrade, a matchmaking call — outside express) comes from: the visitor's address and
// the page's own origin, believing X-Forwarded-* only from the proxies TRUST_PROXY names, as express does for req.ip.
import type http from "node:http";
import type { TLSSocket } from "node:tls";
import proxyaddr from "proxy-addr";
import { limitKey } from "./clientAddress";

export type TrustProxy = boolean | number | string[];
type TrustFn = (addr: string, i: number) => boolean;

/** TRUST_PROXY as a function of (peer address, hop), the same meaning express gives "trust proxy". */
export function trustFunction(trust: TrustProxy): TrustFn {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === "number") return (_a, i) => i < trust;
  return proxyaddr.compile(trust);
}

/** The per-address limit key of the visitor behind this request (see clientAddress.ts' limitKey). */
export function visitorAddress(req: http.IncomingMessage, trust: TrustFn): string {
  return limitKey(proxyaddr(req as Parameters<typeof proxyaddr>[0], trust));
}

/**
 * The origin of the page the museum serves, as the visitor's browser sees it: scheme and host (with port) of this
 * request, or of X-Forwarded-Proto / X-Forwarded-Host when the peer is a trusted proxy (a TLS proxy in front).
 */
export function ownOrigin(req: http.IncomingMessage, trust: TrustFn): string | null {
  const peerTrusted = trust(req.socket.remoteAddress ?? "", 0);
  const first = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h)?.split(",")[0].trim() || undefined;
  const proto =
    (peerTrusted ? first(req.headers["x-forwarded-proto"]) : undefined) ??
    ((req.socket as TLSSocket).encrypted ? "https" : "http");
  const host = (peerTrusted ? first(req.headers["x-forwarded-host"]) : undefined) ?? req.headers.host;
  if (!host || !/^https?$/.test(proto)) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * A browser's Origin is allowed when it equals — scheme, host and port — one of ALLOWED_ORIGINS, or when that list
 * is empty, the page's own origin. No Origin at all (not a browser) passes: such a client meets the same checks as
 * everyone, and cannot lend a visitor's cookies or address to another site.
 */
export function originAllowed(
  origin: string | undefined,
  req: http.IncomingMessage,
  allowed: readonly string[],
  trust: TrustFn,
): boolean {
  if (origin === undefined) return true;
  let whole: string;
  try {
    whole = new URL(origin).origin;
  } catch {
    return false;
  }
  // A browser sends the origin serialized (no path, no default port); "null" (a sandboxed page) is opaque: refused.
  if (whole === "null" || whole !== origin) return false;
  if (allowed.length > 0) return allowed.includes(whole);
  return whole === ownOrigin(req, trust);
}
