// The selective forwarding unit: one werift peer connection per visitor, with one audio track in (their microphone)
// and a fixed number of audio slots out. Which voice plays in which slot is decided elsewhere (server/logic/
// voiceRouting.ts, voiceSlots.ts); here each slot copies its voice's RTP packets, renumbered, to the listener.
// Nothing is decoded: Opus passes through as it came.
import {
  MediaStreamTrack,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RTCRtpHeaderExtensionParameters,
  type PeerConfig,
  type RTCRtpSender,
  type RtpPacket,
} from "werift";
import { dropFallbackStun } from "./noFallbackStun";
import { createSlotTimeline, type SlotTimeline } from "./slotTimeline";
import { createSpeakingGate, type SpeakingGate } from "./speakingGate";

export const AUDIO_LEVEL_URI = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";

/** Opus mono, 20 ms frames, discontinuous transmission in silence, at most 32 kbps: asked of every sender. */
export const OPUS = new RTCRtpCodecParameters({
  mimeType: "audio/opus",
  clockRate: 48_000,
  channels: 2,
  payloadType: 111,
  parameters: "minptime=10;useinbandfec=1;stereo=0;sprop-stereo=0;usedtx=1;maxaveragebitrate=32000;ptime=20",
});

export interface ForwarderOptions {
  /** Receive slots per listener: the most voices one person hears at once. */
  slots: number;
  /** The address written into host candidates instead of the machine's own (a server behind 1:1 NAT). */
  announcedAddress?: string;
  /** UDP ports for ICE, [min, max]. */
  portRange?: [number, number];
  iceServers?: { urls: string; username?: string; credential?: string }[];
  /** Only loopback candidates (tests and benchmarks on one machine). */
  loopbackOnly?: boolean;
}

export interface ForwarderEvents {
  /** A visitor's microphone reached the server: their voice can now be forwarded. */
  published(peer: string): void;
  /** Voice activity from the audio level the browser writes into each packet (RFC 6464). */
  speaking(peer: string, on: boolean): void;
  /** The connection failed or closed from the far side. */
  lost(peer: string, reason: string): void;
}

interface Slot {
  sender: RTCRtpSender;
  timeline: SlotTimeline;
  speaker: string | null;
}

interface Peer {
  pc: RTCPeerConnection;
  slots: Slot[];
  mic: MediaStreamTrack | null;
  gate: SpeakingGate;
}

export interface ForwarderStats {
  peers: number;
  publishing: number;
  forwardedPackets: number;
}

export interface MediaForwarder {
  /** A new connection for `peer`; resolves with the offer (every candidate in it: no trickle). */
  open(peer: string): Promise<string>;
  answer(peer: string, sdp: string): Promise<void>;
  /** Put a voice (or silence, null) behind one of the listener's slots. */
  route(listener: string, slot: number, speaker: string | null): void;
  close(peer: string): void;
  closeAll(): Promise<void>;
  stats(): ForwarderStats;
}

export function createMediaForwarder(options: ForwarderOptions, events: ForwarderEvents): MediaForwarder {
  const peers = new Map<string, Peer>();
  // Each voice's fan-out: the slots that carry it, in the order they were routed (a slot routed again goes last).
  // Kept by the speaker's id, so a speaker who reconnects is heard again in the same slots.
  const audiences = new Map<string, Set<Slot>>();
  let forwardedPackets = 0;
  // With DTX no packets come in silence: the clock alone ends a speaker's ring. It runs only while someone speaks,
  // so a server where no one talks is not woken five times a second for nothing.
  let gateClock: ReturnType<typeof setInterval> | undefined;
  function watchForSilence(): void {
    gateClock ??= setInterval(() => {
      const now = performance.now();
      let anyoneSpeaking = false;
      for (const [id, p] of peers) {
        if (p.gate.tick(now)) events.speaking(id, false);
        anyoneSpeaking ||= p.gate.speaking;
      }
      if (!anyoneSpeaking) {
        clearInterval(gateClock);
        gateClock = undefined;
      }
    }, 200).unref();
  }
  const config: Partial<PeerConfig> = {
    // One ICE/DTLS transport for the microphone and every slot. werift's default ("max-compat") gathers, keeps and
    // checks a transport per transceiver — nine UDP sockets' worth of ICE, DTLS and SRTP state a listener — even
    // when the browser's answer bundles them all onto the first.
    bundlePolicy: "max-bundle",
    codecs: { audio: [OPUS] },
    headerExtensions: { audio: [new RTCRtpHeaderExtensionParameters({ id: 1, uri: AUDIO_LEVEL_URI })] },
    iceServers: options.iceServers ?? [],
    icePortRange: options.portRange,
    iceUseIpv6: false,
    ...(options.loopbackOnly
      ? {
          iceAdditionalHostAddresses: ["127.0.0.1"],
          iceFilterCandidatePair: (pair) => pair.remoteCandidate.host.startsWith("127."),
        }
      : {}),
  };

  function setSpeaker(slot: Slot, speaker: string | null): void {
    if (slot.speaker !== null) {
      const before = audiences.get(slot.speaker);
      before?.delete(slot);
      if (before?.size === 0) audiences.delete(slot.speaker);
    }
    slot.speaker = speaker;
    if (speaker === null) return;
    let audience = audiences.get(speaker);
    if (!audience) audiences.set(speaker, (audience = new Set()));
    audience.add(slot);
  }

  /** One packet of a voice to every slot that carries it: the per-packet, per-listener path, kept lean. */
  function fanOut(speaker: string, rtp: RtpPacket): void {
    const audience = audiences.get(speaker);
    if (!audience) return;
    const now = performance.now();
    for (const slot of audience) {
      // The sender writes its own SSRC and payload type into the header: each listener needs its own copy.
      const out = rtp.clone();
      const numbers = slot.timeline.renumber(speaker, rtp.header, now);
      out.header.sequenceNumber = numbers.sequenceNumber;
      out.header.timestamp = numbers.timestamp;
      forwardedPackets++;
      slot.sender.sendRtp(out).catch(ignore);
    }
  }

  function micArrived(peer: string, track: MediaStreamTrack): void {
    const self = peers.get(peer);
    if (!self) return;
    self.mic = track;
    track.onReceiveRtp.subscribe((rtp: RtpPacket) => {
      if (peers.get(peer) !== self) return;
      const level = rtp.header.extensions.find((e) => e.id === 1)?.payload;
      if (level && level.length > 0 && self.gate.hear(level[0]! & 0x7f, performance.now())) {
        events.speaking(peer, self.gate.speaking);
        if (self.gate.speaking) watchForSilence();
      }
      fanOut(peer, rtp);
    });
    events.published(peer);
  }

  function drop(peer: string): Peer | undefined {
    const p = peers.get(peer);
    if (!p) return undefined;
    peers.delete(peer);
    for (const slot of p.slots) setSpeaker(slot, null);
    return p;
  }

  return {
    async open(peer) {
      drop(peer)
        ?.pc.close()
        .catch(() => undefined);
      const pc = new RTCPeerConnection(config);
      const mic = pc.addTransceiver("audio", { direction: "recvonly" });
      const slots: Slot[] = [];
      for (let i = 0; i < options.slots; i++) {
        const t = pc.addTransceiver(new MediaStreamTrack({ kind: "audio" }), { direction: "sendonly" });
        slots.push({ sender: t.sender, timeline: createSlotTimeline(OPUS.clockRate), speaker: null });
      }
      const self: Peer = { pc, slots, mic: null, gate: createSpeakingGate() };
      peers.set(peer, self);
      mic.onTrack.subscribe((track) => micArrived(peer, track));
      pc.connectionStateChange.subscribe((state) => {
        if ((state === "failed" || state === "closed") && peers.get(peer) === self) {
          drop(peer);
          events.lost(peer, `connection ${state}`);
        }
      });
      const offer = await pc.createOffer();
      dropFallbackStun(pc, options.iceServers);
      await pc.setLocalDescription(offer);
      if (pc.iceGatheringState !== "complete") await pc.iceGatheringStateChange.watch((s) => s === "complete");
      const sdp = pc.localDescription?.sdp ?? "";
      return options.announcedAddress ? announce(sdp, options.announcedAddress) : sdp;
    },

    async answer(peer, sdp) {
      const p = peers.get(peer);
      if (!p) throw new Error(`no voice connection is open for ${peer}`);
      await p.pc.setRemoteDescription({ type: "answer", sdp });
    },

    route(listener, slotIndex, speaker) {
      const slot = peers.get(listener)?.slots[slotIndex];
      if (!slot || slot.speaker === speaker) return;
      setSpeaker(slot, speaker);
    },

    close(peer) {
      drop(peer)
        ?.pc.close()
        .catch(() => undefined);
    },

    async closeAll() {
      clearInterval(gateClock);
      gateClock = undefined;
      const all = [...peers.keys()].map((id) => drop(id));
      await Promise.all(all.map((p) => p?.pc.close().catch(() => undefined)));
    },

    stats() {
      let publishing = 0;
      for (const p of peers.values()) if (p.mic) publishing++;
      return { peers: peers.size, publishing, forwardedPackets };
    },
  };
}

function ignore(): void {}

/** Host candidates rewritten to the announced address (a server whose public address is mapped 1:1 by NAT). */
export function announce(sdp: string, address: string): string {
  return sdp.replace(
    /^(a=candidate:\S+ \d+ udp \d+ )(\S+)( \d+ typ host)/gim,
    (_match, head: string, _ip: string, tail: string) => `${head}${address}${tail}`,
  );
}
