// Certificates of authenticity and the log's HTTP answers, defined once in zod for the server, the CLI and the browser.
import { z } from "zod";
import { IdSchema } from "../sceneParts";
import { AccessionSchema } from "../catalog";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 as 64 lower-case hex digits");
/** `<object id>.d<n>` (digital), `.p<n>` (physical), and `<serial>.revoked` for the entry that revokes it. */
export const SerialSchema = z
  .string()
  .max(96)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[dp][1-9]\d{0,5}(\.revoked)?$/, "must look like cer-0001.d1 or cer-0001.p2");

const ObjectRefSchema = z.strictObject({
  id: IdSchema,
  accession: AccessionSchema,
});

const common = {
  serial: SerialSchema,
  issuer: z.string().min(1).max(200),
  issuedAt: z.iso.datetime(),
};

export const CertifiedFileSchema = z.strictObject({
  /** Path under assets/, as the browser fetches it from /assets/<path>. */
  path: z.string().regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, "must be a path under assets/ like models/x.glb"),
  sha256: sha256Hex,
  bytes: z.int().min(0),
});

export const CertificateSchema = z.discriminatedUnion("kind", [
  /** The museum's 3D reproduction of an object: its record (canonical JSON) and every file it uses. */
  z.strictObject({
    kind: z.literal("digital-reproduction"),
    ...common,
    object: ObjectRefSchema,
    record: z.strictObject({ sha256: sha256Hex }),
    files: z.array(CertifiedFileSchema).max(64),
  }),
  /** A licensed physical reproduction: edition n of N. */
  z.strictObject({
    kind: z.literal("physical-reproduction"),
    ...common,
    object: ObjectRefSchema,
    edition: z.strictObject({ number: z.int().min(1), of: z.int().min(1) }).refine((e) => e.number <= e.of, {
      message: "edition number must not exceed the edition size",
    }),
    maker: z.string().min(1).max(200),
    licence: z.string().min(1).max(200),
    made: z.iso.date(),
  }),
  /** Revocation is a new entry, never a deletion. */
  z.strictObject({
    kind: z.literal("revocation"),
    ...common,
    revokes: SerialSchema,
    reason: z.string().min(1).max(500),
  }),
]);
export type Certificate = z.infer<typeof CertificateSchema>;

/** GET /api/certificates/<id>. */
export const CertificateReplySchema = z.strictObject({
  certificate: CertificateSchema,
  signature: z.base64(),
  leafHash: sha256Hex,
});
export type CertificateReply = z.infer<typeof CertificateReplySchema>;

const hexPath = z.array(sha256Hex).max(64);
/** GET /api/log/proof/inclusion. */
export const InclusionReplySchema = z.strictObject({ index: z.int().min(0), path: hexPath });
/** GET /api/log/proof/consistency. */
export const ConsistencyReplySchema = z.strictObject({ path: hexPath });
/** GET /api/log/key: the museum's Ed25519 public key and the checkpoint's origin. */
export const LogKeyReplySchema = z.strictObject({
  origin: z.string().min(1),
  name: z.string().min(1),
  publicKey: z.base64(),
  verifierKey: z.string(),
});
export type LogKeyReply = z.infer<typeof LogKeyReplySchema>;

/** A log entry's bytes are the canonical JSON (RFC 8785) of `{ certificate, signature }`: see logEntryObject. */
export function logEntryObject(
  certificate: Certificate,
  signature: string,
): { certificate: Certificate; signature: string } {
  return { certificate, signature };
}
