// Colyseus' own error lines go through the museum's log: first line only, each kind once per interval with a count.
// A flood of sockets with made-up seats (each of which Colyseus answers with a stack) costs the log one line.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../../server/config";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";
import { COLYSEUS_ERROR_INTERVAL_MS, colyseusLogger } from "../../../server/observability/colyseusLog";

/** A pino logger whose lines land in an array. */
function capturedLog(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { log, lines };
}

describe("the Colyseus logger", () => {
  it("writes an error's first line once per interval, then how many were held back", () => {
    const { log, lines } = capturedLog();
    let now = 0;
    const logger = colyseusLogger(log, () => now);
    for (let i = 0; i < 50; i++) logger.error(`Error: seat reservation expired.\n    at Room.${i} (Room.js:1:1)`);
    expect(lines).toHaveLength(1);
    // A visitor's lapsed seat is a warning; a fault of the framework's own an error.
    expect(lines[0]).toMatchObject({ msg: "Error: seat reservation expired.", source: "colyseus", level: 40 });
    logger.error(new Error("another kind"));
    expect(lines[1]).toMatchObject({ msg: "Error: another kind", level: 50 });
    expect(lines).toHaveLength(2);
    now = COLYSEUS_ERROR_INTERVAL_MS;
    logger.error("Error: seat reservation expired.\n    at Room.x");
    expect(lines[2]).toMatchObject({ msg: "Error: seat reservation expired.", repeats: 49 });
    expect(JSON.stringify(lines)).not.toMatch(/\bat Room\./);
  });

  it("keeps Colyseus' other levels as the museum's, and survives values it cannot print", () => {
    const { log, lines } = capturedLog("debug");
    const logger = colyseusLogger(log);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    logger.info("ready");
    logger.warn(circular);
    logger.debug("x".repeat(1000));
    expect(lines.map((l) => l.level)).toEqual([30, 40, 20]);
    expect(lines[1].msg).toBe("(unprintable)");
    expect(String(lines[2].msg).length).toBeLessThan(310);
  });
});

describe("a running museum", () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const clientDir = path.join(tmpdir(), `bund-client-log-${process.pid}`);
  const { log, lines } = capturedLog();
  let server: MuseumServer;

  beforeAll(async () => {
    mkdirSync(clientDir, { recursive: true });
    writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");
    const dataDir = mkdtempSync(path.join(tmpdir(), "bund-colyseus-log-"));
    const config = { ...loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir }, root), clientDir };
    server = await startMuseumServer(config, { log });
  });
  afterAll(() => server?.close());

  it("logs one line, without a stack, for twenty sockets with made-up seats", async () => {
    const errors = vi.spyOn(console, "error");
    for (let i = 0; i < 20; i++) {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/proc${i}/room${i}?sessionId=madeup${i}`);
      await new Promise<void>((resolve) => {
        ws.on("close", () => resolve());
        ws.on("error", () => resolve());
      });
    }
    const fromColyseus = () => lines.filter((l) => l.source === "colyseus" && (l.level as number) >= 40);
    await vi.waitFor(() => expect(fromColyseus().length).toBeGreaterThanOrEqual(1));
    expect(fromColyseus()).toHaveLength(1);
    expect(JSON.stringify(fromColyseus())).not.toMatch(/\n\s+at /);
    expect(errors).not.toHaveBeenCalled();
  });
});
