// The desk's side of the live-tour store, as a group commit: changes are kept as pending (the latest per tour) and
// written together in one transaction by flush(), which the room calls before anything a client can observe leaves
// (each state patch, each direct tour message), so a kill -9 still loses nothing that was acknowledged. Failures are
// reported rather than thrown; frozen at shutdown so closing sockets change nothing.
import { tourSnapshot, type LiveTour } from "../logic/liveTour";
import type { LiveTours } from "../store/liveTours";

/** What a tour's next write is: the whole record, its moving state, or its removal. */
type Pending = { kind: "put"; t: LiveTour; roomId: string } | { kind: "save"; t: LiveTour } | { kind: "remove" };

export class TourRecords {
  private frozen = false;
  private readonly pending = new Map<string, Pending>();
  /** Flushes failed in a row (the first is logged, and the recovery). */
  private failedFlushes = 0;

  constructor(
    private readonly store: LiveTours | undefined,
    private readonly log?: { warn(obj: object, msg: string): void },
  ) {}

  /** The whole record: plan and state, and the room now holding the tour. */
  put(t: LiveTour, roomId: string): void {
    this.mark(t.code, { kind: "put", t, roomId });
  }

  save(t: LiveTour): void {
    const before = this.pending.get(t.code);
    // A record not yet written at all stays a whole record, with the newer state.
    this.mark(t.code, before?.kind === "put" ? { ...before, t } : { kind: "save", t });
  }

  remove(code: string): void {
    this.mark(code, { kind: "remove" });
  }

  /** Tours with a change not yet in the store. */
  get dirty(): number {
    return this.pending.size;
  }

  /** Every pending change in one transaction. Returns how many tours were written (0 when nothing was pending). */
  flush(): number {
    if (!this.store || this.frozen || this.pending.size === 0) return 0;
    const store = this.store;
    const changes = [...this.pending];
    this.pending.clear();
    try {
      store.batch(() => {
        for (const [code, p] of changes) {
          if (p.kind === "put") store.put(code, p.roomId, p.t.plan, tourSnapshot(p.t));
          else if (p.kind === "save") store.saveState(code, tourSnapshot(p.t));
          else store.remove(code);
        }
      });
    } catch (err) {
      // The tours go on in memory; only their survival of a restart is at risk, which the operator must hear of
      // (once, not at every patch). The changes wait for the next flush unless newer ones came meanwhile.
      for (const [code, p] of changes) if (!this.pending.has(code)) this.pending.set(code, p);
      if (this.failedFlushes++ === 0)
        this.log?.warn(
          { err, tours: changes.length },
          "could not write live tours to the store: retrying at every patch",
        );
      return 0;
    }
    if (this.failedFlushes > 0)
      this.log?.warn({ failedFlushes: this.failedFlushes }, "live tours are written to the store again");
    this.failedFlushes = 0;
    return changes.length;
  }

  /** Is the code a live tour of any room (the store holds every live tour; this room's own are pending first)? */
  has(code: string): boolean {
    const p = this.pending.get(code);
    if (p) return p.kind !== "remove";
    try {
      return this.store?.has(code) ?? false;
    } catch {
      return false;
    }
  }

  /** What is pending is written, and from then on nothing is (the process is shutting down: what is stored comes back). */
  freeze(): void {
    this.flush();
    this.frozen = true;
  }

  private mark(code: string, p: Pending): void {
    if (!this.store || this.frozen) return;
    this.pending.set(code, p);
  }
}
