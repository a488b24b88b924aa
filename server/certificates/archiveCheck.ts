// The archive's own check: every log entry's signature and leaf hash, every checkpoint's signature and root, and
// every catalog record and asset file against its current certificate; each problem named, nothing thrown.
import canonicalize from "canonicalize";
import { fromBase64, toHex, utf8 } from "../../common/transparency/bytes";
import { openCheckpoint, verifyEd25519 } from "../../common/transparency/checkpoint";
import { MerkleTree } from "../../common/transparency/merkleTree";
import { sameHash, leafHash } from "../../common/transparency/merkle";
import type { CertificateLogStore } from "../store/certificateLog";
import type { MuseumKey } from "./museumKey";
import { compareWithCertificate, type CertifiedRecord } from "./reproduction";
import type { TransparencyLog } from "./transparencyLog";

export interface ArchiveReport {
  problems: string[];
  records: number;
  files: number;
  entries: number;
}

/** The log itself: signatures, leaf hashes, and each checkpoint against the tree rebuilt from the entries. */
export async function checkLog(store: CertificateLogStore, key: MuseumKey, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const tree = new MerkleTree();
  for (const row of store.rowsFrom(0)) {
    const leaf = await leafHash(utf8(row.entry));
    await tree.append(leaf);
    if (toHex(leaf) !== row.leafHash)
      problems.push(`log entry ${row.index} (${row.serial}): its leaf hash is not its bytes'`);
    try {
      const { certificate, signature } = JSON.parse(row.entry) as { certificate: unknown; signature: string };
      const sig = fromBase64(signature);
      if (!sig || !(await verifyEd25519(key.publicKey, sig, utf8(canonicalize(certificate)!))))
        problems.push(`log entry ${row.index} (${row.serial}): the signature does not verify with the museum's key`);
    } catch {
      problems.push(`log entry ${row.index} (${row.serial}): not a signed certificate`);
    }
  }
  const latest = store.latestCheckpoint();
  if (!latest) return tree.size ? [...problems, "the log has entries but no signed checkpoint"] : problems;
  const opened = await openCheckpoint(latest.note, { origin, name: origin, publicKey: key.publicKey });
  if (!opened.ok) problems.push(`the latest checkpoint (size ${latest.size}): ${opened.reason}`);
  else if (opened.checkpoint.size > tree.size)
    problems.push(`the latest checkpoint is of ${opened.checkpoint.size} entries but the log holds ${tree.size}`);
  else if (!sameHash(opened.checkpoint.root, await tree.root(opened.checkpoint.size)))
    problems.push(`the entries no longer give the root the checkpoint of size ${opened.checkpoint.size} signed`);
  return problems;
}

/** Every record and asset against the log: changed, missing, uncertified, or certified but gone. */
export async function checkArchive(
  store: CertificateLogStore,
  log: TransparencyLog,
  key: MuseumKey,
  records: readonly CertifiedRecord[],
  assetsDir: string,
): Promise<ArchiveReport> {
  const problems = await checkLog(store, key, log.origin);
  let files = 0;
  const ids = new Set(records.map((r) => r.artifact.id));
  for (const r of records) {
    const current = log.currentDigital(r.artifact.id)?.certificate;
    if (current?.kind !== "digital-reproduction") {
      problems.push(`record ${r.artifact.id} (${r.file}): has no valid certificate in the log`);
      continue;
    }
    files += current.files.length;
    for (const m of compareWithCertificate(r.artifact, current, assetsDir))
      problems.push(`${m.what}: ${m.reason} (certificate ${m.serial})`);
  }
  for (const c of log.all())
    if (
      c.certificate.kind === "digital-reproduction" &&
      !ids.has(c.certificate.object.id) &&
      !log.revocationOf(c.certificate.serial)
    )
      problems.push(
        `record ${c.certificate.object.id}: certified (${c.certificate.serial}) but missing from the catalog`,
      );
  return { problems: [...new Set(problems)], records: records.length, files, entries: log.size() };
}
