// werift 0.24.4 asks Google's STUN server (stun.l.google.com:19302) for a reflexive candidate whenever it is given no
// STUN server of its own: an offer would look that name up and send it a packet, and nothing should leave the origin.
// Unless the deployment configured a STUN server, each ICE connection of the peer forgets the fallback before it
// gathers (call after the transceivers are added, before setLocalDescription).
import type { RTCPeerConnection } from "werift";

export function dropFallbackStun(pc: RTCPeerConnection, configured: { urls: string }[] = []): void {
  if (configured.some((s) => s.urls.startsWith("stun:"))) return;
  for (const transport of pc.iceTransports) transport.connection.stunServer = undefined;
}
