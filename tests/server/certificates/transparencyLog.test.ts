// The log in the store: idempotent issuing for catalog records, signed checkpoints after each batch, proofs that
// verify, revocation as a new entry, append-only triggers, and mismatches named when a file or record changes.
import canonicalize from "canonicalize";
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fromBase64, fromHex, utf8 } from "../../../common/transparency/bytes";
import { openCheckpoint, verifyEd25519 } from "../../../common/transparency/checkpoint";
import { leafHash, verifyConsistency, verifyInclusion } from "../../../common/transparency/merkle";
import { certifyCatalog } from "../../../server/certificates/catalogCertificates";
import { keyFromPem, newKeyPem } from "../../../server/certificates/museumKey";
import { filesOf, readCatalogRecords } from "../../../server/certificates/reproduction";
import { openTransparencyLog } from "../../../server/certificates/transparencyLog";
import { STORE_FILE } from "../../../server/store/database";
import { openMuseumStore, type MuseumStore } from "../../../server/store/museumStore";

const root = path.resolve(import.meta.dirname, "../../..");
const ORIGIN = "test.example/log";
const all = readCatalogRecords(path.join(root, "assets")).records;
// A few records, among them some with narration files, derived from the catalog rather than named.
const someRecords = [...all.filter((r) => filesOf(r.artifact).length > 0).slice(0, 4), all[all.length - 1]];

const stores: MuseumStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

async function freshLog(dataDir = mkdtempSync(path.join(tmpdir(), "bund-log-")), pem = newKeyPem()) {
  const store = openMuseumStore(dataDir);
  stores.push(store);
  const key = keyFromPem(pem, "test key", true);
  const log = await openTransparencyLog(store.certificates, key, { origin: ORIGIN });
  return { store, key, log, dataDir, pem };
}

async function checkpointOf(note: string, publicKey: Uint8Array) {
  const opened = await openCheckpoint(note, { origin: ORIGIN, name: ORIGIN, publicKey });
  if (!opened.ok) throw new Error(opened.reason);
  return opened.checkpoint;
}

describe("issuing the catalog's certificates", () => {
  it("issues one signed, logged certificate per record, once (a second start issues nothing)", async () => {
    const { log, key } = await freshLog();
    const assets = path.join(root, "assets");
    const first = await certifyCatalog(log, someRecords, assets, "Test Museum", new Date(0));
    expect(first.issued).toHaveLength(someRecords.length);
    expect(first.mismatches).toEqual([]);
    const again = await certifyCatalog(log, someRecords, assets, "Test Museum", new Date(1));
    expect(again.issued).toEqual([]);
    expect(log.size()).toBe(someRecords.length);

    const cp = await checkpointOf(await log.checkpoint(), key.publicKey);
    expect(cp.size).toBe(someRecords.length);
    for (const c of first.issued) {
      const cert = c.certificate;
      if (cert.kind !== "digital-reproduction") throw new Error("kind");
      const record = someRecords.find((r) => r.artifact.id === cert.object.id)!;
      // The files certified are the record's, with their bytes' SHA-256.
      expect(cert.files.map((f) => f.path)).toEqual(filesOf(record.artifact));
      for (const f of cert.files) {
        const bytes = readFileSync(path.join(assets, f.path));
        const digest = Buffer.from(await crypto.subtle.digest("SHA-256", bytes)).toString("hex");
        expect(f.sha256).toBe(digest);
      }
      expect(await verifyEd25519(key.publicKey, fromBase64(c.signature)!, utf8(canonicalize(cert)!))).toBe(true);
      const entry = utf8(canonicalize({ certificate: cert, signature: c.signature })!);
      expect(Buffer.from(await leafHash(entry)).toString("hex")).toBe(c.leafHash);
      const proof = await log.inclusion(c.leafHash, cp.size);
      if ("error" in proof) throw new Error(proof.error);
      expect(proof.index).toBe(c.index);
      const path_ = proof.path.map((h) => fromHex(h)!);
      expect(await verifyInclusion(fromHex(c.leafHash)!, proof.index, cp.size, path_, cp.root)).toBe(true);
    }
  });

  it("signs a checkpoint after each batch, each consistent with the ones before", async () => {
    const { log, key, store } = await freshLog();
    const assets = path.join(root, "assets");
    const notes: string[] = [await log.checkpoint()];
    for (let i = 0; i < someRecords.length; i++) {
      await certifyCatalog(log, someRecords.slice(0, i + 1), assets, "Test Museum", new Date(i));
      notes.push(await log.checkpoint());
    }
    const cps = await Promise.all(notes.map((n) => checkpointOf(n, key.publicKey)));
    expect(cps.map((c) => c.size)).toEqual([0, 1, 2, 3, 4, 5]);
    for (let m = 0; m < cps.length; m++)
      for (let n = m; n < cps.length; n++) {
        const proof = await log.consistency(cps[m].size, cps[n].size);
        if ("error" in proof) throw new Error(proof.error);
        const hashes = proof.path.map((h) => fromHex(h)!);
        expect(await verifyConsistency(cps[m].size, cps[n].size, hashes, cps[m].root, cps[n].root)).toBe(true);
      }
    expect(store.certificates.latestCheckpoint()!.size).toBe(5);
  });

  it("revokes by a new entry; the object then has no valid certificate, and the next one is .d2", async () => {
    const { log } = await freshLog();
    const assets = path.join(root, "assets");
    const r = someRecords[0];
    await certifyCatalog(log, [r], assets, "Test Museum", new Date(0));
    const serial = `${r.artifact.id}.d1`;
    await log.issue(() => [
      {
        kind: "revocation",
        serial: `${serial}.revoked`,
        revokes: serial,
        reason: "test",
        issuer: "T",
        issuedAt: new Date().toISOString(),
      },
    ]);
    expect(log.size()).toBe(2);
    expect(log.get(serial)).toBeDefined();
    expect(log.revocationOf(serial)?.certificate.serial).toBe(`${serial}.revoked`);
    expect(log.currentDigital(r.artifact.id)).toBeUndefined();
    const next = await certifyCatalog(log, [r], assets, "Test Museum", new Date(1));
    expect(next.issued.map((c) => c.certificate.serial)).toEqual([`${r.artifact.id}.d2`]);
  });
});

describe("the store keeps the log append-only", () => {
  it("refuses to change or delete an entry or a checkpoint, even by hand", async () => {
    const { log, dataDir, store } = await freshLog();
    await certifyCatalog(log, someRecords.slice(0, 2), path.join(root, "assets"), "Test Museum", new Date(0));
    await log.checkpoint();
    store.close();
    stores.splice(stores.indexOf(store), 1);
    const db = new Database(path.join(dataDir, STORE_FILE));
    try {
      expect(() => db.prepare("UPDATE log_entries SET entry = '{}' WHERE idx = 0").run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM log_entries WHERE idx = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE log_checkpoints SET note = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM log_checkpoints").run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});

describe("a changed asset or record is named, never re-certified", () => {
  it("names the flipped byte's file and the edited record", async () => {
    const assets = mkdtempSync(path.join(tmpdir(), "bund-assets-"));
    cpSync(path.join(root, "assets"), assets, { recursive: true });
    const { log } = await freshLog();
    const records = readCatalogRecords(assets).records;
    const withFile = records.find((r) => filesOf(r.artifact).length > 0)!;
    await certifyCatalog(log, records, assets, "Test Museum", new Date(0));

    const file = path.join(assets, filesOf(withFile.artifact)[0]);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(file, bytes);
    const edited = {
      ...records[1],
      artifact: { ...records[1].artifact, description: { en: "Edited.", zh: "改过。" } },
    };
    const changed = records.map((r, i) => (i === 1 ? edited : r));

    const check = await certifyCatalog(log, changed, assets, "Test Museum", new Date(1));
    expect(check.issued).toEqual([]);
    expect(check.mismatches.map((m) => m.what).sort()).toEqual(
      [`assets/${filesOf(withFile.artifact)[0]}`, `record ${records[1].artifact.id}`].sort(),
    );
  });
});
