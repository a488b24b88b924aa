// The log's checkpoint as a C2SP tlog-checkpoint inside a C2SP signed note: its text, its key id, and checking its
// Ed25519 signature with WebCrypto (the server signs with Node's crypto; see server/certificates/museumKey.ts).
import { fromBase64, toBase64, utf8 } from "./bytes";
import { sha256, type Hash } from "./merkle";

export interface Checkpoint {
  origin: string;
  size: number;
  root: Hash;
}

/** A signed note's key name: no spaces, no "+" (C2SP signed-note), and short. */
export const KEY_NAME = /^[\x21-\x2a\x2c-\x7e]{1,128}$/;
const SIG_TYPE_ED25519 = 0x01;
const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/;

/** The checkpoint's body: origin, size, base64 root, each on its own line (the text that is signed). */
export function checkpointText(c: Checkpoint): string {
  return `${c.origin}\n${c.size}\n${toBase64(c.root)}\n`;
}

/** C2SP signed-note key id for Ed25519: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
export async function keyId(name: string, publicKey: Uint8Array): Promise<Uint8Array> {
  const n = utf8(name);
  const b = new Uint8Array(n.length + 2 + publicKey.length);
  b.set(n, 0);
  b[n.length] = 0x0a;
  b[n.length + 1] = SIG_TYPE_ED25519;
  b.set(publicKey, n.length + 2);
  return (await sha256(b)).slice(0, 4);
}

/** The verifier key as signed-note tools spell it: `<name>+<hex key id>+<base64(0x01 ‖ public key)>`. */
export async function verifierKey(name: string, publicKey: Uint8Array): Promise<string> {
  const id = [...(await keyId(name, publicKey))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${name}+${id}+${toBase64(new Uint8Array([SIG_TYPE_ED25519, ...publicKey]))}`;
}

/** The whole note: the text, a blank line, and one signature line `— <name> <base64(key id ‖ signature)>`. */
export function signedNote(text: string, name: string, id: Uint8Array, signature: Uint8Array): string {
  return `${text}\n\u2014 ${name} ${toBase64(new Uint8Array([...id, ...signature]))}\n`;
}

export type CheckpointReading = { ok: true; checkpoint: Checkpoint } | { ok: false; reason: string };

/** Parses a note's checkpoint body (without checking any signature). */
export function parseCheckpointText(text: string): CheckpointReading {
  const lines = text.split("\n");
  if (lines.length < 4 || lines[lines.length - 1] !== "")
    return { ok: false, reason: "the checkpoint needs an origin, a size and a root, each ending in a newline" };
  const [origin, sizeText, rootText] = lines;
  if (!origin) return { ok: false, reason: "the checkpoint's origin line is empty" };
  if (!/^(0|[1-9]\d{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    return { ok: false, reason: `the checkpoint's size "${sizeText.slice(0, 20)}" is not a whole number` };
  const root = fromBase64(rootText);
  if (!root || root.length !== 32) return { ok: false, reason: "the checkpoint's root is not 32 bytes of base64" };
  return { ok: true, checkpoint: { origin, size: Number(sizeText), root } };
}

/**
 * Checks a signed checkpoint against the museum's key: the origin expected, a signature line by `name` with the
 * right key id, and an Ed25519 signature over the text. Signatures by other keys (witnesses) are let through.
 */
export async function openCheckpoint(
  note: string,
  expect: { origin: string; name: string; publicKey: Uint8Array },
): Promise<CheckpointReading> {
  const split = note.indexOf("\n\n");
  if (split < 0) return { ok: false, reason: "the checkpoint is not a signed note (no blank line before signatures)" };
  const text = note.slice(0, split + 1);
  const body = parseCheckpointText(text);
  if (!body.ok) return body;
  if (body.checkpoint.origin !== expect.origin)
    return { ok: false, reason: `the checkpoint is for the log "${body.checkpoint.origin}", not "${expect.origin}"` };
  const id = await keyId(expect.name, expect.publicKey);
  const lines = note
    .slice(split + 2)
    .split("\n")
    .filter(Boolean);
  for (const line of lines) {
    const m = SIGNATURE_LINE.exec(line);
    const sig = m && m[1] === expect.name ? fromBase64(m[2]) : undefined;
    if (!sig || sig.length !== 68 || !sig.slice(0, 4).every((b, i) => b === id[i])) continue;
    const good = await verifyEd25519(expect.publicKey, sig.slice(4), utf8(text));
    return good ? body : { ok: false, reason: "the checkpoint's signature does not verify with the museum's key" };
  }
  return { ok: false, reason: `the checkpoint carries no signature by the museum's key "${expect.name}"` };
}

/** Ed25519 through WebCrypto (Node 20, Chromium); a key or signature of the wrong shape is simply not valid. */
export async function verifyEd25519(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey("raw", publicKey as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, false, [
      "verify",
    ]);
    return await crypto.subtle.verify(
      { name: "Ed25519" },
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}
