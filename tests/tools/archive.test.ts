// archive:verify, archive:backup and archive:restore on temporary copies of the assets and the store: a restored
// backup verifies, and a flipped byte in an asset and an edited record are both named (exit 1).
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { checkArchive } from "../../server/certificates/archiveCheck";
import { backupArchive, restoreArchive } from "../../server/certificates/archiveCopy";
import { certifyCatalog } from "../../server/certificates/catalogCertificates";
import { DEV_KEY_FILE } from "../../server/certificates/museumKey";
import { filesOf, readCatalogRecords } from "../../server/certificates/reproduction";
import { openCertificateLog } from "../../server/certificates/startCertificates";
import { loadConfig } from "../../server/config";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `bund-archive-${name}-`));

/** archive:verify as an operator runs it, on the given folders: its exit code and what it printed. */
async function verify(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("node", ["--import", "tsx", "tools/archive/archiveVerify.ts"], {
      cwd: root,
      env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const assets = temp("assets");
const dataDir = temp("data");
const backup = path.join(temp("backup"), "copy");

beforeAll(async () => {
  cpSync(path.join(root, "assets"), assets, { recursive: true });
  const config = { ...loadConfig({}, root), dataDir, assetsDir: assets };
  const { store, log } = await openCertificateLog(config);
  try {
    await certifyCatalog(log, readCatalogRecords(assets).records, assets, "Test Museum", new Date());
    await log.checkpoint();
  } finally {
    store.close();
  }
  await backupArchive(dataDir, assets, backup, new Date());
}, 60_000);

describe("archive:verify", () => {
  it("passes on an untouched archive, and on a backup restored into another DATA_DIR", async () => {
    const check = async (dir: string, keyPath?: string) => {
      const config = {
        ...loadConfig(keyPath ? { MUSEUM_KEY_PATH: keyPath } : {}, root),
        dataDir: dir,
        assetsDir: assets,
      };
      const { store, log, key } = await openCertificateLog(config, undefined, { createKey: false });
      try {
        return await checkArchive(store.certificates, log, key, readCatalogRecords(assets).records, assets);
      } finally {
        store.close();
      }
    };
    const fresh = await check(dataDir);
    expect(fresh.problems).toEqual([]);
    expect(fresh.entries).toBe(fresh.records);

    const restored = temp("restored");
    expect(restoreArchive(backup, restored, assets, new Date()).assets).toEqual([]);
    // The key is not in the backup (it is kept apart): the restored store is checked with the original key.
    const again = await check(restored, path.join(dataDir, DEV_KEY_FILE));
    expect(again.problems).toEqual([]);
    expect(again.entries).toBe(fresh.entries);
  }, 60_000);

  it("names a byte flipped in an asset and a record edited in the catalog, and exits 1", async () => {
    const records = readCatalogRecords(assets).records;
    const withFile = records.find((r) => filesOf(r.artifact).length > 0)!;
    const asset = filesOf(withFile.artifact)[0];
    const bytes = readFileSync(path.join(assets, asset));
    bytes[bytes.length >> 1] ^= 0x01;
    writeFileSync(path.join(assets, asset), bytes);

    const edited = records.find((r) => r.artifact.id !== withFile.artifact.id)!;
    const file = path.join(assets, edited.file);
    const catalog = JSON.parse(readFileSync(file, "utf8")) as { items: { id: string; title: { en: string } }[] };
    const item = catalog.items.find((i) => i.id === edited.artifact.id)!;
    item.title.en += " (edited)";
    writeFileSync(file, JSON.stringify(catalog));

    const { code, out } = await verify({ DATA_DIR: dataDir, ASSETS_DIR: assets });
    expect(code).toBe(1);
    expect(out).toContain(`CHANGED  assets/${asset}: the file's bytes differ from the certified ones`);
    expect(out).toContain(`CHANGED  record ${edited.artifact.id}: the record differs from the one certified`);
    expect(out).toMatch(/2 problem\(s\)/);
    // The backup's manifest also names both files.
    expect(restoreArchive(backup, temp("again"), assets, new Date()).assets.sort()).toEqual(
      [
        `assets/${asset}: its bytes differ from the backup's manifest`,
        `assets/${edited.file}: its bytes differ from the backup's manifest`,
      ].sort(),
    );
  }, 60_000);
});
