// The museum's Ed25519 signing key: read from MUSEUM_KEY_PATH (a PKCS#8 PEM kept outside the repository), or on a
// development machine generated once as DATA_DIR/museum-key.pem with mode 0600.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { StoreNotices } from "../store/database";

export const DEV_KEY_FILE = "museum-key.pem";

export interface MuseumKey {
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  /** Where the key was read from, and whether it is a generated development key. */
  source: { file: string; development: boolean };
  sign(message: Uint8Array): Uint8Array;
}

export class MuseumKeyError extends Error {
  override name = "MuseumKeyError";
}

/** The raw public key from an Ed25519 KeyObject (its JWK's x). */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = createPublicKey(key).export({ format: "jwk" });
  return new Uint8Array(Buffer.from(jwk.x!, "base64url"));
}

export function keyFromPem(pem: string, file: string, development: boolean): MuseumKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (err) {
    throw new MuseumKeyError(`The museum key ${file} is not a PEM private key: ${(err as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new MuseumKeyError(
      `The museum key ${file} is an ${privateKey.asymmetricKeyType} key; certificates need Ed25519 ` +
        "(make one with `openssl genpkey -algorithm ed25519 -out museum-key.pem`)",
    );
  return {
    publicKey: rawPublicKey(privateKey),
    source: { file, development },
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

export function newKeyPem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
}

/**
 * MUSEUM_KEY_PATH when set (it must exist: a missing production key is an error, never silently replaced); else the
 * development key under DATA_DIR, created on first use. A key readable by others is tightened and said so.
 */
export function loadMuseumKey(
  keyPath: string | undefined,
  dataDir: string,
  notices?: StoreNotices,
  opts: { create?: boolean } = {},
): MuseumKey {
  const file = keyPath ?? path.join(dataDir, DEV_KEY_FILE);
  if (!keyPath && !existsSync(file) && opts.create !== false) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    try {
      // "wx": a second process starting at the same moment does not overwrite the first one's key.
      writeFileSync(file, newKeyPem(), { mode: 0o600, flag: "wx" });
      notices?.warn({ path: file }, "no MUSEUM_KEY_PATH: a development signing key was generated");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new MuseumKeyError(
      `The museum key ${file} cannot be read (${code ?? (err as Error).message}); check MUSEUM_KEY_PATH`,
    );
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(file, 0o600);
    notices?.warn(
      { path: file, was: mode.toString(8), now: "600" },
      "the museum key was readable by others: tightened",
    );
  }
  return keyFromPem(pem, file, !keyPath);
}
