// How the process ends (server/lifecycle/shutdownSignals.ts), with a stand-in for `process`: one signal closes the
// museum and exits 0; a second exits at once; a hung shutdown exits 1 after the deadline; an uncaught exception
// closes the museum and exits 1.
import { EventEmitter } from "node:events";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installShutdown, SHUTDOWN_DEADLINE_MS } from "../../../server/lifecycle/shutdownSignals";

function fakeProcess() {
  const proc = new EventEmitter() as EventEmitter & { exit: ReturnType<typeof vi.fn> };
  proc.exit = vi.fn();
  return proc;
}

function museum(close: () => Promise<void>) {
  return { log: pino({ level: "silent" }), close: vi.fn(close) };
}

afterEach(() => vi.useRealTimers());

describe("ending the process", () => {
  it("SIGTERM closes the museum, then exits 0", async () => {
    const proc = fakeProcess();
    const server = museum(async () => undefined);
    installShutdown(server, proc as unknown as NodeJS.Process);
    proc.emit("SIGTERM");
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(0));
    expect(server.close).toHaveBeenCalledTimes(1);
  });

  it("a second signal while closing exits at once, without closing twice", async () => {
    const proc = fakeProcess();
    const server = museum(() => new Promise(() => undefined));
    installShutdown(server, proc as unknown as NodeJS.Process);
    proc.emit("SIGINT");
    proc.emit("SIGINT");
    expect(proc.exit).toHaveBeenCalledWith(1);
    expect(server.close).toHaveBeenCalledTimes(1);
  });

  it("a shutdown that hangs is cut off at the deadline with exit code 1", () => {
    vi.useFakeTimers();
    const proc = fakeProcess();
    installShutdown(
      museum(() => new Promise(() => undefined)),
      proc as unknown as NodeJS.Process,
    );
    proc.emit("SIGTERM");
    vi.advanceTimersByTime(SHUTDOWN_DEADLINE_MS - 1);
    expect(proc.exit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(proc.exit).toHaveBeenCalledWith(1);
  });

  it("an uncaught exception closes the museum (its tours kept) and exits 1, so a supervisor restarts it", async () => {
    const proc = fakeProcess();
    const server = museum(async () => undefined);
    installShutdown(server, proc as unknown as NodeJS.Process);
    proc.emit("uncaughtException", new Error("boom"));
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(1));
    expect(server.close).toHaveBeenCalledTimes(1);
  });

  it("a failed shutdown exits 1", async () => {
    const proc = fakeProcess();
    installShutdown(
      museum(async () => Promise.reject(new Error("store busy"))),
      proc as unknown as NodeJS.Process,
    );
    proc.emit("SIGTERM");
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(1));
  });
});
