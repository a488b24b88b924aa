// The naive baseline for bench:net: every pose kept as plain floats and the whole map broadcast as JSON, 20 times a
// second, to everyone. Not part of the museum: bench/netServer.ts registers it as "json-baseline".
import { Room, type Client } from "@colyseus/core";
import { DEFAULT_EYE_HEIGHT } from "../common/measures";

interface BaselinePose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
  name: string;
}

const BROADCAST_MS = 50;
const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

export class JsonBaselineRoom extends Room {
  private readonly poses: Record<string, BaselinePose> = {};
  private timer: NodeJS.Timeout | undefined;

  override onCreate(): void {
    this.maxClients = 1000;
    this.onMessage("pose", (client, m: Partial<BaselinePose> | undefined) => {
      const p = this.poses[client.sessionId];
      if (!p || typeof m !== "object" || m === null) return;
      p.x = num(m.x, p.x);
      p.y = num(m.y, p.y);
      p.z = num(m.z, p.z);
      p.yaw = num(m.yaw, p.yaw);
      p.pitch = num(m.pitch, p.pitch);
    });
    this.timer = setInterval(() => this.broadcastPoses(), BROADCAST_MS);
  }

  /** The baseline's counterpart of a patch (a method of its own so the bench can time it like broadcastPatch). */
  broadcastPoses(): void {
    this.broadcast("poses", JSON.stringify(this.poses));
  }

  override onJoin(client: Client, options: { name?: unknown }): void {
    const name = typeof options?.name === "string" ? options.name.slice(0, 40) : "Visitor";
    this.poses[client.sessionId] = { x: 0, y: DEFAULT_EYE_HEIGHT, z: 0, yaw: 0, pitch: 0, name };
  }

  override onLeave(client: Client): void {
    delete this.poses[client.sessionId];
  }

  override onDispose(): void {
    clearInterval(this.timer);
  }
}
