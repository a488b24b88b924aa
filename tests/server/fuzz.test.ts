// Thousands of random and mutated frames over raw WebSockets against a running museum server; afterwards the
// server answers, the bystander is untouched, and a normal visitor still joins.
import { Client, type Room } from "colyseus.js";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { MessageType } from "../../common/messageTypes";
import { poseGrid, poseMessageOf, quantizePose } from "../../common/pose";
import { loadConfig } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

const root = path.resolve(import.meta.dirname, "../..");
const clientDir = path.join(tmpdir(), `bund-fuzz-client-${process.pid}`);
mkdirSync(clientDir, { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>fuzz</title>");

let server: MuseumServer;
let bystander: Room;
const grid = poseGrid({ minX: -200, maxX: 470, minZ: -330, maxZ: 1330 });

// A seeded generator, so a failure can be replayed.
let seed = 20261124;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const int = (n: number) => Math.floor(rand() * n);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));

/** Msgpack-ish payloads: valid frames of the real protocol, then mutated. */
function frames(validPose: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < 800; i++) out.push(bytes(1 + int(64))); // random bytes
  for (let i = 0; i < 800; i++) {
    const f = Uint8Array.from(validPose); // a real pose frame with bytes flipped
    for (let k = 0; k < 1 + int(4); k++) f[int(f.length)] = int(256);
    out.push(f);
  }
  for (let i = 0; i < 400; i++) out.push(validPose.subarray(0, int(validPose.length))); // truncated
  for (let i = 0; i < 400; i++) out.push(Uint8Array.from([13, ...bytes(int(40))])); // ROOM_DATA with garbage
  for (let i = 0; i < 200; i++) out.push(Uint8Array.from([int(30), ...bytes(int(20))])); // unknown protocol codes
  return out;
}

async function openRaw(room: Room): Promise<WebSocket> {
  // The same room, joined the ordinary way, then used as a raw socket.
  return (room.connection as any).transport.ws as WebSocket;
}

beforeAll(async () => {
  const config = { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, root), clientDir };
  server = await startMuseumServer(config, { log: pino({ level: "silent" }) });
  bystander = await new Client(`ws://127.0.0.1:${server.port}`).joinOrCreate("museum", { name: "Bystander", sceneId: "bund" });
  bystander.send(MessageType.Pose, poseMessageOf(quantizePose({ x: 20, y: 1.6, z: 300, yaw: 0, pitch: 0 }, grid)));
});
afterAll(async () => {
  await bystander?.leave(true).catch(() => undefined);
  await server?.close();
});

describe("fuzzing the museum server", () => {
  it("survives 10,000 hostile frames from many connections, and nobody else notices", async () => {
    const endpoint = `ws://127.0.0.1:${server.port}`;
    let sent = 0;
    let attackerClosures = 0;
    let bystanderLeft = false;
    bystander.onLeave(() => (bystanderLeft = true));
    await vi.waitFor(() => expect((bystander.state as any).visitors.get(bystander.sessionId)?.z).toBeDefined());
    const before = JSON.stringify((bystander.state as any).visitors.get(bystander.sessionId).toJSON());

    // A valid pose frame as the client library encodes it, to mutate.
    let validPose = new Uint8Array();
    const probe = await new Client(endpoint).joinOrCreate("museum", { name: "Probe", sceneId: "bund" });
    const probeWs = await openRaw(probe);
    const realSend = probeWs.send.bind(probeWs);
    (probeWs as any).send = (data: ArrayBuffer | Uint8Array) => {
      const frame = data instanceof Uint8Array ? Uint8Array.from(data) : new Uint8Array(data);
      if (frame[0] === 13) validPose = frame; // ROOM_DATA: a message, not the join handshake
      realSend(data);
    };
    probe.send(MessageType.Pose, [1, 1600, 1, 0, 0]);
    await probe.leave(true);
    expect(validPose.length).toBeGreaterThan(4);

    const all = frames(validPose);
    // Each attacker sends fewer frames than its rate burst, so every frame is decoded and judged rather than
    // dropped unread; eight attack at once, and a fresh one joins when the server has closed one.
    const attack = async (from: number) => {
      const attacker = await new Client(endpoint).joinOrCreate("museum", { name: `Fuzz${from}`, sceneId: "bund" });
      const ws = await openRaw(attacker);
      const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
      for (let i = 0; i < 25 && ws.readyState === WebSocket.OPEN; i++) ws.send(all[(from + i) % all.length]);
      await Promise.race([closed, new Promise((r) => setTimeout(r, 150))]);
      if (ws.readyState !== WebSocket.OPEN) attackerClosures++;
      else await attacker.leave(true).catch(() => undefined);
    };
    while (sent < 10_000) {
      await Promise.all(Array.from({ length: 8 }, (_, k) => attack(sent + k * 25)));
      sent += 8 * 25;
    }
    // And sockets that never joined: random paths, random bytes.
    for (let i = 0; i < 20; i++) {
      const ws = new WebSocket(`${endpoint}/${Math.random().toString(36).slice(2)}?sessionId=x`);
      await new Promise<void>((resolve) => {
        ws.on("open", () => {
          ws.send(bytes(32));
          ws.close();
        });
        ws.on("close", () => resolve());
        ws.on("error", () => resolve());
      });
    }

    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(attackerClosures).toBeGreaterThan(0); // the streams of garbage were cut off, as they should be
    // The server answers HTTP, the bystander is still there and unchanged, and a newcomer joins and moves.
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    expect(bystanderLeft).toBe(false);
    expect(JSON.stringify((bystander.state as any).visitors.get(bystander.sessionId).toJSON())).toBe(before);
    const newcomer = await new Client(endpoint).joinOrCreate("museum", { name: "Newcomer", sceneId: "bund" });
    newcomer.send(MessageType.Pose, poseMessageOf(quantizePose({ x: 25, y: 1.6, z: 310, yaw: 0, pitch: 0 }, grid)));
    await vi.waitFor(() => expect((bystander.state as any).visitors.get(newcomer.sessionId)?.name).toBe("Newcomer"));
    await newcomer.leave(true);
  }, 120_000);
});
