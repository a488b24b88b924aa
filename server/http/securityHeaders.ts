// The headers every response carries (helmet, plus Permissions-Policy): a Content-Security-Policy without
// 'unsafe-inline', no framing, no sniffing, no referrer, an isolated browsing context, and WebXR and the
// microphone for the museum's own page only.
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The page's policy. Scripts and styles come only from the museum's own origin: Vite emits no inline script or
 * style, and the client sets styles through the CSSOM only. No 'wasm-unsafe-eval' and no blob: workers: Babylon
 * would need them only for Draco/KTX2/Basis decoders and glTF validation, which the museum's assets do not use
 * (tests/e2e/csp.test.ts watches for violations). Images and media may be blob: URLs (glTF embedded textures,
 * decoded audio) and data: (the empty favicon).
 */
export function pageDirectives(dev: boolean): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // Vite's dev server injects each CSS module as a <style> element; the build links one stylesheet instead.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'"],
    // 'self' covers the multiplayer socket on the same host (ws:/wss:); in dev also Vite's reload socket.
    "connect-src": dev ? ["'self'", "ws:"] : ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
}

/** Powerful features: WebXR and the microphone (a guide's voice) for this origin only; the rest for nobody. */
export const PERMISSIONS_POLICY =
  "xr-spatial-tracking=(self), microphone=(self), camera=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

export function securityHeaders(dev = false): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: pageDirectives(dev) },
      crossOriginOpenerPolicy: { policy: "same-origin" },
      crossOriginResourcePolicy: { policy: "same-origin" },
      referrerPolicy: { policy: "no-referrer" },
      xFrameOptions: { action: "deny" },
      // Only sent over HTTPS by browsers' rules anyway; subdomains are the operator's business, not the museum's.
      strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: false },
    }),
    (_req, res, next) => {
      res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
      next();
    },
  ];
}
