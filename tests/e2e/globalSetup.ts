// Starts one real museum server (the built client, real scenes and assets) for every browser test file.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import pino from "pino";

let server: MuseumServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, "../..");
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" }, root);
  server = await startMuseumServer(config, { log: pino({ level: "warn" }) });
  project.provide("baseURL", `http://127.0.0.1:${server.port}`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
