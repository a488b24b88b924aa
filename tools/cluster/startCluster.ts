// `npm run start:cluster`: the museum as a local cluster — a throw-away Redis (Debian's redis-server; or REDIS_URL's),
// CLUSTER_PROCESSES museum processes (2) sharing matchmaking and presence through it and the store under DATA_DIR,
// and one address in front of them (PORT, 2567). A process that dies is started again on its port.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { startClusterProxy, type ClusterProxy } from "./clusterProxy";
import { freePort } from "./freePort";
import { startMuseumProcess, type MuseumProcess } from "./museumProcess";
import { startLocalRedis, type LocalRedis } from "./redisServer";

const root = path.resolve(import.meta.dirname, "../..");

const ClusterEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().min(1).default("0.0.0.0"),
  CLUSTER_PROCESSES: z.coerce.number().int().min(1).max(16).default(2),
  DATA_DIR: z.string().min(1).default("data"),
  REDIS_URL: z.string().optional(),
});

const say = (line: string) => console.log(`[cluster] ${line}`);

async function main(): Promise<void> {
  const parsed = ClusterEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(process.env[String(i.path[0])])})`).join("\n")}`,
    );
  }
  const env = parsed.data;
  const dataDir = path.resolve(root, env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  let redis: LocalRedis | undefined;
  let proxy: ClusterProxy | undefined;
  const processes: MuseumProcess[] = [];
  let stopping = false;

  const stopAll = async () => {
    stopping = true;
    await proxy?.close();
    // Processes first: each removes its rooms from Redis as it shuts down.
    await Promise.all(processes.map((p) => p.stop()));
    await redis?.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      say(`${signal}: stopping`);
      stopAll().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }

  try {
    const redisUrl = env.REDIS_URL || (redis = await startLocalRedis()).url;
    say(redis ? `redis-server on ${redisUrl} (pid ${redis.pid}, nothing kept on disk)` : `using Redis at REDIS_URL`);

    const start = async (name: string, port: number): Promise<MuseumProcess> => {
      const p = await startMuseumProcess({
        name,
        port,
        // Loopback only: visitors come in through the proxy, which is the address to publish.
        env: {
          REDIS_URL: redisUrl,
          HOST: "127.0.0.1",
          SELF_HOSTNAME: "127.0.0.1",
          DATA_DIR: dataDir,
          TRUST_PROXY: "loopback",
        },
        onLine: (line) => console.log(`[${name}] ${line}`),
      });
      void p.done.then((code) => {
        if (stopping) return;
        say(`${name} exited (code ${code}); starting it again`);
        const i = processes.indexOf(p);
        setTimeout(() => {
          if (stopping) return;
          start(name, port).then(
            (again) => void (processes[i] = again),
            (err) => say(`${name} could not start again: ${(err as Error).message}`),
          );
        }, 1000);
      });
      return p;
    };
    // One after another: the first start seeds the store (sample plans, the guide token key) for all.
    for (let i = 1; i <= env.CLUSTER_PROCESSES; i++) {
      const p = await start(`museum-${i}`, await freePort());
      processes.push(p);
      say(`museum-${i} ready on ${p.url} (pid ${p.pid})`);
    }

    proxy = await startClusterProxy({ redisUrl, port: env.PORT, host: env.HOST, log: say });
    say(
      `Digital Bund is open on ${proxy.url}: ${proxy.nodes().length} processes behind one address (Ctrl-C stops them all)`,
    );
  } catch (err) {
    await stopAll();
    throw err;
  }
}

main().catch((err) => {
  const e = err as NodeJS.ErrnoException;
  console.error(
    e.code === "EADDRINUSE"
      ? `Port ${process.env.PORT ?? 2567} is already in use: set PORT to a free port (e.g. PORT=3000 npm run start:cluster).`
      : `The cluster could not start:\n${e.message}`,
  );
  process.exit(1);
});
