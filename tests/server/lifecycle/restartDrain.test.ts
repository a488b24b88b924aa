// Draining for a restart, in one process: once the shutdown has begun the museum is not ready (so a balancer sends no
// one new), a join that would open a room is refused with a reason, and a visitor already in is told and let go.
import { matchMaker } from "@colyseus/core";
import { Client } from "colyseus.js";
import pino from "pino";
import net from "node:net";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CloseCode, MessageType, type MuseumRestartingMessage } from "../../../common/messageTypes";
import { loadConfig } from "../../../server/config";
import { startMuseumServer } from "../../../server/museumServer";
import { museumDirs } from "../../fixtures/museumProcess";

const root = path.resolve(import.meta.dirname, "../../..");

describe("draining for a restart", () => {
  it("stops joins, tells the visitors, and closes their sockets with ServerRestarting", async () => {
    const dirs = museumDirs();
    const config = loadConfig(
      { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dirs.dataDir, CLIENT_DIR: dirs.clientDir },
      root,
    );
    const server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
    expect(server.health.report().ready).toBe(true);
    const visitor = await new Client(`ws://127.0.0.1:${server.port}`).joinOrCreate("museum", {
      name: "Ada",
      sceneId: "bund",
    });
    const told: MuseumRestartingMessage[] = [];
    visitor.onMessage(MessageType.MuseumRestarting, (m: MuseumRestartingMessage) => told.push(m));
    const closed = new Promise<number>((resolve) => visitor.onLeave(resolve));
    // One round trip, so the server has taken the join's acknowledgement (until then it holds messages back).
    await new Promise((resolve) => {
      visitor.onMessage(MessageType.Clock, resolve);
      visitor.send(MessageType.Clock, { t: Date.now() });
    });

    const closing = server.close();
    expect(server.health.report()).toMatchObject({ ready: false, draining: true });
    await vi.waitFor(() => expect(matchMaker.state).toBe(matchMaker.MatchMakerState.SHUTTING_DOWN), { interval: 1 });
    await expect(matchMaker.joinOrCreate("museum", { name: "Bo", sceneId: "bund" })).rejects.toThrow(
      /The museum is restarting/,
    );

    expect(await closed).toBe(CloseCode.ServerRestarting);
    expect(told).toEqual([{ graceSec: 120 }]);
    await closing;
  });

  it("does not wait on a request still being sent: it is cut after a short grace, and the close completes", async () => {
    const dirs = museumDirs();
    const config = loadConfig(
      { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dirs.dataDir, CLIENT_DIR: dirs.clientDir },
      root,
    );
    const server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
    // A sign-in whose body never finishes: the connection is busy, not idle, so a plain close would wait for it.
    const socket = net.connect(server.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      "POST /api/guides/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"name":',
    );
    const cut = new Promise((resolve) => socket.once("close", resolve));
    await server.close();
    await cut;
    expect(socket.destroyed).toBe(true);
  });
});
