// `npm run cert:issue -- …`: issues certificates into the log under DATA_DIR, signed with the museum key.
//   --object <id>                          a new digital-reproduction certificate for the record as it is now
//                                          (after a deliberate change; the newest certificate is the one shown)
//   --changed                              the same for every record that no longer matches its certificate
//   --object <id> --physical --edition <n> --of <N> --maker <who> --licence <terms> --made <YYYY-MM-DD>
//                                          a licensed physical reproduction, edition n of N
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CertificateSchema, type Certificate } from "../../common/transparency/certificate";
import { nextDigitalSerial } from "../certificates/catalogCertificates";
import { compareWithCertificate, digitalCertificate, readCatalogRecords } from "../certificates/reproduction";
import { openCertificateLog } from "../certificates/startCertificates";
import { loadConfig } from "../config";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE =
  "usage: npm run cert:issue -- --object <id> | --changed | " +
  "--object <id> --physical --edition <n> --of <N> --maker <who> --licence <terms> --made <YYYY-MM-DD>";

/** The option a bad field came from (edition.of is --of). */
const flagOf = (p: PropertyKey[]): string => (p[0] === "edition" ? (p[1] === "of" ? "of" : "edition") : String(p[0]));

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        object: { type: "string" },
        changed: { type: "boolean" },
        physical: { type: "boolean" },
        edition: { type: "string" },
        of: { type: "string" },
        maker: { type: "string" },
        licence: { type: "string" },
        made: { type: "string" },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.object && !args.changed) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env, root);
  const { records, problems } = readCatalogRecords(config.assetsDir);
  for (const p of problems) console.error(p);
  const record = args.object && records.find((r) => r.artifact.id === args.object);
  if (args.object && !record) {
    console.error(`No catalog record "${args.object}" under ${config.assetsDir}/catalog`);
    return 1;
  }
  const { store, log } = await openCertificateLog(config, {
    warn: (o, m) => console.error(`${m}: ${JSON.stringify(o)}`),
  });
  try {
    const now = new Date();
    const issuer = config.certificates.issuer;
    let planned: Certificate[] | string;
    const issued = await log.issue((view) => {
      if (args.physical && record) {
        const a = record.artifact;
        const n = view.ofObject(a.id, "physical-reproduction").length + 1;
        const candidate = {
          kind: "physical-reproduction",
          serial: `${a.id}.p${n}`,
          issuer,
          issuedAt: now.toISOString(),
          object: { id: a.id, accession: a.accession },
          edition: { number: Number(args.edition), of: Number(args.of) },
          maker: args.maker,
          licence: args.licence,
          made: args.made,
        };
        const checked = CertificateSchema.safeParse(candidate);
        planned = checked.success
          ? [checked.data]
          : checked.error.issues.map((i) => `--${flagOf(i.path)}: ${i.message}`).join("\n");
      } else {
        const chosen = record
          ? [record]
          : records.filter((r) => {
              const current = log.currentDigital(r.artifact.id)?.certificate;
              return current?.kind === "digital-reproduction"
                ? compareWithCertificate(r.artifact, current, config.assetsDir).length > 0
                : !current;
            });
        planned = chosen.map((r) => {
          const had = view.ofObject(r.artifact.id, "digital-reproduction").length;
          return digitalCertificate(r.artifact, config.assetsDir, nextDigitalSerial(r.artifact.id, had), issuer, now);
        });
      }
      return typeof planned === "string" ? [] : planned;
    });
    if (typeof planned! === "string") {
      console.error(`Not a valid physical reproduction:\n${planned}`);
      return 1;
    }
    for (const c of issued) console.log(`issued ${c.certificate.serial} (entry ${c.index}, leaf ${c.leafHash})`);
    if (!issued.length) console.log("Nothing to issue: every record matches its certificate.");
    console.log(`The log holds ${log.size()} entries (${config.dataDir}).`);
    return 0;
  } finally {
    store.close();
  }
}

runCommand("cert:issue", main);
