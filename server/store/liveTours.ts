// Live tours, written on every change (plan snapshot once, the moving state each time; a room's changes of one
// interval in one transaction) so that a restart can bring them back (issue 7). The state is the LiveTour as JSON.
import type Database from "better-sqlite3";

export interface LiveTourRow {
  code: string;
  roomId: string;
  /** The plan as it was when the tour started (JSON). */
  plan: string;
  /** The tour's state (JSON). */
  state: string;
  updatedAt: number;
}

export interface LiveTours {
  /** Inserts or replaces the whole record (plan and state). */
  put(code: string, roomId: string, plan: unknown, state: unknown): void;
  /** Writes the moving part only; returns false when the tour is not stored. */
  saveState(code: string, state: unknown): boolean;
  remove(code: string): void;
  has(code: string): boolean;
  all(): LiveTourRow[];
  /** Runs the writes inside `write` as one transaction: one commit (one journal sync) for all of them, or none. */
  batch(write: () => void): void;
}

export function liveTours(db: Database.Database): LiveTours {
  const put = db.prepare(
    "INSERT OR REPLACE INTO live_tours (code, room_id, plan, state, updated_at) VALUES (?, ?, ?, ?, ?)",
  );
  const save = db.prepare("UPDATE live_tours SET state = ?, updated_at = ? WHERE code = ?");
  const has = db.prepare<[string], { code: string }>("SELECT code FROM live_tours WHERE code = ?");
  return {
    put: (code, roomId, plan, state) =>
      void put.run(code, roomId, JSON.stringify(plan), JSON.stringify(state), Date.now()),
    saveState: (code, state) => save.run(JSON.stringify(state), Date.now(), code).changes > 0,
    remove: (code) => void db.prepare("DELETE FROM live_tours WHERE code = ?").run(code),
    has: (code) => has.get(code) !== undefined,
    batch: (write) => db.transaction(write)(),
    all: () =>
      db
        .prepare<[], { code: string; room_id: string; plan: string; state: string; updated_at: number }>(
          "SELECT * FROM live_tours ORDER BY code",
        )
        .all()
        .map((r) => ({ code: r.code, roomId: r.room_id, plan: r.plan, state: r.state, updatedAt: r.updated_at })),
  };
}
