// The certificate settings (part of server/config.ts's schema): the museum's signing key, the log's name in its
// checkpoints, and the issuer the certificates name.
import { z } from "zod";

export const CERTIFICATE_SETTINGS = {
  /** The museum's Ed25519 signing key (PKCS#8 PEM), kept outside the repository; unset, a development key in DATA_DIR. */
  MUSEUM_KEY_PATH: z
    .string()
    .optional()
    .transform((s) => s || undefined),
  /** The log's name in its checkpoints (C2SP origin line and signed-note key name): no spaces, no "+". */
  CERT_LOG_ORIGIN: z
    .string()
    .regex(/^[\x21-\x2a\x2c-\x7e]{1,128}$/, "must be 1–128 printable characters without spaces or '+'")
    .default("digital-bund.local/certificates"),
  /** Who the certificates name as issuer. */
  CERT_ISSUER: z.string().trim().min(1).max(200).default("Digital Bund"),
};

export interface CertificateConfig {
  /** The signing key's path (absolute); undefined: a development key under the data folder. */
  keyPath: string | undefined;
  logOrigin: string;
  issuer: string;
}

type CertificateSettings = z.infer<z.ZodObject<typeof CERTIFICATE_SETTINGS>>;

export function certificateConfigOf(c: CertificateSettings, abs: (p: string) => string): CertificateConfig {
  return { keyPath: c.MUSEUM_KEY_PATH && abs(c.MUSEUM_KEY_PATH), logOrigin: c.CERT_LOG_ORIGIN, issuer: c.CERT_ISSUER };
}
