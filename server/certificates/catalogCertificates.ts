// Certificates for the catalog's digital reproductions: issues (idempotently) one for each record that has none, and
// compares every record and asset on disk with its certificate, naming each mismatch.
import { digitalCertificate, compareWithCertificate, type CertifiedRecord, type Mismatch } from "./reproduction";
import type { LoggedCertificate, TransparencyLog } from "./transparencyLog";

export interface CatalogCheck {
  issued: LoggedCertificate[];
  /** Records and files that no longer match their certificates: shown as unverified, never re-certified silently. */
  mismatches: Mismatch[];
}

/** The next digital serial of an object: one more than every digital certificate it ever had (revoked ones too). */
export const nextDigitalSerial = (objectId: string, had: number): string => `${objectId}.d${had + 1}`;

/** Issues a certificate for every record without a current one (in one batch, one checkpoint), checks the rest. */
export async function certifyCatalog(
  log: TransparencyLog,
  records: readonly CertifiedRecord[],
  assetsDir: string,
  issuer: string,
  now: Date,
): Promise<CatalogCheck> {
  const issued = await log.issue((view) =>
    records
      .filter(
        (r) =>
          !view.ofObject(r.artifact.id, "digital-reproduction").some((c) => !view.revocationOf(c.certificate.serial)),
      )
      .map((r) => {
        const had = view.ofObject(r.artifact.id, "digital-reproduction").length;
        return digitalCertificate(r.artifact, assetsDir, nextDigitalSerial(r.artifact.id, had), issuer, now);
      }),
  );
  const fresh = new Set(issued.map((c) => c.certificate.serial));
  const mismatches: Mismatch[] = [];
  for (const r of records) {
    const current = log.currentDigital(r.artifact.id);
    if (!current || fresh.has(current.certificate.serial)) continue;
    if (current.certificate.kind === "digital-reproduction")
      mismatches.push(...compareWithCertificate(r.artifact, current.certificate, assetsDir));
  }
  return { issued, mismatches };
}
