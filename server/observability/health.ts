// Liveness and readiness of one museum process. Live: the process answers. Ready: every part it waits for (the
// scenes and catalog, the game server listening) has said so, and it is not draining for a shutdown.

export interface HealthReport {
  ready: boolean;
  draining: boolean;
  /** Parts not ready yet, in the order they were expected. */
  waitingFor: string[];
}

export interface Health {
  /** A part of the museum is ready (one of the names given to createHealth). */
  ready(part: string): void;
  /** The process is shutting down: /readyz answers 503 from now on, so a load balancer sends no one new here. */
  setDraining(): void;
  report(): HealthReport;
}

export function createHealth(parts: readonly string[]): Health {
  const waiting = new Set(parts);
  let draining = false;
  return {
    ready(part) {
      if (!parts.includes(part))
        throw new Error(`Unknown readiness part "${part}"; expected one of ${parts.join(", ")}`);
      waiting.delete(part);
    },
    setDraining() {
      draining = true;
    },
    report: () => ({ ready: waiting.size === 0 && !draining, draining, waitingFor: [...waiting] }),
  };
}

/** Why a process that is not ready is not, in words for the 503's error field. */
export function notReadyReason(r: HealthReport): string {
  if (r.draining) return "The museum is shutting down";
  return `The museum is starting: waiting for ${r.waitingFor.join(", ")}`;
}
