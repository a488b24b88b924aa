// The nginx example (tools/cluster/nginx-site.conf) in front of two museum processes over a real Redis, each with a
// PUBLIC_ADDRESS under nginx's address: pages, API and matchmaking through any process, and every socket through its
// process's path to the process that holds its room. Only the example's TLS lines are left out (no certificate here).
// Needs Debian's nginx-light and redis-server (`.ci/run` installs both): without them this fails, saying so.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, type Room } from "colyseus.js";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../tools/cluster/freePort";
import { startMuseumProcess, type MuseumProcess } from "../../tools/cluster/museumProcess";
import { startLocalRedis, type LocalRedis } from "../../tools/cluster/redisServer";
import { leaveAll } from "../fixtures/roomClients";

const root = path.resolve(import.meta.dirname, "../..");
const NGINX = process.env.NGINX ?? "nginx";
const dir = mkdtempSync(path.join(tmpdir(), "bund-nginx-"));
let redis: LocalRedis | undefined;
let redisClient: Redis | undefined;
let nginx: ChildProcess | undefined;
let nginxLog = "";
let front = 0;
const museums: MuseumProcess[] = [];
const rooms: Room[] = [];

/** The example as an operator would install it, with this test's ports, and without the certificate lines. */
function siteConfig(ports: { front: number; node1: number; node2: number }): string {
  const site = readFileSync(path.join(root, "tools/cluster/nginx-site.conf"), "utf8");
  const tls = /^\s*(listen 443 ssl;|ssl_certificate(_key)?\s.*;)\s*$/gm;
  expect(site.match(tls), "the example's three TLS lines").toHaveLength(3);
  return site
    .replace(tls, "")
    .replace(/(server_name [^;]+;)/, `listen 127.0.0.1:${ports.front};\n    $1`)
    .replaceAll("127.0.0.1:2568", `127.0.0.1:${ports.node1}`)
    .replaceAll("127.0.0.1:2569", `127.0.0.1:${ports.node2}`);
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });

async function startNginx(site: string): Promise<void> {
  if (spawnSync(NGINX, ["-v"]).error)
    throw new Error(
      "nginx is not installed: install it with `apt-get install -y nginx-light` (`bash .ci/run` does this when it is missing), or set NGINX to its path.",
    );
  for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, t));
  writeFileSync(path.join(dir, "site.conf"), site);
  // One foreground process (no master, no user switch), everything under this test's folder.
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;\nmaster_process off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n` +
      ["body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((t) => `  ${t === "body" ? "client_body" : t}_temp_path ${dir}/${t};\n`)
        .join("") +
      `  include ${dir}/site.conf;\n}\n`,
  );
  const check = spawnSync(NGINX, ["-t", "-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`], {
    encoding: "utf8",
  });
  expect(check.status, `nginx -t refused the example:\n${check.stderr}`).toBe(0);
  nginx = spawn(NGINX, ["-p", dir, "-e", `${dir}/error.log`, "-c", `${dir}/nginx.conf`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  nginx.stderr!.on("data", (d) => (nginxLog += d));
  for (let i = 0; i < 100 && !(await answers(front)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(front))) throw new Error(`nginx did not listen on ${front}:\n${nginxLog}`);
}

/** Which of the two processes holds a room: from Colyseus' node announcements (SELF_HOSTNAME:PORT) in Redis. */
async function indexOfHost(processId: string): Promise<number> {
  const node = (await redisClient!.smembers("colyseus:nodes")).find((n) => n.startsWith(`${processId}/`));
  return museums.findIndex((m) => m.port === Number(node?.split(":").at(-1)));
}

const socketUrl = (room: Room) => new URL((room.connection.transport as unknown as { ws: { url: string } }).ws.url);

beforeAll(async () => {
  const clientDir = path.join(dir, "client");
  mkdirSync(clientDir);
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
  const [node1, node2] = [await freePort(), await freePort()];
  front = await freePort();
  redis = await startLocalRedis(); // throws "redis-server is not installed: …" without it
  redisClient = new Redis(redis.url);
  await startNginx(siteConfig({ front, node1, node2 }));
  // MAX_VISITORS 1: each join opens a room of its own, and a new room goes to the process with fewer rooms.
  const env = {
    REDIS_URL: redis.url,
    HOST: "127.0.0.1",
    SELF_HOSTNAME: "127.0.0.1",
    DATA_DIR: path.join(dir, "data"),
    CLIENT_DIR: clientDir,
    LOG_LEVEL: "warn",
    MAX_VISITORS: "1",
    TRUST_PROXY: "loopback",
  };
  for (const [i, port] of [node1, node2].entries()) {
    museums.push(
      await startMuseumProcess({
        name: `node-${i + 1}`,
        port,
        env: { ...env, PUBLIC_ADDRESS: `127.0.0.1:${front}/node-${i + 1}` },
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  await leaveAll(rooms);
  await Promise.all(museums.map((m) => m.stop()));
  nginx?.kill("SIGTERM");
  redisClient?.disconnect();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("the nginx example in front of two museum processes", () => {
  it("serves pages and the API through nginx, and a page's matchmaking from its own origin is let in", async () => {
    const page = await fetch(`http://127.0.0.1:${front}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Digital Bund");
    expect((await fetch(`http://127.0.0.1:${front}/api/tours`)).status).toBe(200);
    // The browser's Origin is nginx's address; the process sees it as its own through X-Forwarded-Host/-Proto.
    const seat = await fetch(`http://127.0.0.1:${front}/matchmake/joinOrCreate/museum`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: `http://127.0.0.1:${front}` },
      body: JSON.stringify({ name: "From the page", sceneId: "bund" }),
    });
    expect(seat.status, await seat.clone().text()).toBe(200);
    const room = await new Client(`ws://127.0.0.1:${front}`).consumeSeatReservation(await seat.json());
    rooms.push(room);
  });

  it("each visitor's socket goes through its process's path to the process that holds the room", async () => {
    const client = new Client(`ws://127.0.0.1:${front}`);
    const hosts = new Set<number>();
    // A new room opens in the process with fewer rooms: a few joins land in both.
    for (let i = 0; i < 4 && hosts.size < 2; i++) {
      // Room counts reach Redis about once a second; wait until they count every room so far.
      await vi.waitFor(
        async () =>
          expect(
            Object.values(await redisClient!.hgetall("roomcount")).reduce((n, v) => n + Number(v.split(",")[0]), 0),
          ).toBe(rooms.length),
        { timeout: 5000 },
      );
      const room = await client.joinOrCreate("museum", { name: `Visitor ${i}`, sceneId: "bund" });
      rooms.push(room);
      const listing = JSON.parse((await redisClient!.hget("roomcaches", room.roomId))!) as { processId: string };
      const host = await indexOfHost(listing.processId);
      expect(host).toBeGreaterThanOrEqual(0);
      hosts.add(host);
      // Through nginx, under the path of the process that holds the room (joined: that process took the socket).
      const url = socketUrl(room);
      expect(url.host).toBe(`127.0.0.1:${front}`);
      expect(url.pathname).toBe(`/node-${host + 1}/${listing.processId}/${room.roomId}`);
    }
    expect(hosts.size, "the two rooms live in different processes").toBe(2);
  });
});
