// Assembles one museum server process: config → scenes → HTTP app → Colyseus rooms, on one port.
import { Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Config } from "./config";
import { startCertificates } from "./certificates/startCertificates";
import { loadCatalog } from "./content/loadCatalog";
import { loadScenes } from "./content/loadScenes";
import { startGuidedTours } from "./guidedTours";
import { createApp } from "./http/app";
import { catalogRouter } from "./http/catalogApi";
import { strokeDataRouter } from "./http/strokeDataApi";
import { loadStrokeData } from "./content/strokeData";
import { guardMatchmaking } from "./http/matchmakeGuard";
import { operationsApi } from "./http/operationsApi";
import { securityHeaders } from "./http/securityHeaders";
import { notReadyReason, type Health } from "./observability/health";
import { colyseusLogger } from "./observability/colyseusLog";
import { createLogger } from "./observability/logger";
import type { MuseumMetrics } from "./observability/metrics";
import { createObservability } from "./observability/museumObservability";
import { MuseumRoom, type MuseumRoomSettings } from "./rooms/MuseumRoom";
import { MAX_FRAME_BYTES } from "./rooms/roomSettings";
import { roomScenes } from "./rooms/roomSetup";
import { originAllowed, trustFunction, visitorAddress } from "./http/requestOrigin";
import { createAddressTally } from "./logic/addressTally";
import { createRoomQuota } from "./logic/roomQuota";
import { installSchemaStringGuard } from "./rooms/schemaStrings";
import { connectScaleOut } from "./scaleOut/redisScaleOut";
import { startVoiceHub } from "./voice/voiceHub";
import { certificatesRouter } from "./http/certificatesApi";

/** How long HTTP responses still streaming at shutdown may go on (well inside the shutdown deadline). */
const HTTP_DRAIN_MS = 2_000;

export interface MuseumServer {
  port: number;
  url: string;
  log: Logger;
  /** Readiness: `health.setDraining()` turns /readyz to 503 when shutting down. */
  health: Health;
  metrics: MuseumMetrics;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Serve the client through Vite's dev middleware (hot reload) instead of the build. */
  dev?: boolean;
  log?: Logger;
  /** Start the voice media server with the museum (npm start); otherwise it starts for the first voice call. */
  warmVoice?: boolean;
}

export async function startMuseumServer(config: Config, opts: StartOptions = {}): Promise<MuseumServer> {
  const log = opts.log ?? createLogger(config);
  installSchemaStringGuard(); // before any room encodes a string: well-formed, with the length the decoder reads
  const ops = createObservability(log);
  const scenes = loadScenes(config.scenesDir);
  log.info({ scenes: scenes.ids() }, "scenes validated");
  const catalog = loadCatalog(config.assetsDir, scenes);
  log.info({ items: catalog.size() }, "catalog validated against the halls");
  ops.health.ready("content");
  // With REDIS_URL, matchmaking and presence are shared with the other processes; without it, all stays in memory.
  const scaleOut = config.redisUrl
    ? await connectScaleOut({ redisUrl: config.redisUrl, port: config.port, env: process.env, log })
    : undefined;

  const tours = startGuidedTours(config, scenes, log, "museum", catalog);
  const certificates = await startCertificates(config, log).catch((err) => {
    tours.close();
    throw err;
  });
  // The media server runs in its own process, forked here and restarted if it dies (server/voice/).
  const v = config.voice;
  const voice = v.enabled
    ? startVoiceHub(
        {
          media: { announcedAddress: v.announcedAddress, portRange: v.portRange, loopbackOnly: v.loopbackOnly },
          iceServers: v.iceServers,
        },
        log,
      )
    : undefined;
  const httpServer = http.createServer();
  let vite: { close(): Promise<void>; middlewares: import("express").RequestHandler } | undefined;
  if (opts.dev) {
    const { createServer } = await import("vite");
    vite = await createServer({ configFile: "vite.config.ts", server: { middlewareMode: true }, appType: "spa" });
  }
  const notAdmitting = () => {
    const r = ops.health.report();
    return r.ready ? null : notReadyReason(r);
  };
  const app = createApp({
    notAdmitting,
    scenes,
    assetsDir: config.assetsDir,
    clientDir: config.clientDir,
    log,
    devMiddleware: vite?.middlewares,
    operations: operationsApi(ops.health, ops.metrics, config.metricsToken),
    trustProxy: config.trustProxy,
    apiRouters: [
      catalogRouter(catalog, scenes),
      strokeDataRouter(loadStrokeData()),
      certificatesRouter(certificates.log),
      ...tours.routers,
    ],
  });
  httpServer.on("request", app);

  const limits = config.admissionLimits;
  const trust = trustFunction(config.trustProxy);
  const sockets = createAddressTally(limits.socketsPerAddress);
  const transport = new WebSocketTransport({
    server: httpServer,
    WebSocket: ops.socketClass,
    maxPayload: MAX_FRAME_BYTES,
    // The whole origin (scheme, host, port) must be ours or allowed; then one socket more for this address, given
    // back when its TCP connection closes (whatever became of the upgrade).
    verifyClient: (
      info: { origin?: string; req: http.IncomingMessage },
      answer: (ok: boolean, status?: number, message?: string) => void,
    ) => {
      if (!originAllowed(info.origin, info.req, config.allowedOrigins, trust))
        return answer(false, 403, "Origin not allowed");
      const address = visitorAddress(info.req, trust);
      if (!sockets.take(address)) return answer(false, 429, "Too many connections from your address");
      info.req.socket.once("close", () => sockets.give(address));
      answer(true);
    },
  });
  // No Colyseus signal handlers: server/lifecycle stops the process, after the rooms have kept their tours.
  // Colyseus logs through the museum's log, throttled: its transport would print a stack per refused socket.
  const gameServer = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    presence: scaleOut?.presence,
    driver: scaleOut?.driver,
    publicAddress: config.publicAddress,
    logger: colyseusLogger(log),
  });
  const verifyTicket = tours.roomSettings.tours?.tickets;
  const admission = {
    sceneExists: (id: string) => scenes.get(id) !== undefined,
    verifyTicket: (ticket: string) => verifyTicket?.verify(ticket) ?? null,
    verifyGuide: (token: string) => tours.roomSettings.verifyGuide?.(token) ?? null,
  };
  const rooms = createRoomQuota({ perAddressPerMinute: limits.roomsPerAddressPerMinute, total: limits.maxRooms });
  guardMatchmaking(httpServer, app, securityHeaders(opts.dev), notAdmitting, {
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    admission,
    rooms,
  });
  const seatLimits = {
    holds: { perAddress: limits.seatHoldsPerAddress, perRoom: limits.seatHoldsPerRoom },
    holdSeconds: limits.seatHoldSeconds,
    rooms,
  };
  const settings: MuseumRoomSettings = {
    scenes: roomScenes(scenes),
    maxVisitors: config.maxVisitors,
    reconnectGraceSeconds: config.reconnectGraceSeconds,
    observer: ops.roomObserver,
    admission: seatLimits,
    voice,
    ...tours.roomSettings,
  };
  ops.watch(gameServer.define("museum", MuseumRoom, { settings }));
  try {
    await gameServer.listen(config.port, config.host);
  } catch (err) {
    await vite?.close();
    await voice?.stop();
    tours.close();
    certificates.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE")
      throw new Error(
        `Port ${config.port} is already in use. Stop the other server or set PORT to a free port (e.g. PORT=3000 npm start).`,
        { cause: err },
      );
    throw err;
  }
  // Tours that were live when the last process stopped (or was killed) get rooms again before anyone is let in.
  await tours.restore().catch((err) => log.error({ err }, "live tours could not be restored"));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  ops.health.ready("rooms");
  if (opts.warmVoice) voice?.media.warm();
  log.info({ url }, "Digital Bund is open");

  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    log,
    health: ops.health,
    metrics: ops.metrics,
    close() {
      ops.health.setDraining();
      closing ??= (async () => {
        await gameServer.gracefullyShutdown(false).catch((err) => log.warn({ err }, "room shutdown"));
        await vite?.close();
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeIdleConnections();
          // A narration's audio or a model still streaming would hold the close until the deadline (exit code 1);
          // every page has been told the museum is restarting, so what is left is cut after a short grace.
          setTimeout(() => httpServer.closeAllConnections(), HTTP_DRAIN_MS).unref();
        });
        await voice?.stop();
        tours.close();
        certificates.close();
      })();
      return closing;
    },
  };
}
