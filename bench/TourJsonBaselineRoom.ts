// The naive baseline for bench:tour: the tour kept as a plain object and, on every guide command, the whole of it
// broadcast as JSON to everyone (gather: every member's new place, to everyone). Not part of the museum:
// bench/tourServer.ts registers it as "tour-json-baseline".
import { Room, type Client } from "@colyseus/core";

interface BaselineMember {
  name: string;
  x: number;
  z: number;
  yaw: number;
  follow: number;
  hand: number;
}

interface BaselineTour {
  code: string;
  guide: string;
  guideName: string;
  stop: number;
  stopCount: number;
  narration: { playing: boolean; startedAt: number; offsetMs: number };
  announcement: string;
  announceSeq: number;
  layer: "1937" | "today";
  lockRadius: number;
  members: Record<string, BaselineMember>;
}

export class TourJsonBaselineRoom extends Room {
  private readonly tour: BaselineTour = {
    code: "BASE23",
    guide: "",
    guideName: "Guide",
    stop: 0,
    stopCount: 8,
    narration: { playing: false, startedAt: Date.now(), offsetMs: 0 },
    announcement: "",
    announceSeq: 0,
    layer: "1937",
    lockRadius: 0,
    members: {},
  };

  override onCreate(): void {
    this.maxClients = 1000;
    const command = (type: string, change: (m: Record<string, unknown>) => void) =>
      this.onMessage(type, (_client, m: unknown) => {
        change(typeof m === "object" && m !== null ? (m as Record<string, unknown>) : {});
        this.broadcast("tour", JSON.stringify(this.tour));
      });
    command("tour:next", () => (this.tour.stop = (this.tour.stop + 1) % this.tour.stopCount));
    command("tour:goto", (m) => (this.tour.stop = Number(m.stop) || 0));
    command("tour:narration", (m) => {
      const now = Date.now();
      this.tour.narration = { playing: m.action === "play", startedAt: now, offsetMs: this.tour.narration.offsetMs };
    });
    command("tour:announce", (m) => {
      this.tour.announcement = String(m.text ?? "").slice(0, 200);
      this.tour.announceSeq++;
    });
    command("tour:layer", (m) => (this.tour.layer = m.layer === "today" ? "today" : "1937"));
    command("tour:gather", () => {
      const ids = Object.keys(this.tour.members);
      ids.forEach((id, i) => {
        const a = (i / ids.length) * Math.PI - Math.PI / 2;
        Object.assign(this.tour.members[id], {
          x: 44 + Math.sin(a) * (2.5 + Math.floor(i / 12)),
          z: 330 + Math.cos(a) * 2.5,
          yaw: a + Math.PI,
        });
      });
    });
  }

  override onJoin(client: Client, options: { name?: unknown }): void {
    const name = typeof options?.name === "string" ? options.name.slice(0, 40) : "Visitor";
    this.tour.guide ||= client.sessionId;
    this.tour.members[client.sessionId] = { name, x: 44, z: 330, yaw: 0, follow: 0, hand: 0 };
  }

  override onLeave(client: Client): void {
    delete this.tour.members[client.sessionId];
  }
}
