// Reads the server's clock off the page's main thread. On a slow device the main thread is busy drawing, and an
// answer arriving mid-frame waits for the frame to end: that delay falls on one leg only, which skews the estimate by
// half a frame (hundreds of ms in software WebGL). A worker's thread is free, so both legs stay alike.
/// <reference lib="webworker" />

export interface ClockReading {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async () => {
  try {
    const sentAt = Date.now();
    const res = await fetch("/api/clock", { cache: "no-store" });
    const receivedAt = Date.now(); // the headers and the few bytes of body come in one packet
    const body = (await res.json()) as { now?: unknown };
    if (!res.ok || typeof body.now !== "number") return;
    scope.postMessage({ sentAt, serverNow: body.now, receivedAt } satisfies ClockReading);
  } catch {
    // Offline for a moment: the next ask tries again, and the room's own clock exchange goes on meanwhile.
  }
};
