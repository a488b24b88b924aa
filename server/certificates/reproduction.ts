// What a record's digital reproduction is made of (the record's canonical JSON and every asset file it uses), its
// certificate, and how the files on disk and the record compare with a certificate already in the log.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Artifact } from "../../common/catalog";
import { categoryOfFile, parseCatalogFile } from "../../common/catalogFile";
import type { Certificate } from "../../common/transparency/certificate";

type DigitalCertificate = Extract<Certificate, { kind: "digital-reproduction" }>;

/** The asset files a record uses, as paths under assets/ (the glb of a modelled object, narration and captions). */
export function filesOf(artifact: Artifact): string[] {
  const n = artifact.narration;
  const files = [n?.audio, n?.audioZh, n?.captions.en, n?.captions.zh];
  if (artifact.form.kind === "model") files.push(artifact.form.src);
  return [...new Set(files.filter((f): f is string => !!f))].sort();
}

export const sha256Hex = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** SHA-256 of the record's canonical JSON (RFC 8785): what the browser recomputes from /api/catalog/<id>. */
export const recordDigest = (artifact: Artifact): string => sha256Hex(canonicalize(artifact)!);

export interface CertifiedRecord {
  file: string;
  artifact: Artifact;
}

/** Every record of assets/catalog/*.json, with the problems of the files that cannot be read (named, not thrown). */
export function readCatalogRecords(assetsDir: string): { records: CertifiedRecord[]; problems: string[] } {
  const dir = path.join(assetsDir, "catalog");
  const records: CertifiedRecord[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { records, problems: [`assets/catalog: no such folder under ${assetsDir}`] };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = `catalog/${name}`;
    try {
      const text = readFileSync(path.join(dir, name), "utf8");
      for (const artifact of parseCatalogFile(file, text, categoryOfFile(name) ?? undefined))
        records.push({ file, artifact });
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return { records, problems };
}

export function digitalCertificate(
  artifact: Artifact,
  assetsDir: string,
  serial: string,
  issuer: string,
  issuedAt: Date,
): DigitalCertificate {
  return {
    kind: "digital-reproduction",
    serial,
    issuer,
    issuedAt: issuedAt.toISOString(),
    object: { id: artifact.id, accession: artifact.accession },
    record: { sha256: recordDigest(artifact) },
    files: filesOf(artifact).map((p) => {
      const bytes = readFileSync(path.join(assetsDir, p));
      return { path: p, sha256: sha256Hex(bytes), bytes: bytes.length };
    }),
  };
}

/** One thing that no longer matches its certificate: the record, or a file under assets/. */
export interface Mismatch {
  objectId: string;
  serial: string;
  what: string;
  reason: string;
}

/** How the record and its files today differ from the certificate (empty: all verified). */
export function compareWithCertificate(artifact: Artifact, cert: DigitalCertificate, assetsDir: string): Mismatch[] {
  const out: Mismatch[] = [];
  const miss = (what: string, reason: string) => out.push({ objectId: artifact.id, serial: cert.serial, what, reason });
  if (recordDigest(artifact) !== cert.record.sha256)
    miss(`record ${artifact.id}`, "the record differs from the one certified (its SHA-256 changed)");
  if (artifact.accession !== cert.object.accession)
    miss(`record ${artifact.id}`, `accession ${artifact.accession}, certified as ${cert.object.accession}`);
  const certified = new Map(cert.files.map((f) => [f.path, f]));
  for (const p of filesOf(artifact)) {
    const f = certified.get(p);
    if (!f) {
      miss(`assets/${p}`, "the record uses this file but the certificate does not cover it");
      continue;
    }
    const file = path.join(assetsDir, p);
    if (!existsSync(file)) miss(`assets/${p}`, "the certified file is missing");
    else if (sha256Hex(readFileSync(file)) !== f.sha256)
      miss(`assets/${p}`, "the file's bytes differ from the certified ones (its SHA-256 changed)");
  }
  for (const p of certified.keys())
    if (!filesOf(artifact).includes(p)) miss(`assets/${p}`, "certified, but the record no longer uses it");
  return out;
}
