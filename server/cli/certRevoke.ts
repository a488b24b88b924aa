// `npm run cert:revoke -- <serial> --reason <why>`: revokes a certificate by appending a revocation entry (the log
// never deletes); the object then has no valid certificate until a new one is issued.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SerialSchema } from "../../common/transparency/certificate";
import { openCertificateLog } from "../certificates/startCertificates";
import { loadConfig } from "../config";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = 'usage: npm run cert:revoke -- <serial, e.g. cer-0001.d1> --reason "<why>"';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { reason: { type: "string" } }, allowPositionals: true });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [serial] = parsed.positionals;
  const reason = parsed.values.reason?.trim();
  if (parsed.positionals.length !== 1 || !reason) {
    console.error(USAGE);
    return 2;
  }
  const checked = SerialSchema.safeParse(serial);
  if (!checked.success || serial.endsWith(".revoked")) {
    console.error(`Not a certificate serial: "${serial}" (serials look like cer-0001.d1 or cer-0001.p2)`);
    return 2;
  }
  const config = loadConfig(process.env, root);
  const { store, log } = await openCertificateLog(config, {
    warn: (o, m) => console.error(`${m}: ${JSON.stringify(o)}`),
  });
  try {
    let problem = "";
    const issued = await log.issue((view) => {
      if (!view.get(serial)) problem = `No certificate ${serial} in the log`;
      else if (view.revocationOf(serial)) problem = `${serial} is already revoked`;
      if (problem) return [];
      const issuedAt = new Date().toISOString();
      const issuer = config.certificates.issuer;
      return [{ kind: "revocation", serial: `${serial}.revoked`, revokes: serial, reason, issuer, issuedAt }];
    });
    if (problem) {
      console.error(problem);
      return 1;
    }
    console.log(`revoked ${serial} by entry ${issued[0].index} (${issued[0].certificate.serial})`);
    return 0;
  } finally {
    store.close();
  }
}

runCommand("cert:revoke", main);
