// Entry point of `npm start` / `npm run dev`: read config, start the museum, stop cleanly on SIGTERM/SIGINT.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, loadConfig } from "./config";
import { installShutdown } from "./lifecycle/shutdownSignals";
import { startMuseumServer } from "./museumServer";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const config = loadConfig(process.env, root, process.argv.slice(2));
  const server = await startMuseumServer(config, { dev: process.argv.includes("--dev"), warmVoice: true });
  installShutdown(server);
}

main().catch((err) => {
  // Start-up problems (bad config, a malformed scene, a busy port) are the operator's to fix: say what, plainly.
  console.error(err instanceof ConfigError ? err.message : `Digital Bund could not start:\n${(err as Error).message}`);
  process.exit(1);
});
