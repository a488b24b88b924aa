// `npm run soak` (not part of npm test): SOAK_BOTS visitors (200) for SOAK_MINUTES (10) across SOAK_TOURS guided
// tours (5) on SOAK_PROCESSES museum processes (2, over a throw-away Redis, behind the cluster proxy), with a
// reconnect storm every SOAK_STORM_SECONDS (60: a SOAK_STORM_SHARE of 0.25 of the sockets cut dead) and some
// visitors leaving and others arriving. Reports disconnects, reconnects, each process's heap at the start and end,
// and the rooms created against those disposed.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { poseGrid } from "../common/pose";
import { openMuseumStore } from "../server/store/museumStore";
import { startClusterProxy, type ClusterProxy } from "../tools/cluster/clusterProxy";
import { startLocalRedis, type LocalRedis } from "../tools/cluster/redisServer";
import { startServerChild, type ServerChild, type ServerStats } from "./netChild";
import { printTable, writeResults } from "./report";
import { createSoakFleet } from "./soakBots";

const SoakEnvSchema = z.object({
  SOAK_MINUTES: z.coerce
    .number()
    .min(0.5)
    .max(24 * 60)
    .default(10),
  SOAK_BOTS: z.coerce.number().int().min(10).max(1000).default(200),
  SOAK_TOURS: z.coerce.number().int().min(1).max(50).default(5),
  SOAK_PROCESSES: z.coerce.number().int().min(1).max(4).default(2),
  SOAK_STORM_SECONDS: z.coerce.number().min(5).max(3600).default(60),
  SOAK_STORM_SHARE: z.coerce.number().min(0).max(1).default(0.25),
  SOAK_CHURN_SHARE: z.coerce.number().min(0).max(1).default(0.05),
  SOAK_MEMBER_SHARE: z.coerce.number().min(0).max(1).default(0.6),
  SOAK_ROOM_SIZE: z.coerce.number().int().min(5).max(1000).default(60),
});

const root = path.resolve(import.meta.dirname, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const GRACE_SECONDS = 20;
const PASSWORD = "soak test password";

async function main(): Promise<void> {
  const parsed = SoakEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  const o = parsed.data;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bund-soak-"));
  const store = openMuseumStore(dataDir);
  const guides = Array.from({ length: o.SOAK_TOURS }, (_, i) => `Soak Guide ${i + 1}`);
  for (const g of guides) await store.guides.add(g, PASSWORD);
  store.close();

  let redis: LocalRedis | undefined;
  let proxy: ClusterProxy | undefined;
  const servers: ServerChild[] = [];
  try {
    if (o.SOAK_PROCESSES > 1) redis = await startLocalRedis();
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      RECONNECT_GRACE_SECONDS: String(GRACE_SECONDS),
      LOGIN_ATTEMPTS_PER_MINUTE: "1000",
      ...(redis ? { REDIS_URL: redis.url, SELF_HOSTNAME: "127.0.0.1" } : {}),
    };
    // --expose-gc: the heap figures are taken after a full collection, so they show what is kept, not garbage.
    for (let i = 0; i < o.SOAK_PROCESSES; i++)
      servers.push(await startServerChild(o.SOAK_ROOM_SIZE, { env, nodeArgs: ["--expose-gc"] }));
    if (redis) proxy = await startClusterProxy({ redisUrl: redis.url, port: 0, host: "127.0.0.1" });
    const httpUrl = proxy ? `http://127.0.0.1:${proxy.port}` : `http://127.0.0.1:${servers[0].port}`;

    const tokens: string[] = [];
    for (const name of guides) {
      const res = await fetch(`${httpUrl}/api/guides/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`guide sign-in failed: ${res.status} ${await res.text()}`);
      tokens.push((await res.json()).token);
    }
    const scene = JSON.parse(readFileSync(path.join(root, "scenes", "bund.json"), "utf8"));
    const fleet = createSoakFleet({
      wsUrl: httpUrl.replace("http", "ws"),
      httpUrl,
      grid: poseGrid(scene.bounds),
      sceneId: scene.id,
      eyeHeight: scene.eyeHeight,
      seed: 7,
      guideTokens: tokens,
      planId: "bund-walk",
      graceMs: GRACE_SECONDS * 1000,
    });

    console.log(
      `soak: ${o.SOAK_BOTS} bots, ${o.SOAK_TOURS} tours, ${o.SOAK_PROCESSES} process(es), ${o.SOAK_MINUTES} min, a storm cutting ${o.SOAK_STORM_SHARE * 100}% of sockets every ${o.SOAK_STORM_SECONDS} s`,
    );
    await fleet.populate(o.SOAK_BOTS, o.SOAK_MEMBER_SHARE);
    await sleep(10_000);
    const atStart = await Promise.all(servers.map((s) => s.stats()));
    console.log(
      `populated: ${fleet.connected()} connected; heap ${atStart.map((s) => s.heapUsedMb.toFixed(1)).join(" + ")} MB`,
    );

    const t0 = Date.now();
    const endAt = t0 + o.SOAK_MINUTES * 60_000;
    let nextStorm = t0 + o.SOAK_STORM_SECONDS * 1000;
    let nextStop = t0 + 15_000;
    let nextChurn = t0 + 30_000;
    let nextReport = t0 + 30_000; // half-way between storms, not in the middle of one
    let storms = 0;
    const timeline: { minute: number; connected: number; heapMb: number[]; rooms: number }[] = [];
    while (Date.now() < endAt) {
      await sleep(500);
      const now = Date.now();
      // No storm in the last 30 s: the figures at the end are taken with everyone back.
      if (now >= nextStorm && endAt - now > 30_000) {
        nextStorm += o.SOAK_STORM_SECONDS * 1000;
        storms++;
        console.log(`  storm ${storms}: ${fleet.storm(o.SOAK_STORM_SHARE)} sockets cut`);
      }
      if (now >= nextStop) {
        nextStop += 15_000;
        fleet.nextStops();
      }
      if (now >= nextChurn) {
        nextChurn += 30_000;
        await fleet.churn(o.SOAK_CHURN_SHARE);
      }
      if (now >= nextReport) {
        nextReport += 60_000;
        const st = await Promise.all(servers.map((s) => s.stats()));
        const point = {
          minute: Math.round(((now - t0) / 60_000) * 10) / 10,
          connected: fleet.connected(),
          heapMb: st.map((s) => s.heapUsedMb),
          rooms: st.reduce((n, s) => n + s.rooms.length, 0),
        };
        timeline.push(point);
        console.log(
          `  minute ${point.minute}: ${point.connected} connected, ${point.rooms} rooms, heap ${point.heapMb.map((h) => h.toFixed(1)).join(" + ")} MB, ${fleet.counts().disconnects} disconnects so far`,
        );
      }
    }
    const minutes = (Date.now() - t0) / 60_000;
    await sleep(5000); // the last storm's visitors are back
    const atEnd = await Promise.all(servers.map((s) => s.stats()));
    const connectedAtEnd = fleet.connected();
    const counts = fleet.counts();
    await fleet.close();
    // Rooms close once their last visitor has gone (and no seat waits for a reconnection).
    await sleep((GRACE_SECONDS + 5) * 1000);
    const afterAll = await Promise.all(servers.map((s) => s.stats()));
    report({ o, minutes, storms, atStart, atEnd, afterAll, counts, connectedAtEnd, timeline });
  } finally {
    await proxy?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(r: {
  o: z.infer<typeof SoakEnvSchema>;
  minutes: number;
  storms: number;
  atStart: ServerStats[];
  atEnd: ServerStats[];
  afterAll: ServerStats[];
  counts: ReturnType<ReturnType<typeof createSoakFleet>["counts"]>;
  connectedAtEnd: number;
  timeline: unknown[];
}): void {
  const c = r.counts;
  console.log(
    `\nSoak: ${r.o.SOAK_BOTS} bots, ${r.o.SOAK_TOURS} tours, ${r.o.SOAK_PROCESSES} process(es), ${r.minutes.toFixed(1)} min, ${r.storms} storms`,
  );
  printTable([
    {
      joins: c.joins,
      "join failures": c.joinFailures,
      "seats refused": c.seatRefusals,
      "sockets cut": c.cuts,
      reconnects: c.reconnects,
      retries: c.reconnectRetries,
      "reconnect failures": c.reconnectFailures,
      "unasked disconnects": c.disconnects,
      "close codes": c.closeCodes.length ? [...new Set(c.closeCodes)].join(" ") : "-",
      churned: c.churned,
      "tour commands": c.tourCommands,
      "server errors": c.serverErrors,
      "connected at end": r.connectedAtEnd,
    },
  ]);
  if (c.errorSamples.length) console.log(`  server errors, first ones: ${c.errorSamples.join(" | ")}`);
  if (c.failureSamples.length)
    console.log(`  failed joins and reconnections, first of each kind:\n    ${c.failureSamples.join("\n    ")}`);
  console.log(
    `\nEach process: heap after a full GC (populated at the start, populated at the end, after everyone left), rooms created and disposed:`,
  );
  printTable(
    r.atEnd.map((end, i) => ({
      process: i + 1,
      "heap start MB": r.atStart[i].heapUsedMb.toFixed(1),
      "heap end MB": end.heapUsedMb.toFixed(1),
      "heap emptied MB": r.afterAll[i].heapUsedMb.toFixed(1),
      "rooms created": r.afterAll[i].roomsCreated,
      "rooms disposed": r.afterAll[i].roomsDisposed,
      "rooms left open": r.afterAll[i].rooms.length,
      "patch p99 ms (last minute)": end.ticks.museum?.p99Ms.toFixed(3) ?? "-",
    })),
  );
  writeResults("soak", {
    settings: r.o,
    minutes: r.minutes,
    storms: r.storms,
    counts: c,
    connectedAtEnd: r.connectedAtEnd,
    processes: r.atEnd.map((end, i) => ({
      heapStartMb: r.atStart[i].heapUsedMb,
      heapEndMb: end.heapUsedMb,
      heapEmptiedMb: r.afterAll[i].heapUsedMb,
      roomsCreated: r.afterAll[i].roomsCreated,
      roomsDisposed: r.afterAll[i].roomsDisposed,
      roomsLeftOpen: r.afterAll[i].rooms.length,
    })),
    timeline: r.timeline,
  });
}

main().catch((err) => {
  console.error(`soak failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
});
