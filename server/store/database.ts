// Opens the museum's SQLite file under DATA_DIR (creating folder and file on first start) and migrates it.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { migrate } from "./migrations";

export const STORE_FILE = "museum.sqlite";

export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, STORE_FILE);
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    throw new Error(`Cannot open the store ${file}: ${(err as Error).message}. Check DATA_DIR and its permissions.`);
  }
  db.pragma("journal_mode = WAL");
  // NORMAL in WAL mode: a power cut may lose the last transactions but never corrupts; writes stay sub-millisecond.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}
