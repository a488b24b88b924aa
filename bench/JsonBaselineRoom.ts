// The naive baseline for bench:net: every pose kept as plain floats and the whole map broadcast as JSON, 20 times a
// second, to everyone. Not part of the museum: bench/netServer.ts registers it as "json-baseline".
import { Room, type Client } from "@colyseus/core";

interface BaselinePose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
  name: string;
}

export interface JsonBaselineOptions {
  /** Called with the wall and process-CPU milliseconds each broadcast took (the baseline's counterpart of a patch). */
  recordTick?: (wallMs: number, cpuMs: number) => void;
}

const BROADCAST_MS = 50;
const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

export class JsonBaselineRoom extends Room {
  private readonly poses: Record<string, BaselinePose> = {};
  private timer: NodeJS.Timeout | undefined;

  override onCreate(options: JsonBaselineOptions): void {
    this.maxClients = 1000;
    const record = typeof options?.recordTick === "function" ? options.recordTick : undefined;
    this.onMessage("pose", (client, m: Partial<BaselinePose> | undefined) => {
      const p = this.poses[client.sessionId];
      if (!p || typeof m !== "object" || m === null) return;
      p.x = num(m.x, p.x);
      p.y = num(m.y, p.y);
      p.z = num(m.z, p.z);
      p.yaw = num(m.yaw, p.yaw);
      p.pitch = num(m.pitch, p.pitch);
    });
    this.timer = setInterval(() => {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      this.broadcast("poses", JSON.stringify(this.poses));
      const cpu = process.cpuUsage(cpu0);
      record?.(Number(process.hrtime.bigint() - t0) / 1e6, (cpu.user + cpu.system) / 1000);
    }, BROADCAST_MS);
  }

  override onJoin(client: Client, options: { name?: unknown }): void {
    const name = typeof options?.name === "string" ? options.name.slice(0, 40) : "Visitor";
    this.poses[client.sessionId] = { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0, name };
  }

  override onLeave(client: Client): void {
    delete this.poses[client.sessionId];
  }

  override onDispose(): void {
    clearInterval(this.timer);
  }
}
