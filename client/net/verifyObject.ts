// Verifies an object in place: the certificate's Ed25519 signature with the museum's (pinned) key, the record and
// files the page loaded against it, revocation, the checkpoint's signature, consistency with the checkpoint kept
// from the last visit, and inclusion. Every failure has its own reason; nothing throws.
import "../state/schemaChecks";
import canonicalize from "canonicalize";
import { config } from "zod";
import { fromBase64, fromHex, toHex, utf8 } from "../../common/transparency/bytes";
import {
  CertificateReplySchema,
  ConsistencyReplySchema,
  InclusionReplySchema,
  LogKeyReplySchema,
  type CertificateReply,
} from "../../common/transparency/certificate";
import { openCheckpoint, verifyEd25519, type Checkpoint } from "../../common/transparency/checkpoint";
import { leafHash, sameHash, sha256, verifyConsistency, verifyInclusion } from "../../common/transparency/merkle";

export const FAILURES = [
  "unreachable",
  "no-certificate",
  "key-changed",
  "bad-signature",
  "wrong-object",
  "record-changed",
  "file-changed",
  "revoked",
  "bad-checkpoint",
  "rolled-back",
  "forked",
  "inconsistent",
  "not-in-log",
  "bad-proof",
] as const;
export type Failure = (typeof FAILURES)[number];

export type Verdict =
  | {
      ok: true;
      serial: string;
      accession: string;
      /** The certified files this page had loaded, each hashed and found unchanged; of `certified` in all. */
      files: number;
      certified: number;
      size: number;
      since: number | null;
    }
  | { ok: false; failure: Failure; detail: string };

/** What the page loaded for the object: the record as the API gave it, and the bytes of files it fetched. */
export interface LoadedObject {
  id: string;
  record: Record<string, unknown>;
  /** The bytes the page fetched for a file (path under assets/), or undefined where it fetched none. */
  files: { get(path: string): Uint8Array | undefined };
}

export interface VerifyDeps {
  fetch: (url: string) => Promise<Response>;
  /** localStorage (or a stand-in in tests): the pinned key and the last checkpoint seen. */
  storage: Pick<Storage, "getItem" | "setItem">;
}

export const KEPT = "bund.certificates.v1";
interface Kept {
  publicKey: string;
  origin: string;
  checkpoint: string;
}

class Refusal extends Error {
  constructor(
    readonly failure: Failure,
    detail: string,
  ) {
    super(detail);
  }
}
const refuse = (failure: Failure, detail: string): never => {
  throw new Refusal(failure, detail);
};

async function getJson(deps: VerifyDeps, url: string, what: string): Promise<unknown> {
  const res = await deps.fetch(url).catch(() => refuse("unreachable", `${what}: the museum did not answer`));
  if (!res.ok) return refuse(res.status === 404 ? "no-certificate" : "unreachable", `${what}: HTTP ${res.status}`);
  return res.json().catch(() => refuse("unreachable", `${what}: not JSON`));
}

function readKept(storage: VerifyDeps["storage"]): Kept | null {
  try {
    const k = JSON.parse(storage.getItem(KEPT) ?? "null") as Kept | null;
    return k && typeof k.publicKey === "string" && typeof k.checkpoint === "string" ? k : null;
  } catch {
    return null;
  }
}

/** Resolves with how many of the certified files the page had loaded (each found unchanged). */
async function checkCertificate(reply: CertificateReply, publicKey: Uint8Array, object: LoadedObject): Promise<number> {
  const cert = reply.certificate;
  const signature = fromBase64(reply.signature)!;
  if (!(await verifyEd25519(publicKey, signature, utf8(canonicalize(cert)!))))
    refuse("bad-signature", `certificate ${cert.serial} is not signed by the museum's key`);
  if (cert.kind !== "digital-reproduction" || cert.object.id !== object.id)
    return refuse("wrong-object", `certificate ${cert.serial} is not for ${object.id}'s digital reproduction`);
  const entry = utf8(canonicalize({ certificate: cert, signature: reply.signature })!);
  if (toHex(await leafHash(entry)) !== reply.leafHash)
    refuse("bad-signature", `certificate ${cert.serial}: its leaf hash is not its entry's`);
  const { location: _location, ...record } = object.record;
  if (toHex(await sha256(utf8(canonicalize(record)!))) !== cert.record.sha256)
    refuse("record-changed", `the record of ${object.id} differs from the one certified in ${cert.serial}`);
  let checked = 0;
  for (const f of cert.files) {
    const bytes = object.files.get(f.path);
    if (!bytes) continue;
    if (toHex(await sha256(bytes)) !== f.sha256)
      refuse("file-changed", `${f.path} differs from the file certified in ${cert.serial}`);
    checked++;
  }
  return checked;
}

/** Moves from the kept checkpoint to the new one only through a consistency proof that verifies. */
async function checkHistory(deps: VerifyDeps, kept: Checkpoint | null, now: Checkpoint): Promise<void> {
  if (!kept) return;
  if (now.size < kept.size)
    refuse("rolled-back", `the log shows ${now.size} entries, fewer than the ${kept.size} this browser saw before`);
  if (now.size === kept.size) {
    if (!sameHash(now.root, kept.root))
      refuse("forked", `the log shows another history of ${now.size} entries than the one this browser saw`);
    return;
  }
  const reply = ConsistencyReplySchema.safeParse(
    await getJson(deps, `/api/log/proof/consistency?from=${kept.size}&to=${now.size}`, "consistency proof"),
  );
  const path = reply.success ? reply.data.path.map((h) => fromHex(h)!) : [];
  if (!reply.success || !(await verifyConsistency(kept.size, now.size, path, kept.root, now.root)))
    refuse("inconsistent", `the log of ${now.size} entries does not extend the one of ${kept.size} seen before`);
}

export async function verifyObject(object: LoadedObject, deps: VerifyDeps): Promise<Verdict> {
  // zod's JIT probes `new Function`, which the page's CSP (no 'unsafe-eval') reports; its interpreter is enough here.
  config({ jitless: true });
  try {
    const key = LogKeyReplySchema.safeParse(await getJson(deps, "/api/log/key", "the museum's key"));
    if (!key.success) return refuse("unreachable", "the museum's key is not in the expected form");
    const kept = readKept(deps.storage);
    if (kept && (kept.publicKey !== key.data.publicKey || kept.origin !== key.data.origin))
      refuse("key-changed", "the museum's key is not the one this browser saw before");
    const publicKey = fromBase64(key.data.publicKey)!;
    const expect = { origin: key.data.origin, name: key.data.name, publicKey };

    const raw = await getJson(deps, `/api/certificates/${encodeURIComponent(object.id)}`, "the certificate");
    const reply = CertificateReplySchema.safeParse(raw);
    if (!reply.success) return refuse("no-certificate", "the certificate is not in the expected form");
    const checked = await checkCertificate(reply.data, publicKey, object);
    const serial = reply.data.certificate.serial;
    const revocation = await deps.fetch(`/api/certificates/${serial}/revocation`).catch(() => null);
    const found = revocation?.ok
      ? ((await revocation.json().catch(() => null)) as { revocation?: unknown } | null)
      : null;
    if (found?.revocation) {
      const r = CertificateReplySchema.safeParse(found.revocation);
      const rc = r.success ? r.data.certificate : null;
      const signed =
        r.success && (await verifyEd25519(publicKey, fromBase64(r.data.signature)!, utf8(canonicalize(rc)!)));
      if (rc?.kind === "revocation" && rc.revokes === serial && signed)
        refuse("revoked", `certificate ${serial} was revoked on ${rc.issuedAt.slice(0, 10)}: ${rc.reason}`);
    }

    const note = await deps.fetch("/api/log/checkpoint").then(
      (r) => (r.ok ? r.text() : ""),
      () => "",
    );
    const opened = await openCheckpoint(note, expect);
    if (!opened.ok) return refuse("bad-checkpoint", opened.reason);
    const keptCheckpoint = kept ? await openCheckpoint(kept.checkpoint, expect) : null;
    await checkHistory(deps, keptCheckpoint?.ok ? keptCheckpoint.checkpoint : null, opened.checkpoint);

    const { size, root } = opened.checkpoint;
    const incl = await deps
      .fetch(`/api/log/proof/inclusion?hash=${reply.data.leafHash}&size=${size}`)
      .catch(() => null);
    if (incl?.status === 404) refuse("not-in-log", `certificate ${serial} is not in the log of ${size} entries`);
    const proof = InclusionReplySchema.safeParse(incl?.ok ? await incl.json().catch(() => null) : null);
    const path = proof.success ? proof.data.path.map((h) => fromHex(h)!) : [];
    const leaf = fromHex(reply.data.leafHash)!;
    if (!proof.success || !(await verifyInclusion(leaf, proof.data.index, size, path, root)))
      refuse("bad-proof", `the proof that ${serial} is in the log of ${size} entries does not verify`);

    deps.storage.setItem(
      KEPT,
      JSON.stringify({ publicKey: key.data.publicKey, origin: key.data.origin, checkpoint: note }),
    );
    const cert = reply.data.certificate;
    return {
      ok: true,
      serial,
      accession: "object" in cert ? cert.object.accession : "",
      files: checked,
      certified: "files" in cert ? cert.files.length : 0,
      size,
      since: keptCheckpoint?.ok ? keptCheckpoint.checkpoint.size : null,
    };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, failure: err.failure, detail: err.message };
    return { ok: false, failure: "unreachable", detail: (err as Error).message };
  }
}
