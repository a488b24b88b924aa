// `npm run cert:list -- [--object <id>]`: the log's certificates, oldest first: entry, serial, kind, object, date,
// and whether it was revoked; then the latest checkpoint.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openCertificateLog } from "../certificates/startCertificates";
import { loadConfig } from "../config";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main(): Promise<number> {
  let object: string | undefined;
  try {
    object = parseArgs({ options: { object: { type: "string" } } }).values.object;
  } catch (err) {
    console.error(`${(err as Error).message}\nusage: npm run cert:list -- [--object <id>]`);
    return 2;
  }
  const config = loadConfig(process.env, root);
  const { store, log } = await openCertificateLog(config, {
    warn: (o, m) => console.error(`${m}: ${JSON.stringify(o)}`),
  });
  try {
    const all = log.all();
    const revoked = new Map(
      all.flatMap((c) => (c.certificate.kind === "revocation" ? [[c.certificate.revokes, c]] : [])),
    );
    for (const { index, certificate: c } of all) {
      const about =
        c.kind === "revocation" ? `revokes ${c.revokes}: ${c.reason}` : `${c.object.id} ${c.object.accession}`;
      if (object && !(c.kind !== "revocation" ? c.object.id === object : c.revokes.startsWith(`${object}.`))) continue;
      const edition = c.kind === "physical-reproduction" ? ` edition ${c.edition.number}/${c.edition.of}` : "";
      const status = revoked.has(c.serial) ? `  REVOKED (entry ${revoked.get(c.serial)!.index})` : "";
      console.log(`${String(index).padStart(6)}  ${c.serial}  ${c.kind}  ${about}${edition}  ${c.issuedAt}${status}`);
    }
    console.log(`\n${await log.checkpoint()}`);
    return 0;
  } finally {
    store.close();
  }
}

runCommand("cert:list", main);
