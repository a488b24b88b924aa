// One address in front of several museum processes: HTTP requests (pages, REST, matchmaking) go round the live
// processes; a multiplayer socket goes to the process that hosts its room. Colyseus 0.16 clients open the socket at
// /<processId>/<roomId>, and each process announces "<processId>/<host>:<port>" through Redis (Colyseus' node
// discovery: the set colyseus:nodes and the channel colyseus:nodes:discovery), which is how this proxy knows where.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";

const NODES_SET = "colyseus:nodes";
const DISCOVERY_CHANNEL = "colyseus:nodes:discovery";
/** How long a process that refused a connection is passed over (it may be restarting, or dead since kill -9). */
const DOWN_MS = 5000;

export interface ProxyNode {
  processId: string;
  host: string;
  port: number;
}

export interface ClusterProxy {
  port: number;
  url: string;
  /** The processes known now, from Redis. */
  nodes(): ProxyNode[];
  close(): Promise<void>;
}

export interface ClusterProxyOptions {
  redisUrl: string;
  port: number;
  host?: string;
  log?: (line: string) => void;
}

/** "<processId>/<host>:<port>" as Colyseus announces a node; null when it has no port (a process on PORT=0). */
export function parseNodeAddress(entry: string): ProxyNode | null {
  const m = /^([^/]+)\/(.+):(\d+)$/.exec(entry);
  return m ? { processId: m[1], host: m[2], port: Number(m[3]) } : null;
}

/** The process id a socket URL names (/<processId>/<roomId>?…), if any. */
export function processIdOf(url: string | undefined): string | undefined {
  const m = /^\/([\w-]+)\/[\w-]+(?:\?|$)/.exec(url ?? "");
  return m?.[1];
}

export async function startClusterProxy(o: ClusterProxyOptions): Promise<ClusterProxy> {
  const log = o.log ?? (() => undefined);
  const nodes = new Map<string, ProxyNode>();
  const downUntil = new Map<string, number>();
  const key = (n: ProxyNode) => `${n.host}:${n.port}`;
  const apply = (op: string, entry: string) => {
    const n = parseNodeAddress(entry);
    if (!n) return log(`ignoring a process announced without a port: ${entry}`);
    if (op === "add") {
      nodes.set(n.processId, n);
      downUntil.delete(key(n));
      log(`process ${n.processId} at ${key(n)} joined`);
    } else if (op === "remove" && nodes.delete(n.processId)) {
      log(`process ${n.processId} at ${key(n)} left`);
    }
  };

  const redis = new Redis(o.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(o.redisUrl, { lazyConnect: true });
  redis.on("error", () => undefined);
  sub.on("error", () => undefined);
  await Promise.all([redis.connect(), sub.connect()]);
  sub.on("message", (_channel, raw: string) => {
    let text = raw;
    try {
      text = JSON.parse(raw); // RedisPresence.publish JSON-encodes
    } catch {
      // a plain string
    }
    const comma = String(text).indexOf(",");
    if (comma > 0) apply(String(text).slice(0, comma), String(text).slice(comma + 1));
  });
  await sub.subscribe(DISCOVERY_CHANNEL);
  for (const entry of await redis.smembers(NODES_SET)) apply("add", entry);

  let turn = 0;
  /** Round the live processes, one address each (a restarted process may be listed under an old id too). */
  const next = (): ProxyNode | undefined => {
    const now = Date.now();
    const live = [...new Map([...nodes.values()].map((n) => [key(n), n])).values()].filter(
      (n) => (downUntil.get(key(n)) ?? 0) <= now,
    );
    return live.length ? live[turn++ % live.length] : undefined;
  };
  const markDown = (n: ProxyNode) => downUntil.set(key(n), Date.now() + DOWN_MS);
  const forwardedFor = (req: http.IncomingMessage) =>
    [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");

  // No keep-alive to the processes: a pooled socket the process has just closed would fail a request (a 502) that a
  // fresh loopback connection, a fraction of a millisecond, serves.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const node = next();
    if (!node)
      return void res
        .writeHead(503, { "content-type": "application/json", "retry-after": "2" })
        .end(JSON.stringify({ error: "No museum process is up yet: try again in a moment" }));
    const up = http.request(
      {
        host: node.host,
        port: node.port,
        method: req.method,
        path: req.url,
        agent,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor(req) },
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ECONNREFUSED") markDown(node);
      if (!res.headersSent)
        res
          .writeHead(502, { "content-type": "application/json" })
          .end(JSON.stringify({ error: "The museum process did not answer: try again" }));
      else res.destroy();
    });
    req.pipe(up);
  });

  const tunnels = new Set<net.Socket>();
  server.on("upgrade", (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    tunnels.add(socket);
    socket.once("close", () => tunnels.delete(socket));
    const pid = processIdOf(req.url);
    const node = (pid && nodes.get(pid)) || next();
    if (!node) return void socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
    const up = net.connect(node.port, node.host, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i].toLowerCase() !== "x-forwarded-for")
          lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      }
      lines.push(`X-Forwarded-For: ${forwardedFor(req)}`);
      up.write(`${lines.join("\r\n")}\r\n\r\n`);
      if (head.length) up.write(head);
      socket.pipe(up).pipe(socket);
    });
    // Small frames at 20 Hz: no Nagle delay on either leg.
    socket.setNoDelay(true);
    up.setNoDelay(true);
    up.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ECONNREFUSED") markDown(node);
      socket.destroy();
    });
    socket.on("error", () => up.destroy());
    socket.on("close", () => up.destroy());
    up.on("close", () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}`,
    nodes: () => [...nodes.values()],
    async close() {
      server.closeAllConnections();
      for (const s of tunnels) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
      sub.disconnect();
      redis.disconnect();
    },
  };
}
