// `npm run guide:add -- <name> [--reset]`: creates a guide account (or, with --reset, sets a new password and ends
// every sign-in made with the old one) in the store under DATA_DIR. Asks for the password without echo on a
// terminal; otherwise reads it from stdin's first line.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config";
import { GuideNameSchema, PasswordSchema } from "../store/guideAccounts";
import { openMuseumStore } from "../store/museumStore";
import { readPassword } from "./readPassword";
import { runCommand } from "./runCommand";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: npm run guide:add -- <name> [--reset]   (the password is asked for, or read from stdin)";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const reset = args.includes("--reset");
  const words = args.filter((a) => a !== "--reset");
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
  const password = await readPassword(`Password for ${name.data}: `, `Again: `);
  if (password === null) {
    console.error("The two passwords differ; nothing was changed.");
    return 1;
  }
  const checked = PasswordSchema.safeParse(password);
  if (!checked.success) {
    console.error(`Not a usable password: ${checked.error.issues[0].message}`);
    return 1;
  }
  const store = openMuseumStore(config.dataDir, {
    warn: (obj, msg) => console.error(`${msg}: ${JSON.stringify(obj)}`),
  });
  try {
    const done = await store.guides.add(name.data, checked.data, { replace: reset });
    console.log(
      done === "created"
        ? `Guide "${name.data}" added (${config.dataDir}).`
        : `New password set for guide "${name.data}"; their sign-ins have ended.`,
    );
    return 0;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  } finally {
    store.close();
  }
}

runCommand("guide:add", main);
