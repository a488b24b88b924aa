// `npm run guide:remove -- <name>`: deletes a guide account from the store under DATA_DIR. Its sign-ins end at once
// (every use of a token checks the account), in every process sharing the store; its plans stay, still its own.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config";
import { GuideNameSchema } from "../store/guideAccounts";
import { openMuseumStore } from "../store/museumStore";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: npm run guide:remove -- <name>";

async function main(): Promise<number> {
  const words = process.argv.slice(2);
  if (words.length === 0 || words.some((w) => w.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  const name = GuideNameSchema.safeParse(words.join(" "));
  if (!name.success) {
    console.error(`Not a guide name: ${name.error.issues[0].message}`);
    return 2;
  }
  const config = loadConfig(process.env, root);
  const store = openMuseumStore(config.dataDir, {
    warn: (obj, msg) => console.error(`${msg}: ${JSON.stringify(obj)}`),
  });
  try {
    if (!store.guides.remove(name.data)) {
      console.error(`There is no guide "${name.data}" (${config.dataDir}); nothing was changed.`);
      return 1;
    }
    console.log(`Guide "${name.data}" removed; their sign-ins have ended.`);
    return 0;
  } finally {
    store.close();
  }
}

runCommand("guide:remove", main);
