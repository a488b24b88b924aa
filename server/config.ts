// One zod-parsed configuration from the environment and an optional JSON file (CONFIG_FILE or `--config <file>`),
// the environment winning; a wrong value stops the start and names the variable and where it came from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CERTIFICATE_SETTINGS, certificateConfigOf, type CertificateConfig } from "./certificates/certificateConfig";
import { TrustProxySetting } from "./trustProxySetting";
import { VOICE_SETTINGS, voiceConfigOf, type VoiceConfig } from "./voice/voiceConfig";

const port = z.coerce.number().int().min(0).max(65535);
/** A host name, IPv4 or [IPv6] address, an optional port, and an optional path of plain segments. */
const PUBLIC_ADDRESS_SHAPE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;

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
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: "each entry must be an origin like https://museum.example" }))),
  /** Redis shared by several museum processes (scale-out: matchmaking and presence); unset, one process and no Redis. */
  REDIS_URL: z
    .string()
    .optional()
    .transform((s) => s || undefined)
    .pipe(
      z
        .url({
          protocol: /^rediss?$/,
          message: "must be a Redis URL like redis://127.0.0.1:6379 (or rediss:// for TLS)",
        })
        .optional(),
    ),
  /**
   * Where visitors' browsers reach this process, as Colyseus' publicAddress: host[:port][/path], no scheme (the page's
   * http/https picks ws/wss). With several processes, a seat reserved through any of them carries the address of the
   * process that holds the room, and the browser opens its socket there directly. The page's CSP allows sockets to
   * its own origin only, so behind one public name give each process a path (museum.example/node-2) that the reverse
   * proxy maps to it. Unset: sockets go to the address the page came from.
   */
  PUBLIC_ADDRESS: z
    .string()
    .optional()
    .transform((s) => s?.trim().replace(/\/+$/, "") || undefined)
    .pipe(
      z
        .string()
        .refine(
          (s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s),
          "must not start with a scheme (http://, wss://…): give host[:port][/path]; the page's own scheme is used",
        )
        .refine(
          (s) => PUBLIC_ADDRESS_SHAPE.test(s),
          "must be host[:port][/path] as visitors reach this process, like museum.example/node-2 or 203.0.113.7:2568",
        )
        .optional(),
    ),
  /** Key that signs guide sign-in tokens; when unset, one is generated once and kept in the store under DATA_DIR. */
  GUIDE_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  /** With it, /metrics answers only `Authorization: Bearer <token>` (Prometheus' `authorization` setting). */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** How long a guide's sign-in lasts. */
  GUIDE_TOKEN_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(180),
  /** Sign-in attempts one address may make a minute; past it, 429. */
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  // ——— sign-ins and plans (issue 11: sign-ins that can be taken back, plan quotas) ———
  /** No guide sign-in outlives this many hours from the password, however often it is refreshed. */
  GUIDE_SIGN_IN_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Tour plans one guide may keep; past it, creating one answers 409. */
  TOUR_PLANS_PER_GUIDE: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Largest tour plan, in KiB of its JSON; a bigger one answers 413 (request bodies are capped at 64 KiB anyway). */
  TOUR_PLAN_MAX_KB: z.coerce.number().int().min(1).max(64).default(48),
  /** Extra seats a room keeps for people joining one of its live tours once it is full for free visitors. */
  TOUR_HEADROOM: z.coerce.number().int().min(0).max(500).default(20),
  /** Days the moderation log keeps reports and moderation acts (issue 13); older rows are deleted. */
  MODERATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /**
   * Which proxies in front of the museum to believe about a visitor's address (X-Forwarded-For), so that sign-in
   * limits count per visitor and not per proxy: "false" (none), "true" (any), a hop count, or addresses/subnets.
   */
  // Admission limits (issue 11): what one address, or anyone, may hold without being in the museum.
  /** Requests one address may make a minute to GET /api/tours, GET /api/tours/:code and POST …/seat together; past it, 429. */
  TOUR_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(120),
  /** Seats reserved but not yet taken up that one address may hold in one room. */
  SEAT_HOLDS_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(8),
  /** Seats reserved but not yet taken up that one room holds at once, whoever asked. */
  SEAT_HOLDS_PER_ROOM: z.coerce.number().int().min(1).max(1000).default(40),
  /**
   * How long a reserved seat waits for its visitor to connect before it is given back. A page busy drawing its first
   * scene (a phone, software WebGL) was seen to connect 6 s after reserving; the caps above bound what a hoarder holds.
   */
  SEAT_HOLD_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** Room instances one address may open a minute (through matchmaking); past it, 429. */
  ROOMS_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Room instances this process holds at once; past it, new ones are refused with 503. */
  MAX_ROOMS: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Open sockets one address may hold (a museum's Wi-Fi puts many visitors behind one address: raise it there). */
  SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  TRUST_PROXY: TrustProxySetting,
  ...CERTIFICATE_SETTINGS,
  ...VOICE_SETTINGS,
});

/** Every setting's name: the keys a config file may hold. */
export const SETTINGS = Object.keys(ConfigSchema.shape) as (keyof typeof ConfigSchema.shape)[];

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
  /** Set: matchmaking and presence over this Redis, shared with the other processes (server/scaleOut/). */
  redisUrl: string | undefined;
  /** PUBLIC_ADDRESS: handed to Colyseus, which puts it in every room listing and so in every seat reservation. */
  publicAddress: string | undefined;
  guideTokenSecret: string | undefined;
  guideTokenTtlSeconds: number;
  loginAttemptsPerMinute: number;
  tourHeadroom: number;
  moderationRetentionDays: number;
  /** GUIDE_SIGN_IN_MAX_HOURS in seconds. */
  guideSignInMaxSeconds: number;
  tourPlansPerGuide: number;
  tourPlanMaxBytes: number;
  trustProxy: boolean | number | string[];
  admissionLimits: AdmissionLimits;
  /** Unset: /metrics is open to whoever reaches the port. */
  metricsToken: string | undefined;
  certificates: CertificateConfig;
  /** The config file read, if any (absolute). */
  configFile: string | undefined;
  voice: VoiceConfig;
}

/** Issue 11's limits on what visitors may hold before (or without) being in the museum. */
export interface AdmissionLimits {
  tourRequestsPerMinute: number;
  seatHoldsPerAddress: number;
  seatHoldsPerRoom: number;
  seatHoldSeconds: number;
  roomsPerAddressPerMinute: number;
  maxRooms: number;
  socketsPerAddress: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The config file named by `--config <file>` / `--config=<file>` on the command line, or else by CONFIG_FILE. */
export function configFileOf(env: NodeJS.ProcessEnv, argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--config" || a.startsWith("--config="));
  if (i < 0) return env.CONFIG_FILE || undefined;
  const file = argv[i] === "--config" ? argv[i + 1] : argv[i].slice("--config=".length);
  if (!file || file.startsWith("--"))
    throw new ConfigError("Invalid configuration: --config needs a file name (e.g. --config /etc/digital-bund.json)");
  return file;
}

/**
 * A config file: one JSON object whose keys are the settings' names (as in the environment) and whose values are
 * strings, numbers or booleans (a list such as ALLOWED_ORIGINS may also be an array). Unknown keys are refused, so
 * a misspelt setting cannot be silently ignored.
 */
function readConfigFile(file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(
      `Invalid configuration: the config file ${file} ${e.code === "ENOENT" ? "does not exist" : e.code ? `cannot be read (${e.code})` : `is not valid JSON (${e.message})`}`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ConfigError(
      `Invalid configuration: the config file ${file} must hold one JSON object of settings, like {"PORT": 8080}`,
    );
  const out: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(SETTINGS as string[]).includes(key))
      problems.push(`  ${key} (in ${file}): not a setting; the settings are ${SETTINGS.join(", ")}`);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = value.join(",");
    else if (["string", "number", "boolean"].includes(typeof value)) out[key] = String(value);
    else problems.push(`  ${key} (in ${file}): must be a string, a number or a boolean`);
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  return out;
}

/**
 * Reads the configuration: the config file if one is named (`--config` in `argv`, or CONFIG_FILE), then the
 * environment over it. Relative paths are taken from `root` (the repository).
 */
export function loadConfig(env: NodeJS.ProcessEnv, root: string, argv: readonly string[] = []): Config {
  const named = configFileOf(env, argv);
  const configFile = named === undefined ? undefined : path.resolve(named);
  const fromFile = configFile ? readConfigFile(configFile) : {};
  const fromEnv = Object.fromEntries(SETTINGS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const merged: Record<string, string | undefined> = { ...fromFile, ...fromEnv };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    // A secret is never echoed, not even a wrong one: only its length.
    // Never echo a secret: a token's length only, and a URL with its user and password masked.
    const got = (name: string) => {
      const v = merged[name];
      if (/SECRET|PASSWORD|TOKEN/.test(name)) return `${String(v ?? "").length} characters`;
      return JSON.stringify(typeof v === "string" ? v.replace(/\/\/[^/@\s]*@/, "//***@") : v);
    };
    const where = (name: string) => (name in fromEnv ? "" : name in fromFile ? ` (in ${configFile})` : "");
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join(".")}${where(String(i.path[0]))}: ${i.message} (got ${got(String(i.path[0]))})`,
    );
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
    redisUrl: c.REDIS_URL,
    publicAddress: c.PUBLIC_ADDRESS,
    guideTokenSecret: c.GUIDE_TOKEN_SECRET,
    guideTokenTtlSeconds: c.GUIDE_TOKEN_TTL_MINUTES * 60,
    loginAttemptsPerMinute: c.LOGIN_ATTEMPTS_PER_MINUTE,
    tourHeadroom: c.TOUR_HEADROOM,
    moderationRetentionDays: c.MODERATION_RETENTION_DAYS,
    guideSignInMaxSeconds: c.GUIDE_SIGN_IN_MAX_HOURS * 3600,
    tourPlansPerGuide: c.TOUR_PLANS_PER_GUIDE,
    tourPlanMaxBytes: c.TOUR_PLAN_MAX_KB * 1024,
    trustProxy: c.TRUST_PROXY,
    admissionLimits: {
      tourRequestsPerMinute: c.TOUR_REQUESTS_PER_MINUTE,
      seatHoldsPerAddress: c.SEAT_HOLDS_PER_ADDRESS,
      seatHoldsPerRoom: c.SEAT_HOLDS_PER_ROOM,
      seatHoldSeconds: c.SEAT_HOLD_SECONDS,
      roomsPerAddressPerMinute: c.ROOMS_PER_ADDRESS_PER_MINUTE,
      maxRooms: c.MAX_ROOMS,
      socketsPerAddress: c.SOCKETS_PER_ADDRESS,
    },
    metricsToken: c.METRICS_TOKEN,
    certificates: certificateConfigOf(c, abs),
    configFile,
    voice: voiceConfigOf(c),
  };
}
