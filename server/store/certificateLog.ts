// The certificate log's rows in SQLite: entries (canonical JSON of a signed certificate) numbered from 0 without gaps,
// and the signed checkpoints; both append-only (migration 4's triggers). The Merkle tree over them is
// server/certificates/transparencyLog.ts.
import type Database from "better-sqlite3";

export interface LogRow {
  index: number;
  serial: string;
  kind: string;
  objectId: string | null;
  revokes: string | null;
  entry: string;
  leafHash: string;
  loggedAt: number;
}

export type NewLogRow = Omit<LogRow, "index" | "loggedAt">;

export interface CertificateLogStore {
  size(): number;
  /** Rows from `start` on, in order (to bring an in-memory tree up to date). */
  rowsFrom(start: number): LogRow[];
  bySerial(serial: string): LogRow | undefined;
  byLeafHash(hex: string): LogRow | undefined;
  /** The object's entries of one kind, newest first. */
  ofObject(objectId: string, kind: string): LogRow[];
  /** The entry that revokes `serial`, if any. */
  revocationOf(serial: string): LogRow | undefined;
  /**
   * One batch in one transaction: `build` sees the log as it is under the write lock (so two processes never hand
   * out the same serial) and returns the rows to add after it; they get the next indices.
   */
  appendBatch(build: () => NewLogRow[], now: number): LogRow[];
  addCheckpoint(size: number, note: string, now: number): void;
  latestCheckpoint(): { size: number; note: string } | undefined;
  checkpointAt(size: number): string | undefined;
}

interface DbRow {
  idx: number;
  serial: string;
  kind: string;
  object_id: string | null;
  revokes: string | null;
  entry: string;
  leaf_hash: string;
  logged_at: number;
}

const toRow = (r: DbRow): LogRow => ({
  index: r.idx,
  serial: r.serial,
  kind: r.kind,
  objectId: r.object_id,
  revokes: r.revokes,
  entry: r.entry,
  leafHash: r.leaf_hash,
  loggedAt: r.logged_at,
});

export function certificateLogStore(db: Database.Database): CertificateLogStore {
  // Indices run from 0 without gaps, so the size is one past the largest: a look at the end of the key, not a count.
  const count = db.prepare<[], { n: number }>("SELECT coalesce(max(idx) + 1, 0) AS n FROM log_entries");
  const from = db.prepare<[number], DbRow>("SELECT * FROM log_entries WHERE idx >= ? ORDER BY idx");
  const bySerial = db.prepare<[string], DbRow>("SELECT * FROM log_entries WHERE serial = ?");
  const byLeaf = db.prepare<[string], DbRow>("SELECT * FROM log_entries WHERE leaf_hash = ?");
  const ofObject = db.prepare<[string, string], DbRow>(
    "SELECT * FROM log_entries WHERE object_id = ? AND kind = ? ORDER BY idx DESC",
  );
  const revocation = db.prepare<[string], DbRow>(
    "SELECT * FROM log_entries WHERE kind = 'revocation' AND revokes = ? ORDER BY idx LIMIT 1",
  );
  const insert = db.prepare(
    "INSERT INTO log_entries (idx, serial, kind, object_id, revokes, entry, leaf_hash, logged_at) " +
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const addCheckpoint = db.prepare("INSERT OR IGNORE INTO log_checkpoints (size, note, signed_at) VALUES (?, ?, ?)");
  const latest = db.prepare<[], { size: number; note: string }>(
    "SELECT size, note FROM log_checkpoints ORDER BY size DESC LIMIT 1",
  );
  const at = db.prepare<[number], { note: string }>("SELECT note FROM log_checkpoints WHERE size = ?");

  const append = db.transaction((build: () => NewLogRow[], now: number): LogRow[] => {
    let next = count.get()!.n;
    const rows = build().map((r) => ({ ...r, index: next++, loggedAt: now }));
    for (const r of rows) insert.run(r.index, r.serial, r.kind, r.objectId, r.revokes, r.entry, r.leafHash, now);
    return rows;
  });

  return {
    size: () => count.get()!.n,
    rowsFrom: (start) => from.all(start).map(toRow),
    bySerial: (serial) => {
      const r = bySerial.get(serial);
      return r && toRow(r);
    },
    byLeafHash: (hex) => {
      const r = byLeaf.get(hex);
      return r && toRow(r);
    },
    ofObject: (objectId, kind) => ofObject.all(objectId, kind).map(toRow),
    revocationOf: (serial) => {
      const r = revocation.get(serial);
      return r && toRow(r);
    },
    // IMMEDIATE: the write lock first, so the count read inside is the count the rows are numbered after.
    appendBatch: (build, now) => append.immediate(build, now),
    addCheckpoint: (size, note, now) => void addCheckpoint.run(size, note, now),
    latestCheckpoint: () => latest.get(),
    checkpointAt: (size) => at.get(size)?.note,
  };
}
