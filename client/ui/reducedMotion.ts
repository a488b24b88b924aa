// The visitor's "reduce motion" setting (the system's, as the browser reports it): asked at each use, so a change
// while the museum is open counts at once.
export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
