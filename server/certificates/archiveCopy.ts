// Backup and restore of the archive: a consistent copy of the store by SQLite's online backup, beside a manifest of
// every asset file (path, bytes, SHA-256); restoring puts the store back and names every asset that differs.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PRIVATE_FILE_MODE, STORE_FILE, keepPrivate } from "../store/database";
import { sha256Hex } from "./reproduction";

export const MANIFEST_FILE = "assets-manifest.json";

const ManifestSchema = z.strictObject({
  madeAt: z.iso.datetime(),
  store: z.strictObject({ file: z.literal(STORE_FILE), sha256: z.string() }),
  assets: z.array(z.strictObject({ path: z.string(), bytes: z.int().min(0), sha256: z.string() })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Every file under assets/, relative, sorted. */
function assetFiles(assetsDir: string, under = ""): string[] {
  return readdirSync(path.join(assetsDir, under), { withFileTypes: true })
    .flatMap((e) => {
      const rel = under ? `${under}/${e.name}` : e.name;
      return e.isDirectory() ? assetFiles(assetsDir, rel) : e.isFile() ? [rel] : [];
    })
    .sort();
}

export function assetsManifest(assetsDir: string): Manifest["assets"] {
  return assetFiles(assetsDir).map((p) => {
    const bytes = readFileSync(path.join(assetsDir, p));
    return { path: p, bytes: bytes.length, sha256: sha256Hex(bytes) };
  });
}

/** A consistent copy of the live store (other processes may keep writing) and the assets' manifest, into `dir`. */
export async function backupArchive(dataDir: string, assetsDir: string, dir: string, now: Date): Promise<Manifest> {
  const source = path.join(dataDir, STORE_FILE);
  if (!existsSync(source)) throw new Error(`No store to back up: ${source} does not exist (check DATA_DIR)`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, STORE_FILE);
  if (existsSync(target)) throw new Error(`${target} already exists: back up into an empty folder`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const manifest: Manifest = {
    madeAt: now.toISOString(),
    store: { file: STORE_FILE, sha256: sha256Hex(readFileSync(target)) },
    assets: assetsManifest(assetsDir),
  };
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`, { mode: PRIVATE_FILE_MODE });
  return manifest;
}

/** What differs between the assets on disk and a backup's manifest: one line per file. */
export function compareAssets(manifest: Manifest["assets"], assetsDir: string): string[] {
  const now = new Map(assetsManifest(assetsDir).map((f) => [f.path, f]));
  const out: string[] = [];
  for (const f of manifest) {
    const here = now.get(f.path);
    if (!here) out.push(`assets/${f.path}: in the backup's manifest but missing on disk`);
    else if (here.sha256 !== f.sha256) out.push(`assets/${f.path}: its bytes differ from the backup's manifest`);
    now.delete(f.path);
  }
  for (const p of now.keys()) out.push(`assets/${p}: on disk but not in the backup's manifest`);
  return out;
}

/**
 * Puts a backup's store into DATA_DIR: checks the copy (its SHA-256 against the manifest, SQLite's integrity
 * check) first; a store already there is kept aside as museum.sqlite.before-restore-<time>, never overwritten.
 */
export function restoreArchive(dir: string, dataDir: string, assetsDir: string, now: Date): { assets: string[] } {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) throw new Error(`${dir} is not a backup: ${MANIFEST_FILE} is missing`);
  const manifest = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, "utf8")));
  if (!manifest.success)
    throw new Error(`${manifestFile} is not a backup manifest: ${manifest.error.issues[0].message}`);
  const copy = path.join(dir, STORE_FILE);
  if (!existsSync(copy) || sha256Hex(readFileSync(copy)) !== manifest.data.store.sha256)
    throw new Error(`${copy} is missing or differs from the one the backup made (its SHA-256 changed)`);
  const check = new Database(copy, { readonly: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${copy} fails SQLite's integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const target = path.join(dataDir, STORE_FILE);
  // The store there and its WAL keeps go aside together (the WAL may hold its latest transactions).
  const aside = `before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
  for (const extra of ["", "-wal", "-shm"])
    if (existsSync(`${target}${extra}`)) renameSync(`${target}${extra}`, `${target}${extra}.${aside}`);
  copyFileSync(copy, target);
  keepPrivate(dataDir);
  return { assets: compareAssets(manifest.data.assets, assetsDir) };
}
