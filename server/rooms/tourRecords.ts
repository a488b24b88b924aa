// The desk's side of the live-tour store: every change written through at once (so a kill -9 loses nothing that was
// acknowledged), failures reported rather than thrown, and frozen at shutdown so closing sockets change nothing.
import { tourSnapshot, type LiveTour } from "../logic/liveTour";
import type { LiveTours } from "../store/liveTours";

export class TourRecords {
  private frozen = false;

  constructor(
    private readonly store: LiveTours | undefined,
    private readonly log?: { warn(obj: object, msg: string): void },
  ) {}

  /** The whole record: plan and state, and the room now holding the tour. */
  put(t: LiveTour, roomId: string): void {
    this.write((s) => s.put(t.code, roomId, t.plan, tourSnapshot(t)));
  }

  save(t: LiveTour): void {
    this.write((s) => s.saveState(t.code, tourSnapshot(t)));
  }

  remove(code: string): void {
    this.write((s) => s.remove(code));
  }

  /** Is the code a live tour of any room (the store holds every live tour)? */
  has(code: string): boolean {
    try {
      return this.store?.has(code) ?? false;
    } catch {
      return false;
    }
  }

  /** From now on nothing is written (the process is shutting down; what is stored is what comes back). */
  freeze(): void {
    this.frozen = true;
  }

  private write(op: (store: LiveTours) => unknown): void {
    if (!this.store || this.frozen) return;
    try {
      op(this.store);
    } catch (err) {
      // The tour goes on in memory; only its survival of a restart is at risk, which the operator must hear of.
      this.log?.warn({ err }, "could not write a live tour to the store");
    }
  }
}
