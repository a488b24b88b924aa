// The browser's verifier against a real museum, and each attack of issue 18 met the way a hostile network or server
// would serve it (responses rewritten): every one refused with its own reason.
import canonicalize from "canonicalize";
import { generateKeyPairSync, sign } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyObject, type LoadedObject, type VerifyDeps } from "../../../client/net/verifyObject";
import { toBase64, utf8 } from "../../../common/transparency/bytes";
import type { CertificateReply } from "../../../common/transparency/certificate";
import { checkpointText, keyId, parseCheckpointText, signedNote } from "../../../common/transparency/checkpoint";
import { DEV_KEY_FILE, keyFromPem } from "../../../server/certificates/museumKey";
import { readCatalogRecords } from "../../../server/certificates/reproduction";
import { openCertificateLog } from "../../../server/certificates/startCertificates";
import { entryOf, leafHashHex } from "../../../server/certificates/transparencyLog";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";

const root = path.resolve(import.meta.dirname, "../../..");
const clientDir = path.join(tmpdir(), `bund-verify-client-${process.pid}`);
mkdirSync(clientDir, { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
// The object with a glb, derived from the catalog.
const modelled = readCatalogRecords(path.join(root, "assets")).records.find((r) => r.artifact.form.kind === "model")!;
const ORIGIN = loadConfig({}, root).certificates.logOrigin;

let server: MuseumServer;
let dataDir: string;
let object: LoadedObject & { files: Map<string, Uint8Array> };

type Rewrite = (url: string, res: Response) => Promise<Response> | Response;
const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};
const deps = (storage = memory(), rewrite?: Rewrite): VerifyDeps => ({
  storage,
  fetch: async (url) => {
    const res = await fetch(`${server.url}${url}`);
    return rewrite ? rewrite(url, res) : res;
  },
});
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
const museumKey = () => keyFromPem(readFileSync(path.join(dataDir, DEV_KEY_FILE), "utf8"), "museum", true);
async function museumSignedCheckpoint(size: number, root: Uint8Array): Promise<string> {
  const key = museumKey();
  const text = checkpointText({ origin: ORIGIN, size, root });
  return signedNote(text, ORIGIN, await keyId(ORIGIN, key.publicKey), key.sign(utf8(text)));
}
/** Issues one more entry through another handle on the same store (as `npm run cert:issue` would). */
async function issueMore(revoke?: string): Promise<void> {
  const { store, log } = await openCertificateLog({ ...loadConfig({}, root), dataDir });
  try {
    await log.issue((view) => [
      revoke
        ? {
            kind: "revocation",
            serial: `${revoke}.revoked`,
            revokes: revoke,
            reason: "withdrawn for the test",
            issuer: "T",
            issuedAt: new Date().toISOString(),
          }
        : {
            kind: "physical-reproduction",
            serial: `${modelled.artifact.id}.p${view.ofObject(modelled.artifact.id, "physical-reproduction").length + 1}`,
            issuer: "T",
            issuedAt: new Date().toISOString(),
            object: { id: modelled.artifact.id, accession: modelled.artifact.accession },
            edition: { number: 1, of: 10 },
            maker: "Test workshop",
            licence: "test",
            made: "2026-01-01",
          },
    ]);
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "bund-verify-data-"));
  server = await startMuseumServer(
    { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, root), clientDir, dataDir },
    { log: pino({ level: "silent" }) },
  );
  const id = modelled.artifact.id;
  const record = (await (await fetch(`${server.url}/api/catalog/${id}`)).json()) as Record<string, unknown>;
  const src = (modelled.artifact.form as { src: string }).src;
  const glb = new Uint8Array(await (await fetch(`${server.url}/assets/${src}`)).arrayBuffer());
  object = { id, record, files: new Map([[src, glb]]) };
}, 60_000);
afterAll(() => server?.close());

describe("an honest museum", () => {
  it("verifies, then verifies again from the checkpoint it kept", async () => {
    const storage = memory();
    const first = await verifyObject(object, deps(storage));
    expect(first).toMatchObject({ ok: true, serial: `${object.id}.d1`, files: 1, since: null });
    const again = await verifyObject(object, deps(storage));
    expect(again).toMatchObject({ ok: true, since: first.ok ? first.size : -1 });
  });
});

describe("attacks, each red with its own reason", () => {
  it("a byte flipped in the glb", async () => {
    const [src, bytes] = [...object.files][0];
    const flipped = bytes.slice();
    flipped[flipped.length >> 1] ^= 1;
    const v = await verifyObject({ ...object, files: new Map([[src, flipped]]) }, deps());
    expect(v).toMatchObject({ ok: false, failure: "file-changed" });
    expect(!v.ok && v.detail).toContain(src);
  });

  it("a record edited", async () => {
    const record = { ...object.record, title: { en: "Something else", zh: "别的" } };
    expect(await verifyObject({ ...object, record }, deps())).toMatchObject({ ok: false, failure: "record-changed" });
  });

  it("a certificate signed by another key", async () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    const v = await verifyObject(
      object,
      deps(memory(), async (url, res) => {
        if (!url.startsWith(`/api/certificates/${object.id}`) || url.endsWith("/revocation")) return res;
        const reply = (await res.json()) as CertificateReply;
        return json({ ...reply, signature: toBase64(sign(null, utf8(canonicalize(reply.certificate)!), other)) });
      }),
    );
    expect(v).toMatchObject({ ok: false, failure: "bad-signature" });
  });

  it("a leaf not in the log (signed by the museum's key, never logged)", async () => {
    const v = await verifyObject(
      object,
      deps(memory(), async (url, res) => {
        if (url !== `/api/certificates/${object.id}`) return res;
        const reply = (await res.json()) as CertificateReply;
        const certificate = { ...reply.certificate, serial: `${object.id}.d77`, issuedAt: new Date().toISOString() };
        const signature = toBase64(museumKey().sign(utf8(canonicalize(certificate)!)));
        return json({ certificate, signature, leafHash: leafHashHex(entryOf(certificate, signature)) });
      }),
    );
    expect(v).toMatchObject({ ok: false, failure: "not-in-log" });
  });

  it("a truncated proof", async () => {
    const v = await verifyObject(
      object,
      deps(memory(), async (url, res) => {
        if (!url.startsWith("/api/log/proof/inclusion")) return res;
        const proof = (await res.json()) as { index: number; path: string[] };
        return json({ ...proof, path: proof.path.slice(0, -1) });
      }),
    );
    expect(v).toMatchObject({ ok: false, failure: "bad-proof" });
  });

  it("a forked log: same size, another root, even signed by the museum", async () => {
    const storage = memory();
    expect((await verifyObject(object, deps(storage))).ok).toBe(true);
    const v = await verifyObject(
      object,
      deps(storage, async (url, res) => {
        if (url !== "/api/log/checkpoint") return res;
        const text = await res.text();
        const cp = parseCheckpointText(text.slice(0, text.indexOf("\n\n") + 1));
        if (!cp.ok) throw new Error(cp.reason);
        const root = cp.checkpoint.root.slice();
        root[0] ^= 1;
        return new Response(await museumSignedCheckpoint(cp.checkpoint.size, root));
      }),
    );
    expect(v).toMatchObject({ ok: false, failure: "forked" });
  });

  it("a rolled-back log: smaller than the checkpoint the browser kept", async () => {
    const old = await (await fetch(`${server.url}/api/log/checkpoint`)).text();
    await issueMore();
    const storage = memory();
    const now = await verifyObject(object, deps(storage));
    expect(now.ok).toBe(true);
    const v = await verifyObject(
      object,
      deps(storage, (url, res) => (url === "/api/log/checkpoint" ? new Response(old) : res)),
    );
    expect(v).toMatchObject({ ok: false, failure: "rolled-back" });
  });

  it("a history rewritten between two visits (the consistency proof fails)", async () => {
    const storage = memory();
    expect((await verifyObject(object, deps(storage))).ok).toBe(true);
    await issueMore();
    const v = await verifyObject(
      object,
      deps(storage, async (url, res) => {
        if (!url.startsWith("/api/log/proof/consistency")) return res;
        const proof = (await res.json()) as { path: string[] };
        return json({ path: proof.path.map((h, i) => (i === 0 ? `${h[0] === "0" ? "1" : "0"}${h.slice(1)}` : h)) });
      }),
    );
    expect(v).toMatchObject({ ok: false, failure: "inconsistent" });
  });

  it("a revoked certificate replayed", async () => {
    const replay = await (await fetch(`${server.url}/api/certificates/${object.id}`)).text();
    await issueMore(`${object.id}.d1`);
    // The museum no longer offers it…
    expect((await fetch(`${server.url}/api/certificates/${object.id}`)).status).toBe(404);
    // …but a cache or a hostile network serves the old answer.
    const v = await verifyObject(
      object,
      deps(memory(), (url, res) => (url === `/api/certificates/${object.id}` ? new Response(replay) : res)),
    );
    expect(v).toMatchObject({ ok: false, failure: "revoked" });
    expect(!v.ok && v.detail).toContain("withdrawn for the test");
  });
});
