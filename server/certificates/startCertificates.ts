// Assembles the certificates for one server process: the key, the log in the store, a certificate for every catalog
// record that has none, the check of every record and asset against the log (each mismatch logged). Its routes are
// made by server/http/certificatesApi.ts from the log.
import type { Logger } from "pino";
import type { Config } from "../config";
import { openMuseumStore, type MuseumStore } from "../store/museumStore";
import { certifyCatalog, type CatalogCheck } from "./catalogCertificates";
import { loadMuseumKey, type MuseumKey } from "./museumKey";
import { readCatalogRecords } from "./reproduction";
import { openTransparencyLog, type TransparencyLog } from "./transparencyLog";

export interface MuseumCertificates {
  log: TransparencyLog;
  /** What the start-up check found (issued now; records and files that no longer match). */
  check: CatalogCheck;
  close(): void;
}

/** Opens the log and key for a CLI or the server (the caller closes the store). */
export async function openCertificateLog(
  config: Config,
  notices?: { warn(obj: object, msg: string): void },
  opts: { createKey?: boolean } = {},
): Promise<{ store: MuseumStore; log: TransparencyLog; key: MuseumKey }> {
  const key = loadMuseumKey(config.certificates.keyPath, config.dataDir, notices, { create: opts.createKey });
  const store = openMuseumStore(config.dataDir, notices);
  try {
    return {
      store,
      key,
      log: await openTransparencyLog(store.certificates, key, { origin: config.certificates.logOrigin }),
    };
  } catch (err) {
    store.close();
    throw err;
  }
}

export async function startCertificates(config: Config, log: Logger): Promise<MuseumCertificates> {
  const { store, log: tlog } = await openCertificateLog(config, log);
  try {
    const { records, problems } = readCatalogRecords(config.assetsDir);
    for (const p of problems) log.error({ problem: p }, "a catalog file could not be checked against its certificates");
    const check = await certifyCatalog(tlog, records, config.assetsDir, config.certificates.issuer, new Date());
    if (check.issued.length)
      log.info({ issued: check.issued.length, size: tlog.size() }, "certificates issued for catalog records");
    // Never silent: each record or file that changed since it was certified is named (and shows as unverified).
    for (const m of check.mismatches) log.error(m, "UNVERIFIED: does not match its certificate");
    log.info(
      { records: records.length, mismatches: check.mismatches.length, size: tlog.size() },
      "catalog checked against the certificate log",
    );
    return { log: tlog, check, close: () => store.close() };
  } catch (err) {
    store.close();
    throw err;
  }
}
