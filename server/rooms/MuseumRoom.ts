// The one room type of the museum: validates who joins and keeps the visitor list; rules live in server/logic.
import { Room, type Client } from "@colyseus/core";
import { JoinOptionsSchema, type JoinOptions } from "../../common/messages";
import { cleanDisplayName } from "../../common/displayName";
import { createMuseumState, Visitor, type MuseumState } from "./schema/MuseumState";

export class MuseumRoom extends Room<MuseumState> {
  override maxClients = 100;

  override onCreate(): void {
    this.setState(createMuseumState());
  }

  /** Runs before onJoin; a throw here refuses the join with the message. */
  override onAuth(_client: Client, options: unknown): JoinOptions {
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success) throw new Error(`Invalid join options: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
    return parsed.data;
  }

  override onJoin(client: Client, _options: unknown, auth: JoinOptions): void {
    const visitor = new Visitor();
    visitor.name = cleanDisplayName(auth.name) || "Visitor";
    visitor.sceneId = auth.sceneId;
    this.state.visitors.set(client.sessionId, visitor);
  }

  override onLeave(client: Client): void {
    this.state.visitors.delete(client.sessionId);
  }

  override onUncaughtException(err: Error, methodName: string): void {
    // Without this, Colyseus 0.16 turns a throwing handler into a process shutdown.
    console.error(`MuseumRoom ${this.roomId}: ${methodName} failed`, err);
  }
}
