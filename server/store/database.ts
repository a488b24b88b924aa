// Opens the museum's SQLite file under DATA_DIR (creating folder and file on first start), keeps them private to the
// museum's user (folder 0700, files 0600: they hold the token keys and password hashes) and migrates it.
import Database from "better-sqlite3";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import path from "node:path";
import { migrate } from "./migrations";

export const STORE_FILE = "museum.sqlite";
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** The store's file and the two SQLite keeps beside it in WAL mode. */
const STORE_FILES = [STORE_FILE, `${STORE_FILE}-wal`, `${STORE_FILE}-shm`];

/** Who hears that modes were tightened (the server's logger, or the CLI's stderr). */
export interface StoreNotices {
  warn(obj: object, msg: string): void;
}

/**
 * Gives `target` exactly `mode` when group or others may reach it. An explicit chmod, because the mode asked of
 * mkdir/open is masked by the process umask (which may be 0) and an existing folder keeps whatever mode it had.
 */
function tighten(target: string, mode: number, notices?: StoreNotices): void {
  if (!existsSync(target)) return;
  const before = statSync(target).mode & 0o777;
  if ((before & ~mode) === 0) return;
  chmodSync(target, mode);
  notices?.warn(
    { path: target, was: before.toString(8), now: mode.toString(8) },
    "the store was readable by others: its mode was tightened",
  );
}

/** Folder 0700 and its SQLite files 0600, created so and tightened when found looser. */
export function keepPrivate(dataDir: string, notices?: StoreNotices): void {
  // The umask can only take bits away from these modes, so what is created here is never looser than asked.
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dataDir, PRIVATE_DIR_MODE, notices);
  const file = path.join(dataDir, STORE_FILE);
  // Created here (0600 before any byte is written) rather than by SQLite, which would use 0644 less the umask.
  if (!existsSync(file)) closeSync(openSync(file, "a", PRIVATE_FILE_MODE));
  for (const name of STORE_FILES) tighten(path.join(dataDir, name), PRIVATE_FILE_MODE, notices);
}

export function openDatabase(dataDir: string, notices?: StoreNotices): Database.Database {
  const file = path.join(dataDir, STORE_FILE);
  let db: Database.Database;
  try {
    keepPrivate(dataDir, notices);
    db = new Database(file);
  } catch (err) {
    throw new Error(`Cannot open the store ${file}: ${(err as Error).message}. Check DATA_DIR and its permissions.`, {
      cause: err,
    });
  }
  db.pragma("journal_mode = WAL");
  // NORMAL in WAL mode: a power cut may lose the last transactions but never corrupts; writes stay sub-millisecond.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  migrate(db);
  // SQLite makes the -wal and -shm files with the database file's mode, but an older store may have looser ones.
  for (const name of STORE_FILES.slice(1)) tighten(path.join(dataDir, name), PRIVATE_FILE_MODE, notices);
  return db;
}
