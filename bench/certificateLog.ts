// `npm run bench:log`: the certificate log at 10,000 and 100,000 certificates (issue 18). Prints, asserts nothing:
// issuing throughput (signed, logged, checkpointed in batches), proof sizes, server time per inclusion proof, and the
// browser's verification time in headless Chromium (download excluded: checkpoint signature, certificate signature,
// leaf hash, inclusion and consistency proofs) beside a naive verifier that recomputes the root from every leaf, and
// the ratio.
import canonicalize from "canonicalize";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Certificate } from "../common/transparency/certificate";

import * as merkle from "../common/transparency/merkle";
import { keyFromPem, newKeyPem } from "../server/certificates/museumKey";
import { openTransparencyLog } from "../server/certificates/transparencyLog";
import { openMuseumStore } from "../server/store/museumStore";
import { launchChromium } from "../tests/e2e/browser";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const BATCH = 1000;
const PROOFS = 500;
const ORIGIN = "bench.example/log";

const certificate = (i: number): Certificate => ({
  kind: "physical-reproduction",
  serial: `bench-${Math.floor(i / 99999)}.p${(i % 99999) + 1}`,
  issuer: "Bench",
  issuedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
  object: { id: `bench-${Math.floor(i / 99999)}`, accession: "DB.CER.0001" },
  edition: { number: 1, of: 1 },
  maker: `Workshop ${i}`,
  licence: "CC BY-NC 4.0",
  made: "2026-01-01",
});

// The verification the browser runs, as source: the shared module's own functions, transpiled, rebuilt in the page.
const MERKLE_FUNCTIONS: ((...a: never[]) => unknown)[] = [
  merkle.sha256,
  merkle.leafHash,
  merkle.nodeHash,
  merkle.splitPoint,
  merkle.sameHash,
  merkle.verifyInclusion,
  merkle.verifyConsistency,
  merkle.rootOfLeaves,
];
const MERKLE_SOURCE = MERKLE_FUNCTIONS.map((f) => f.toString()).join("\n");

async function main(): Promise<void> {
  const browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  await page.route("http://localhost/bench", (r) =>
    r.fulfill({ contentType: "text/html", body: "<title>bench</title>" }),
  );
  // tsx keeps function names with an __name helper that the page does not have.
  await page.addInitScript("window.__name = (f) => f");
  await page.goto("http://localhost/bench"); // localhost: a secure context, so WebCrypto is there
  await page.evaluate(`(() => {
    const LEAF_PREFIX = 0, NODE_PREFIX = 1;
    ${MERKLE_SOURCE.replace(/export /g, "")}
    window.bench = { leafHash, verifyInclusion, verifyConsistency, rootOfLeaves, sha256 };
  })()`);
  console.log(`bench:log — batches of ${BATCH}, ${PROOFS} proofs per size, Node ${process.version}`);
  for (const n of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), "bund-bench-log-"));
    try {
      const store = openMuseumStore(dir);
      const pem = newKeyPem();
      const key = keyFromPem(pem, "bench", true);
      const log = await openTransparencyLog(store.certificates, key, { origin: ORIGIN });
      let t = performance.now();
      for (let start = 0; start < n; start += BATCH)
        await log.issue(() => Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => certificate(start + i)));
      const issueMs = performance.now() - t;
      const note = await log.checkpoint();

      const picks = Array.from({ length: PROOFS }, (_, i) => Math.floor(((i + 0.5) / PROOFS) * n));
      // One read of the log (a read per pick would copy the whole tail of 100,000 rows each time).
      const rows = store.certificates.rowsFrom(0);
      const leaves = picks.map((i) => rows[i]);
      t = performance.now();
      const proofs = [];
      for (const row of leaves) {
        const p = await log.inclusion(row.leafHash, n);
        if ("error" in p) throw new Error(p.error);
        proofs.push(p);
      }
      const proofMs = (performance.now() - t) / PROOFS;
      t = performance.now();
      // From a checkpoint the log really signed (one per batch), as a returning browser would hold it.
      const from = Math.max(BATCH, Math.floor(n / 3 / BATCH) * BATCH);
      const fromRoot = store.certificates.checkpointAt(from)!.split("\n")[2];
      const cons = await log.consistency(from, n);
      const consMs = performance.now() - t;
      if ("error" in cons) throw new Error(cons.error);
      const maxPath = Math.max(...proofs.map((p) => p.path.length));

      // In the browser: one full verification (checkpoint signature, certificate signature, leaf, inclusion, and the
      // consistency of the checkpoint with the one kept from an earlier visit).
      const row = leaves[PROOFS >> 1];
      const entry = JSON.parse(row.entry) as { certificate: Certificate; signature: string };
      const proof = proofs[PROOFS >> 1];
      const text = note.slice(0, note.indexOf("\n\n") + 1);
      const sigLine = note.slice(note.indexOf("\n\n") + 2).trim();
      const browserTimes = (await page.evaluate(
        async ({
          entryText,
          certText,
          signature,
          publicKey,
          text,
          sigLine,
          index,
          size,
          path,
          rootB64,
          consistency,
        }) => {
          const b = (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench;
          const enc = new TextEncoder();
          const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
          const fromHexS = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
          const times: number[] = [];
          for (let k = 0; k < 20; k++) {
            const t0 = performance.now();
            const key = await crypto.subtle.importKey("raw", fromB64(publicKey), { name: "Ed25519" }, false, [
              "verify",
            ]);
            const noteSig = fromB64(sigLine.split(" ").pop()!).slice(4);
            const a = await crypto.subtle.verify({ name: "Ed25519" }, key, noteSig, enc.encode(text));
            const c = await crypto.subtle.verify({ name: "Ed25519" }, key, fromB64(signature), enc.encode(certText));
            const leaf = await b.leafHash(enc.encode(entryText));
            const ok = await b.verifyInclusion(leaf, index, size, path.map(fromHexS), fromB64(rootB64));
            const { from, fromRoot } = consistency;
            const steps = consistency.path.map(fromHexS);
            const consistent = await b.verifyConsistency(from, size, steps, fromB64(fromRoot), fromB64(rootB64));
            times.push(performance.now() - t0);
            if (!a || !c || !ok || !consistent) throw new Error("verification failed in the page");
          }
          return times.sort((x, y) => x - y);
        },
        {
          entryText: row.entry,
          certText: canonicalize(entry.certificate)!,
          signature: entry.signature,
          publicKey: (await log.key()).publicKey,
          text,
          sigLine,
          index: proof.index,
          size: n,
          path: proof.path,
          rootB64: text.split("\n")[2],
          consistency: { from, fromRoot, path: cons.path },
        },
      )) as number[];
      // The naive verifier: every leaf downloaded, the root recomputed from all of them (also in the page).
      const allLeaves = rows.map((r) => r.leafHash);
      const naiveMs = (await page.evaluate(
        async ({ hexes, rootB64 }) => {
          const b = (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench;
          const fromHexS = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
          const leaves = hexes.map(fromHexS);
          const t0 = performance.now();
          const root = (await b.rootOfLeaves(leaves)) as Uint8Array;
          const ms = performance.now() - t0;
          if (btoa(String.fromCharCode(...root)) !== rootB64) throw new Error("naive root differs");
          return ms;
        },
        { hexes: allLeaves, rootB64: text.split("\n")[2] },
      )) as number;
      const median = browserTimes[browserTimes.length >> 1];
      console.log(
        `\n${n.toLocaleString("en")} certificates\n` +
          `  issuing: ${(n / (issueMs / 1000)).toFixed(0)} certificates/s (${(issueMs / 1000).toFixed(1)} s, signed, ` +
          `logged, a checkpoint per ${BATCH})\n` +
          `  inclusion proof: ${maxPath} hashes at most (⌈log₂ n⌉ = ${Math.ceil(Math.log2(n))}), ` +
          `${maxPath * 32} bytes; server ${proofMs.toFixed(2)} ms a proof (mean of ${PROOFS})\n` +
          `  consistency proof ${from} → ${n}: ${cons.path.length} hashes, server ${consMs.toFixed(2)} ms\n` +
          `  browser verification (Chromium, median of 20; signatures, leaf, inclusion, consistency): ${median.toFixed(2)} ms ` +
          `(min ${browserTimes[0].toFixed(2)}, max ${browserTimes.at(-1)!.toFixed(2)})\n` +
          `  naive verifier (root from all ${n} leaves, Chromium): ${naiveMs.toFixed(0)} ms — ` +
          `ratio naive / proof: ${(naiveMs / median).toFixed(0)}×`,
      );
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
