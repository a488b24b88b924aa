// The log's HTTP addresses on a started museum: checkpoint, key, certificates, proofs that verify, and bad queries
// answered 400 with the field named.
import canonicalize from "canonicalize";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromBase64, fromHex, utf8 } from "../../../common/transparency/bytes";
import { CertificateReplySchema, LogKeyReplySchema } from "../../../common/transparency/certificate";
import { openCheckpoint, verifyEd25519 } from "../../../common/transparency/checkpoint";
import { leafHash, sha256, verifyInclusion } from "../../../common/transparency/merkle";
import { DEV_KEY_FILE } from "../../../server/certificates/museumKey";
import { readCatalogRecords } from "../../../server/certificates/reproduction";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";

const root = path.resolve(import.meta.dirname, "../../..");
const records = readCatalogRecords(path.join(root, "assets")).records;
const clientDir = path.join(tmpdir(), `bund-certs-client-${process.pid}`);
mkdirSync(clientDir, { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");

let server: MuseumServer;
let dataDir: string;
const get = (p: string) => fetch(`${server.url}${p}`);
const json = async (p: string) => {
  const res = await get(p);
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "bund-certs-data-"));
  server = await startMuseumServer(
    { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, root), clientDir, dataDir },
    { log: pino({ level: "silent" }) },
  );
});
afterAll(() => server?.close());

describe("the log over HTTP", () => {
  it("a development key was made in DATA_DIR, private to the museum's user", () => {
    expect(statSync(path.join(dataDir, DEV_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it("serves a signed checkpoint covering every record, and every record's certificate proves into it", async () => {
    const key = LogKeyReplySchema.parse((await json("/api/log/key")).body);
    const publicKey = fromBase64(key.publicKey)!;
    const res = await get("/api/log/checkpoint");
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const opened = await openCheckpoint(await res.text(), { origin: key.origin, name: key.name, publicKey });
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.checkpoint.size).toBe(records.length);

    for (const r of [records[0], records[Math.floor(records.length / 2)], records[records.length - 1]]) {
      const reply = CertificateReplySchema.parse((await json(`/api/certificates/${r.artifact.id}`)).body);
      const cert = reply.certificate;
      if (cert.kind !== "digital-reproduction") throw new Error(cert.kind);
      expect(cert.object).toEqual({ id: r.artifact.id, accession: r.artifact.accession });
      // The record as the browser gets it, less its hall location, hashes to what was certified.
      const { location: _location, ...record } = (await json(`/api/catalog/${r.artifact.id}`)).body;
      expect(Buffer.from(await sha256(utf8(canonicalize(record)!))).toString("hex")).toBe(cert.record.sha256);
      for (const f of cert.files) {
        const bytes = new Uint8Array(await (await get(`/assets/${f.path}`)).arrayBuffer());
        expect(Buffer.from(await sha256(bytes)).toString("hex"), f.path).toBe(f.sha256);
      }
      expect(await verifyEd25519(publicKey, fromBase64(reply.signature)!, utf8(canonicalize(cert)!))).toBe(true);
      const entry = utf8(canonicalize({ certificate: cert, signature: reply.signature })!);
      expect(Buffer.from(await leafHash(entry)).toString("hex")).toBe(reply.leafHash);
      const size = opened.checkpoint.size;
      const proof = (await json(`/api/log/proof/inclusion?hash=${reply.leafHash}&size=${size}`)).body;
      const hashes = proof.path.map((h: string) => fromHex(h)!);
      expect(proof.path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)));
      expect(await verifyInclusion(fromHex(reply.leafHash)!, proof.index, size, hashes, opened.checkpoint.root)).toBe(
        true,
      );
      // The same certificate by its serial.
      expect((await json(`/api/certificates/${cert.serial}`)).body).toEqual(reply);
    }
    const c = await json(`/api/log/proof/consistency?from=1&to=${opened.checkpoint.size}`);
    expect(c.status).toBe(200);
    expect(c.body.path.length).toBeGreaterThan(0);
  });
});

describe("bad queries are answered 400 (or 404) with the field named", () => {
  const leaf = "ab".repeat(32);
  it.each([
    ["/api/log/proof/inclusion?size=1", 400, /hash/],
    [`/api/log/proof/inclusion?hash=${leaf}`, 400, /size/],
    ["/api/log/proof/inclusion?hash=xyz&size=1", 400, /hash: must be a leaf hash/],
    [`/api/log/proof/inclusion?hash=${leaf.toUpperCase()}&size=1`, 400, /hash/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=0`, 400, /size: must be at least 1/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=1e3`, 400, /size: must be a whole number/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=99999999`, 400, /size: the log has \d+ entries/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=1&size=2`, 400, /size: given more than once/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=1&extra=1`, 400, /extra/],
    [`/api/log/proof/inclusion?hash=${leaf}&size=1`, 404, /hash: no entry of the log has this leaf hash/],
    ["/api/log/proof/consistency?from=2", 400, /to/],
    ["/api/log/proof/consistency?from=-1&to=2", 400, /from: must be a whole number/],
    ["/api/log/proof/consistency?from=3&to=2", 400, /from: 3 is larger than to \(2\)/],
    ["/api/log/proof/consistency?from=1&to=99999999", 400, /to: the log has \d+ entries/],
    ["/api/certificates/NOT_AN_ID", 400, /id: "NOT_AN_ID" is neither an object id/],
    ["/api/certificates/no-such-object", 404, /No valid certificate for the object "no-such-object"/],
    ["/api/certificates/cer-0001.d999", 404, /No certificate cer-0001\.d999 in the log/],
  ])("%s → %i", async (url, status, error) => {
    const r = await json(url);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(error);
  });
});
