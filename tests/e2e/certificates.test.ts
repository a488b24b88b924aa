// Certificates in Chromium under the museum's CSP, against a museum of this file's own (a copy of the assets, a store
// of its own) so that the attacks are real ones: a glb and a record changed on its disk, its key used to sign what it
// never logged, its log forked and rolled back, a revoked certificate replayed. Each shows red, with its own reason,
// on the /verify page or on the card in the hall; an honest museum shows green there, in either language, and its QR
// code is the address of the page on the museum's own origin.
import canonicalize from "canonicalize";
import { execFile } from "node:child_process";
import { generateKeyPairSync, sign } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import type { Browser, Page } from "playwright-core";
import { renderSVG } from "uqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64, utf8 } from "../../common/transparency/bytes";
import { checkpointText, keyId, signedNote } from "../../common/transparency/checkpoint";
import { startCertificates } from "../../server/certificates/startCertificates";
import { loadMuseumKey } from "../../server/certificates/museumKey";
import { readCatalogRecords } from "../../server/certificates/reproduction";
import { entryOf, leafHashHex } from "../../server/certificates/transparencyLog";
import { loadConfig, type Config } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import { launchChromium, openMuseum, TINY_WINDOW, type WatchedPage } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
const records = readCatalogRecords(path.join(root, "assets")).records.map((r) => r.artifact);
const modelled = records.find((r) => r.form.kind === "model")!;
const id = modelled.id;
const glbPath = modelled.form.kind === "model" ? modelled.form.src : "";
const [edited, revoked] = records.filter((r) => r.category === "ceramic" && r.id !== id);

const dir = mkdtempSync(path.join(os.tmpdir(), "bund-certs-e2e-"));
const assetsDir = path.join(dir, "assets");
const dataDir = path.join(dir, "data");
let config: Config;
let museum: MuseumServer;
let base: string;
let browser: Browser;
let page: Page;
let hall: WatchedPage | undefined;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  cpSync(path.join(root, "assets"), assetsDir, { recursive: true });
  const env = { PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATA_DIR: dataDir, ASSETS_DIR: assetsDir };
  config = loadConfig(env, root);
  const quiet = pino({ level: "silent" });
  // The museum certifies its catalog as it is; then one record is edited in its store (the catalog on disk).
  (await startCertificates(config, quiet)).close();
  const file = path.join(assetsDir, "catalog", "ceramic.json");
  const text = readFileSync(file, "utf8");
  const description = JSON.stringify(edited.description.en).slice(1, -1); // as it is written in the file
  expect(text).toContain(description);
  writeFileSync(file, text.replace(description, `${description} (A later hand added this line.)`));
  museum = await startMuseumServer(config, { log: quiet });
  base = `http://127.0.0.1:${museum.port}`;

  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: TINY_WINDOW })).newPage();
  page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
  page.on("request", (r) => void (!r.url().startsWith(base) && foreignRequests.push(r.url())));
});
afterAll(async () => {
  await browser?.close();
  await museum?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Mark = { verdict: string | null; failure: string | null; text: string | null };
async function markOf(p: Page): Promise<Mark> {
  const mark = p.locator('.certificate-mark:not([data-verdict="checking"])');
  await mark.waitFor({ timeout: 60_000 });
  return {
    verdict: await mark.getAttribute("data-verdict"),
    failure: await mark.getAttribute("data-failure"),
    text: await mark.textContent(),
  };
}
async function verifyPage(objectId = id): Promise<Mark> {
  await page.goto(`${base}/verify/${objectId}`);
  return markOf(page);
}
/** The page with `url` answered by `answer` (from the museum's own reply) for one visit of /verify/<objectId>. */
async function withRoute(url: string, answer: Parameters<Page["route"]>[1], objectId = id): Promise<Mark> {
  await page.route(url, answer);
  try {
    return await verifyPage(objectId);
  } finally {
    await page.unroute(url);
  }
}
const key = () => loadMuseumKey(undefined, dataDir, undefined, { create: false });
const checkpointNow = async () => (await fetch(`${base}/api/log/checkpoint`)).text();
/** A checkpoint signed with the museum's own key (what a museum rewriting its history could hand out). */
async function signedByMuseum(size: number, root: Uint8Array): Promise<string> {
  const k = key();
  const text = checkpointText({ origin: config.certificates.logOrigin, size, root });
  return signedNote(
    text,
    config.certificates.logOrigin,
    await keyId(config.certificates.logOrigin, k.publicKey),
    k.sign(utf8(text)),
  );
}

describe("an honest museum", () => {
  it("/verify/<id>: green, with a QR code of this page's absolute address made on our origin", async () => {
    const v = await verifyPage();
    expect(v.verdict).toBe("ok");
    expect(v.text).toContain(`${id}.d1`);
    // The same modules the page has, drawn for the absolute address: the code shown is exactly that address's.
    const modules = await page.locator(".qr svg path").getAttribute("d");
    const expected = / d="([^"]+)"/.exec(renderSVG(`${base}/verify/${id}`, { border: 2 }))![1];
    expect(modules).toBe(expected);
  });

  it("the card in the hall: green from the glb the hall loaded, and still there after 中文 / English", async () => {
    hall = await openMuseum(browser, base, "/gallery/ceramics", TINY_WINDOW);
    const p = hall.page;
    await p.evaluate(() => window.bund!.enter({ name: "Certificates", lang: "en" }));
    await p.evaluate(() => window.bund!.loaded());
    // The hall drew the model from the bytes its loader fetched and kept (not a placeholder).
    expect(await p.evaluate(() => window.bund!.modelsShown())).toContain(id);
    await p.evaluate((i) => window.bund!.inspect(i), id);
    const first = await markOf(p);
    expect(first.verdict).toBe("ok");
    // The glb was hashed from what the hall loaded: one of the certified files checked.
    expect(first.text).toMatch(/the 1 of its \d+ certified files this page loaded are unchanged/);
    await p.evaluate(() => window.bund!.setLang("zh"));
    const zh = await markOf(p);
    expect(zh.verdict).toBe("ok");
    expect(zh.text).toContain("已核验");
    await p.evaluate(() => window.bund!.setLang("en"));
    expect((await markOf(p)).text).toContain("verified");
  });
});

describe("attacks, each red with its own reason", () => {
  it("a byte flipped in the glb on disk: red on the /verify page and on the card in the hall", async () => {
    const file = path.join(assetsDir, glbPath);
    const honest = readFileSync(file);
    const flipped = Buffer.from(honest);
    flipped[flipped.length >> 1] ^= 1;
    writeFileSync(file, flipped);
    try {
      expect(await verifyPage()).toMatchObject({ verdict: "failed", failure: "file-changed" });
      const p = hall!.page;
      await p.reload();
      await p.waitForFunction(() => window.bund !== undefined);
      await p.evaluate(() => window.bund!.ready);
      await p.evaluate(() => window.bund!.enter({ name: "Certificates", lang: "en" }));
      await p.evaluate(() => window.bund!.loaded());
      await p.evaluate((i) => window.bund!.inspect(i), id);
      const card = await markOf(p);
      expect(card).toMatchObject({ verdict: "failed", failure: "file-changed" });
      expect(card.text).toContain(glbPath);
    } finally {
      writeFileSync(file, honest);
    }
  });

  it("a record edited in the store: red, the record differs", async () => {
    expect(await verifyPage(edited.id)).toMatchObject({ verdict: "failed", failure: "record-changed" });
  });

  it("a certificate signed by another key: red, bad signature", async () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    const v = await withRoute(`**/api/certificates/${id}`, async (route) => {
      const reply = await (await route.fetch()).json();
      const signature = sign(null, Buffer.from(canonicalize(reply.certificate)!), other).toString("base64");
      await route.fulfill({ json: { ...reply, signature } });
    });
    expect(v).toMatchObject({ verdict: "failed", failure: "bad-signature" });
  });

  it("a certificate signed with the museum's key but never logged: red, not in the log", async () => {
    const v = await withRoute(`**/api/certificates/${id}`, async (route) => {
      const reply = await (await route.fetch()).json();
      const certificate = { ...reply.certificate, serial: `${id}.d2`, issuedAt: new Date().toISOString() };
      const signature = toBase64(key().sign(utf8(canonicalize(certificate)!)));
      await route.fulfill({ json: { certificate, signature, leafHash: leafHashHex(entryOf(certificate, signature)) } });
    });
    expect(v).toMatchObject({ verdict: "failed", failure: "not-in-log" });
  });

  it("a truncated proof: red, the proof does not verify", async () => {
    const v = await withRoute("**/api/log/proof/inclusion*", async (route) => {
      const proof = await (await route.fetch()).json();
      await route.fulfill({ json: { ...proof, path: proof.path.slice(1) } });
    });
    expect(v).toMatchObject({ verdict: "failed", failure: "bad-proof" });
  });

  let before: string;
  it("a revoked certificate replayed: red, revoked", async () => {
    const reply = await (await fetch(`${base}/api/certificates/${revoked.id}`)).json();
    before = await checkpointNow();
    // Revoked as the museum does it: the command, on the museum's store, while the museum runs.
    // (Not execFileSync: the museum runs in this process, and a blocked loop drops its keep-alive sockets.)
    await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "server/cli/certRevoke.ts", `${revoked.id}.d1`, "--reason", "issued in error"],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, ASSETS_DIR: assetsDir } },
    );
    expect((await fetch(`${base}/api/certificates/${revoked.id}`)).status).toBe(404);
    const v = await withRoute(
      `**/api/certificates/${revoked.id}`,
      (route) => route.fulfill({ json: reply }),
      revoked.id,
    );
    expect(v).toMatchObject({ verdict: "failed", failure: "revoked" });
    expect(v.text).toContain("issued in error");
  });

  it("the log grew by the revocation: the browser checks the consistency proof from the checkpoint it kept", async () => {
    const v = await verifyPage();
    expect(v.verdict).toBe("ok");
    expect(v.text).toMatch(/consistent with the log seen before \(\d+ entries\)/);
  });

  it("a forked log (same size, another root, signed by the museum): red, forked", async () => {
    const size = Number((await checkpointNow()).split("\n")[1]);
    const forged = await signedByMuseum(size, new Uint8Array(32).fill(7));
    const v = await withRoute("**/api/log/checkpoint", (route) =>
      route.fulfill({ body: forged, contentType: "text/plain" }),
    );
    expect(v).toMatchObject({ verdict: "failed", failure: "forked" });
  });

  it("a rolled-back log (the museum's real checkpoint from before the revocation): red, rolled back", async () => {
    const v = await withRoute("**/api/log/checkpoint", (route) =>
      route.fulfill({ body: before, contentType: "text/plain" }),
    );
    expect(v).toMatchObject({ verdict: "failed", failure: "rolled-back" });
  });

  it("no request left the origin, and the CSP refused nothing", () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(hall?.foreignRequests ?? []).toEqual([]);
  });
});
