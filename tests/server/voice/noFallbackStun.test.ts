// werift falls back to Google's STUN server when it is given none; the media server's peers must not (nothing leaves
// the origin), unless the deployment configured a STUN server itself.
import { MediaStreamTrack, RTCPeerConnection } from "werift";
import { afterEach, describe, expect, it } from "vitest";
import { dropFallbackStun } from "../../../server/voice/noFallbackStun";

const open: RTCPeerConnection[] = [];
afterEach(async () => {
  for (const pc of open.splice(0)) await pc.close();
});

function peer(iceServers: { urls: string }[] = []): RTCPeerConnection {
  const pc = new RTCPeerConnection({ iceServers, iceUseIpv6: false });
  pc.addTransceiver(new MediaStreamTrack({ kind: "audio" }), { direction: "sendonly" });
  open.push(pc);
  return pc;
}

describe("no fallback STUN server", () => {
  it("werift alone would ask stun.l.google.com; dropped, the peer gathers its own candidates only", async () => {
    const pc = peer();
    const offer = await pc.createOffer();
    expect(pc.iceTransports[0]!.connection.stunServer?.[0]).toBe("stun.l.google.com");
    dropFallbackStun(pc);
    expect(pc.iceTransports.every((t) => t.connection.stunServer === undefined)).toBe(true);
    await pc.setLocalDescription(offer);
    if (pc.iceGatheringState !== "complete") await pc.iceGatheringStateChange.watch((s) => s === "complete");
    expect(pc.localDescription?.sdp).toContain("typ host");
    expect(pc.localDescription?.sdp).not.toContain("typ srflx");
  });

  it("keeps a STUN server the deployment configured", async () => {
    const pc = peer([{ urls: "stun:stun.example.org:3478" }]);
    await pc.createOffer();
    dropFallbackStun(pc, [{ urls: "stun:stun.example.org:3478" }]);
    expect(pc.iceTransports[0]!.connection.stunServer?.[0]).toBe("stun.example.org");
  });
});
