// Asks the server's clock from a worker (client/net/clockWorker.ts), whose readings are not skewed by the page's
// frames. Null where workers are unavailable: the room's clock exchange is then the only source.
import type { ClockReading } from "./clockWorker";

export interface ClockProbe {
  ask(): void;
  close(): void;
}

export function createClockProbe(onReading: (r: ClockReading) => void): ClockProbe | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./clockWorker.ts", import.meta.url), { type: "module", name: "clock" });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<ClockReading>) => onReading(e.data);
  return {
    ask: () => worker.postMessage(null),
    close: () => worker.terminate(),
  };
}
