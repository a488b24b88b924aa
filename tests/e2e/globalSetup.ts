// Starts one real museum server (the built client, real scenes and assets) for every browser test file, on a
// throwaway store that holds one guide account with a known password (for the guided-tour tests).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import { openMuseumStore } from "../../server/store/museumStore";
import pino from "pino";

let server: MuseumServer | undefined;
let dataDir: string | undefined;
const GUIDE = { name: "Mei Lin", password: "a walk along the bund" };

export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, "../..");
  dataDir = mkdtempSync(path.join(os.tmpdir(), "bund-e2e-"));
  const store = openMuseumStore(dataDir);
  await store.guides.add(GUIDE.name, GUIDE.password);
  store.close();
  // Voice on loopback only: the browsers and the media server meet on 127.0.0.1 (the machine has no other route).
  const env = { PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATA_DIR: dataDir, VOICE_LOOPBACK_ONLY: "true" };
  const config = loadConfig(env, root);
  server = await startMuseumServer(config, { log: pino({ level: "warn" }) });
  project.provide("baseURL", `http://127.0.0.1:${server.port}`);
  project.provide("guide", GUIDE);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** A guide account in the test store. */
    guide: { name: string; password: string };
  }
}
