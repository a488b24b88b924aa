// `npm run archive:backup -- <folder>`: a consistent copy of the store (SQLite's online backup, safe while the museum
// runs) and a manifest of every asset file. The museum's private key is not copied: keep it apart.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { backupArchive } from "../../server/certificates/archiveCopy";
import { loadConfig } from "../../server/config";
import { runCommand } from "../../server/cli/runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main(): Promise<number> {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir || rest.length) {
    console.error("usage: npm run archive:backup -- <empty folder for the backup>");
    return 2;
  }
  const config = loadConfig(process.env, root);
  const manifest = await backupArchive(config.dataDir, config.assetsDir, path.resolve(dir), new Date());
  console.log(`Backed up the store and a manifest of ${manifest.assets.length} asset files into ${path.resolve(dir)}.`);
  return 0;
}

runCommand("archive:backup", main);
