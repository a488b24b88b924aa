// One zod-parsed configuration from the environment; a wrong value stops the start and names the variable.
import path from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  PORT: port.default(2567),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Where anything stored lives (SQLite files); created on first start. */
  DATA_DIR: z.string().min(1).default("data"),
  SCENES_DIR: z.string().min(1).default("scenes"),
  ASSETS_DIR: z.string().min(1).default("assets"),
  /** The built client (vite build's output). */
  CLIENT_DIR: z.string().min(1).default("dist/client"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Visitors per room instance; past it, joinOrCreate opens another instance. */
  MAX_VISITORS: z.coerce.number().int().min(1).max(1000).default(100),
  /** How long a dropped visitor keeps their place (and avatar) while reconnecting. */
  RECONNECT_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(20),
  /** Origins allowed to open the multiplayer socket, comma-separated; empty means the page's own origin only. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: "each entry must be an origin like https://museum.example" }))),
  /** Key that signs guide sign-in tokens; when unset, one is generated once and kept in the store under DATA_DIR. */
  GUIDE_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  /** How long a guide's sign-in lasts. */
  GUIDE_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(180),
  /** Sign-in attempts one address may make a minute; past it, 429. */
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Extra seats a room keeps for people joining one of its live tours once it is full for free visitors. */
  TOUR_HEADROOM: z.coerce.number().int().min(0).max(500).default(20),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  scenesDir: string;
  assetsDir: string;
  clientDir: string;
  logLevel: z.infer<typeof ConfigSchema>["LOG_LEVEL"];
  maxVisitors: number;
  reconnectGraceSeconds: number;
  allowedOrigins: string[];
  guideTokenSecret: string | undefined;
  guideTokenTtlSeconds: number;
  loginAttemptsPerMinute: number;
  tourHeadroom: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the configuration; relative paths are taken from `root` (the repository). */
export function loadConfig(env: NodeJS.ProcessEnv, root: string): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    // A secret is never echoed, not even a wrong one: only its length.
    const got = (name: string) => (/SECRET/.test(name) ? `${String(env[name] ?? "").length} characters` : JSON.stringify(env[name]));
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${got(String(i.path[0]))})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const abs = (p: string) => path.resolve(root, p);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: abs(c.DATA_DIR),
    scenesDir: abs(c.SCENES_DIR),
    assetsDir: abs(c.ASSETS_DIR),
    clientDir: abs(c.CLIENT_DIR),
    logLevel: c.LOG_LEVEL,
    maxVisitors: c.MAX_VISITORS,
    reconnectGraceSeconds: c.RECONNECT_GRACE_SECONDS,
    allowedOrigins: c.ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    guideTokenSecret: c.GUIDE_TOKEN_SECRET,
    guideTokenTtlSeconds: c.GUIDE_TOKEN_TTL_MINUTES * 60,
    loginAttemptsPerMinute: c.LOGIN_ATTEMPTS_PER_MINUTE,
    tourHeadroom: c.TOUR_HEADROOM,
  };
}
