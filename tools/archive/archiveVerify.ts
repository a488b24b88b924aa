// `npm run archive:verify`: checks the log (signatures, leaf hashes, checkpoint), every catalog record and every asset
// it uses against their certificates; prints each changed file or record and exits 1 if there is any.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkArchive } from "../../server/certificates/archiveCheck";
import { readCatalogRecords } from "../../server/certificates/reproduction";
import { openCertificateLog } from "../../server/certificates/startCertificates";
import { loadConfig } from "../../server/config";
import { runCommand } from "../../server/cli/runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main(): Promise<number> {
  const config = loadConfig(process.env, root);
  const { records, problems: unreadable } = readCatalogRecords(config.assetsDir);
  // Verifying never makes a key: without the one that signed, nothing can be checked.
  const { store, log, key } = await openCertificateLog(config, undefined, { createKey: false });
  try {
    const report = await checkArchive(store.certificates, log, key, records, config.assetsDir);
    const problems = [...unreadable, ...report.problems];
    for (const p of problems) console.log(`CHANGED  ${p}`);
    console.log(
      `${problems.length ? `${problems.length} problem(s)` : "All verified"}: ${report.records} records, ` +
        `${report.files} files, a log of ${report.entries} entries (${config.dataDir}, ${config.assetsDir}).`,
    );
    return problems.length ? 1 : 0;
  } finally {
    store.close();
  }
}

runCommand("archive:verify", main, 2);
