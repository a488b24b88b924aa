// The werift settings every bench peer uses: the museum's Opus and audio-level extension, and loopback candidates
// only (the whole bench runs on one machine; other addresses would only slow ICE down).
import { RTCPeerConnection, RTCRtpCodecParameters, RTCRtpHeaderExtensionParameters } from "werift";
import { AUDIO_LEVEL_URI, OPUS } from "../../server/voice/mediaForwarder";

export { AUDIO_LEVEL_URI, OPUS };

/** The host's wall clock in ms with sub-ms resolution: one clock for every process of the bench and the browser. */
export function hostNow(): number {
  return performance.timeOrigin + performance.now();
}

/** `stun`: the bench's loopback STUN responder (bench/voice/loopbackStun.ts), so werift asks no public one. */
export function loopbackPeer(stun: string, codec: RTCRtpCodecParameters = OPUS): RTCPeerConnection {
  return new RTCPeerConnection({
    codecs: { audio: [codec] },
    headerExtensions: { audio: [new RTCRtpHeaderExtensionParameters({ id: 1, uri: AUDIO_LEVEL_URI })] },
    iceServers: [{ urls: stun }],
    iceUseIpv6: false,
    iceAdditionalHostAddresses: ["127.0.0.1"],
    iceFilterCandidatePair: (pair) => pair.remoteCandidate.host.startsWith("127."),
  });
}

export async function gathered(pc: RTCPeerConnection): Promise<string> {
  if (pc.iceGatheringState !== "complete") await pc.iceGatheringStateChange.watch((s) => s === "complete");
  return pc.localDescription?.sdp ?? "";
}

export async function connected(pc: RTCPeerConnection, ms = 30_000): Promise<void> {
  if (pc.connectionState === "connected") return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    pc.connectionStateChange.watch((s) => s === "connected"),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`a peer connection did not connect within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Nearest-rank quantile of numbers (sorted here); null for none. */
export function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
