// `npm run archive:restore -- <folder>`: puts a backup's store back into DATA_DIR (the one there is kept aside) after
// checking the copy, names each asset that differs from the backup's manifest; then run archive:verify. Stop the
// museum first.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { restoreArchive } from "../../server/certificates/archiveCopy";
import { loadConfig } from "../../server/config";
import { runCommand } from "../../server/cli/runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main(): Promise<number> {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir || rest.length) {
    console.error("usage: npm run archive:restore -- <backup folder>   (stop the museum first)");
    return 2;
  }
  const config = loadConfig(process.env, root);
  const { assets } = restoreArchive(path.resolve(dir), config.dataDir, config.assetsDir, new Date());
  for (const a of assets) console.log(`DIFFERS  ${a}`);
  console.log(
    `Restored the store into ${config.dataDir}` +
      (assets.length ? `; ${assets.length} asset file(s) differ from the backup.` : "; the assets match the backup.") +
      " Now run npm run archive:verify.",
  );
  return assets.length ? 1 : 0;
}

runCommand("archive:restore", main);
