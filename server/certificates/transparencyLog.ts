// The museum's transparency log: signs certificates, appends them to the SQLite log in batches, keeps the Merkle tree
// in memory (rebuilt from the entries' own bytes at start), signs a checkpoint after each batch, and answers proofs.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { fromHex, toBase64, toHex, utf8 } from "../../common/transparency/bytes";
import {
  CertificateSchema,
  logEntryObject,
  type Certificate,
  type LogKeyReply,
} from "../../common/transparency/certificate";
import { checkpointText, keyId, signedNote, verifierKey } from "../../common/transparency/checkpoint";
import { MerkleTree } from "../../common/transparency/merkleTree";
import type { CertificateLogStore, LogRow, NewLogRow } from "../store/certificateLog";
import type { MuseumKey } from "./museumKey";

export interface LoggedCertificate {
  index: number;
  certificate: Certificate;
  signature: string;
  leafHash: string;
}

export interface TransparencyLog {
  readonly origin: string;
  size(): number;
  key(): Promise<LogKeyReply>;
  /** The latest signed checkpoint (the note's text). */
  checkpoint(): Promise<string>;
  /** Signs and appends what `plan` returns (run under the store's write lock), then signs a checkpoint. */
  issue(plan: (view: LogView) => Certificate[]): Promise<LoggedCertificate[]>;
  get(serial: string): LoggedCertificate | undefined;
  /** The object's newest digital-reproduction certificate that is not revoked. */
  currentDigital(objectId: string): LoggedCertificate | undefined;
  /** Every certificate of the object (newest first), any kind. */
  ofObject(objectId: string, kind: Certificate["kind"]): LoggedCertificate[];
  revocationOf(serial: string): LoggedCertificate | undefined;
  all(): LoggedCertificate[];
  inclusion(leafHash: string, size: number): Promise<{ index: number; path: string[] } | { error: string }>;
  consistency(from: number, to: number): Promise<{ path: string[] } | { error: string }>;
}

/** What a plan may look at while it decides (inside the transaction). */
export interface LogView {
  get(serial: string): LoggedCertificate | undefined;
  ofObject(objectId: string, kind: Certificate["kind"]): LoggedCertificate[];
  revocationOf(serial: string): LoggedCertificate | undefined;
}

/** SHA-256(0x00 ‖ entry) with Node's synchronous hash (equal to common/transparency/merkle.ts' leafHash). */
export function leafHashHex(entry: string): string {
  return createHash("sha256")
    .update(Buffer.from([0]))
    .update(entry, "utf8")
    .digest("hex");
}

export function entryOf(certificate: Certificate, signature: string): string {
  return canonicalize(logEntryObject(certificate, signature))!;
}

function readRow(row: LogRow): LoggedCertificate {
  const parsed = JSON.parse(row.entry) as { certificate: unknown; signature: string };
  return {
    index: row.index,
    certificate: CertificateSchema.parse(parsed.certificate),
    signature: parsed.signature,
    leafHash: row.leafHash,
  };
}

export async function openTransparencyLog(
  store: CertificateLogStore,
  key: MuseumKey,
  opts: { origin: string; clock?: () => number },
): Promise<TransparencyLog> {
  const clock = opts.clock ?? Date.now;
  const name = opts.origin;
  const tree = new MerkleTree();
  const id = await keyId(name, key.publicKey);

  /** Brings the tree up to the store (another process may have appended); leaves from the entries' own bytes. */
  async function sync(): Promise<void> {
    if (store.size() === tree.size) return;
    for (const row of store.rowsFrom(tree.size)) await tree.append(fromHex(leafHashHex(row.entry))!);
  }

  async function signCheckpoint(size: number): Promise<string> {
    const text = checkpointText({ origin: opts.origin, size, root: await tree.root(size) });
    const note = signedNote(text, name, id, key.sign(utf8(text)));
    store.addCheckpoint(size, note, clock());
    return store.checkpointAt(size)!;
  }

  const signRow = (certificate: Certificate): NewLogRow => {
    const signature = toBase64(key.sign(utf8(canonicalize(certificate)!)));
    const entry = entryOf(certificate, signature);
    return {
      serial: certificate.serial,
      kind: certificate.kind,
      objectId: "object" in certificate ? certificate.object.id : null,
      revokes: certificate.kind === "revocation" ? certificate.revokes : null,
      entry,
      leafHash: leafHashHex(entry),
    };
  };

  const get = (serial: string) => {
    const row = store.bySerial(serial);
    return row && readRow(row);
  };
  const ofObject = (objectId: string, kind: Certificate["kind"]) => store.ofObject(objectId, kind).map(readRow);
  const revocationOf = (serial: string) => {
    const row = store.revocationOf(serial);
    return row && readRow(row);
  };
  const view: LogView = { get, ofObject, revocationOf };

  await sync();
  return {
    origin: opts.origin,
    size: () => store.size(),
    async key() {
      return {
        origin: opts.origin,
        name,
        publicKey: toBase64(key.publicKey),
        verifierKey: await verifierKey(name, key.publicKey),
      };
    },
    async checkpoint() {
      await sync();
      const latest = store.latestCheckpoint();
      if (latest && latest.size === tree.size) return latest.note;
      // None yet for this size (an empty log, or a process stopped between a batch and its checkpoint).
      return signCheckpoint(tree.size);
    },
    async issue(plan) {
      const rows = store.appendBatch(() => plan(view).map((c) => signRow(CertificateSchema.parse(c))), clock());
      await sync();
      if (rows.length) await signCheckpoint(tree.size);
      return rows.map(readRow);
    },
    get,
    currentDigital: (objectId) =>
      ofObject(objectId, "digital-reproduction").find((c) => !revocationOf(c.certificate.serial)),
    ofObject,
    revocationOf,
    all: () => store.rowsFrom(0).map(readRow),
    async inclusion(leafHash, size) {
      await sync();
      if (size > tree.size) return { error: `size: the log has ${tree.size} entries, not ${size}` };
      const row = store.byLeafHash(leafHash);
      if (!row) return { error: "hash: no entry of the log has this leaf hash" };
      if (row.index >= size) return { error: `hash: the entry is number ${row.index}, not in a tree of ${size}` };
      return { index: row.index, path: (await tree.inclusionProof(row.index, size)).map(toHex) };
    },
    async consistency(from, to) {
      await sync();
      if (to > tree.size) return { error: `to: the log has ${tree.size} entries, not ${to}` };
      if (from > to) return { error: `from: ${from} is larger than to (${to})` };
      return { path: (await tree.consistencyProof(from, to)).map(toHex) };
    },
  };
}
