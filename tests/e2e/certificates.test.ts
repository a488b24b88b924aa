// The /verify/<id> page in Chromium under the museum's CSP: green for an honest museum with its QR code, and red with
// its own reason when a hostile network flips a byte of the glb, truncates the proof, or re-signs the certificate.
import canonicalize from "canonicalize";
import { generateKeyPairSync, sign } from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCatalogRecords } from "../../server/certificates/reproduction";
import { launchChromium, TINY_WINDOW } from "./browser";

const root = path.resolve(import.meta.dirname, "../..");
const modelled = readCatalogRecords(path.join(root, "assets")).records.find((r) => r.artifact.form.kind === "model")!;
const id = modelled.artifact.id;

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

// Not openMuseum: this page never starts the museum (no window.bund to wait for).
beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: TINY_WINDOW })).newPage();
  const base = inject("baseURL");
  page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
  page.on("request", (r) => void (!r.url().startsWith(new URL(base).origin) && foreignRequests.push(r.url())));
  await page.goto(`${base}/verify/${id}`);
});
afterAll(() => browser?.close());

const verdict = async () => {
  const mark = page.locator('.certificate-mark:not([data-verdict="checking"])');
  await mark.waitFor();
  return {
    verdict: await mark.getAttribute("data-verdict"),
    failure: await mark.getAttribute("data-failure"),
    text: await mark.textContent(),
  };
};
async function again(): Promise<Awaited<ReturnType<typeof verdict>>> {
  await page.reload();
  return verdict();
}

describe("/verify/<id>", () => {
  it("shows the object verified, with a QR code of this page made on our origin, and no CSP violation", async () => {
    const v = await verdict();
    expect(v.verdict).toBe("ok");
    expect(v.text).toContain(`${id}.d`);
    expect(await page.locator(".qr svg").count()).toBe(1);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("a byte flipped in the glb on the way: red, file changed", async () => {
    await page.route("**/assets/models/*.glb", async (route) => {
      const body = await (await route.fetch()).body();
      body[body.length >> 1] ^= 1;
      await route.fulfill({ body, contentType: "model/gltf-binary" });
    });
    const v = await again();
    await page.unroute("**/assets/models/*.glb");
    expect(v).toMatchObject({ verdict: "failed", failure: "file-changed" });
  });

  it("a truncated proof: red, the proof does not verify", async () => {
    await page.route("**/api/log/proof/inclusion*", async (route) => {
      const proof = await (await route.fetch()).json();
      await route.fulfill({ json: { ...proof, path: proof.path.slice(1) } });
    });
    const v = await again();
    await page.unroute("**/api/log/proof/inclusion*");
    expect(v).toMatchObject({ verdict: "failed", failure: "bad-proof" });
  });

  it("a certificate signed by another key: red, bad signature", async () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    await page.route(`**/api/certificates/${id}`, async (route) => {
      const reply = await (await route.fetch()).json();
      const signature = sign(null, Buffer.from(canonicalize(reply.certificate)!), other).toString("base64");
      await route.fulfill({ json: { ...reply, signature } });
    });
    const v = await again();
    await page.unroute(`**/api/certificates/${id}`);
    expect(v).toMatchObject({ verdict: "failed", failure: "bad-signature" });
  });
});
