// The museum room as it stands after the foundation: visitors join with a clean name; bad join options are refused.
import { boot, type ColyseusTestServer } from "@colyseus/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MuseumRoom } from "../../server/rooms/MuseumRoom";

let colyseus: ColyseusTestServer;

beforeAll(async () => {
  colyseus = await boot({ initializeGameServer: (gs) => gs.define("museum", MuseumRoom) }, 2601);
});
afterAll(() => colyseus?.shutdown());

describe("MuseumRoom", () => {
  it("a visitor joins with a cleaned display name and scene", async () => {
    const room = await colyseus.createRoom("museum", {});
    const client = await colyseus.connectTo(room, { name: "  <i>Ba</i> Jin  ", sceneId: "bund" });
    await vi.waitFor(() => expect(room.state.visitors.size).toBe(1));
    const v = room.state.visitors.get(client.sessionId)!;
    expect(v.name).toBe("Ba Jin");
    expect(v.sceneId).toBe("bund");
    await vi.waitFor(() => expect((client.state as any).visitors.get(client.sessionId).name).toBe("Ba Jin"));
    await client.leave();
    await vi.waitFor(() => expect(room.state.visitors.size).toBe(0));
  });

  it.each([
    [{}, /name/],
    [{ name: "x".repeat(500), sceneId: "bund" }, /too long/],
    [{ name: "A", sceneId: "../etc" }, /sceneId/],
    [{ name: "A", sceneId: "bund", admin: true }, /admin/],
  ])("refuses join options %o with a message", async (options, message) => {
    const room = await colyseus.createRoom("museum", {});
    await expect(colyseus.connectTo(room, options as any)).rejects.toThrow(message);
    expect(room.state.visitors.size).toBe(0);
  });
});
