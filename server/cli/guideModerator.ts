// `npm run guide:moderator -- <name> [--off]`: gives a guide account the moderator flag (or takes it away). A
// moderator can silence a visitor in a room, remove one from the museum for a time, and read the reports.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config";
import { GuideNameSchema } from "../store/guideAccounts";
import { openMuseumStore } from "../store/museumStore";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: npm run guide:moderator -- <name> [--off]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const off = args.includes("--off");
  const words = args.filter((a) => a !== "--off");
  const name = GuideNameSchema.safeParse(words.join(" "));
  if (words.length === 0 || words.some((w) => w.startsWith("--")) || !name.success) {
    console.error(name.success || words.length === 0 ? USAGE : `Not a guide name: ${name.error.issues[0].message}`);
    return 2;
  }
  const config = loadConfig(process.env, root);
  const store = openMuseumStore(config.dataDir, {
    warn: (obj, msg) => console.error(`${msg}: ${JSON.stringify(obj)}`),
  });
  try {
    if (!store.moderation.setModerator(name.data, !off)) {
      console.error(`There is no guide named "${name.data}" (add one with npm run guide:add).`);
      return 1;
    }
    console.log(off ? `"${name.data}" is no longer a moderator.` : `"${name.data}" is now a moderator.`);
    return 0;
  } finally {
    store.close();
  }
}

runCommand("guide:moderator", main);
