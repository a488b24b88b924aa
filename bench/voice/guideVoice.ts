// The bench's guide: a werift peer replaying the recorded Opus, one 20 ms frame at a time on a steady clock. In
// "sfu" mode it sends one stream to the media server and the same packets straight to one reference listener (the
// direct path the server's added delay is measured against); in "mesh" mode one stream to every mesh listener, as
// a page without a media server would have to.
import { MediaStreamTrack, RtpHeader, RtpPacket, type RTCPeerConnection } from "werift";
import { connected, gathered, hostNow, loopbackPeer } from "./loopbackPeer";
import type { OpusRecording } from "./opusRecording";

const FRAME_MS = 20;
const SAMPLES_A_FRAME = 960;

export type GuideMode = "sfu" | "mesh";

export interface GuideWindow {
  /** [sequence number, send time on the host clock] of every frame sent in the window. */
  sent: [number, number][];
  /** [send time, which burst] of the frames that start a burst. */
  onsets: [number, number][];
  /** SRTP and SRTCP bytes the guide's connections of the mode sent in the window (no UDP/IP headers). */
  uploadBytes: number;
  seconds: number;
}

export interface OfferedPeer {
  offer: string;
  accept(answer: string): Promise<void>;
  /** Give up on this connection (its far end never came up). */
  close(): Promise<void>;
}

export interface GuideVoice {
  mode: GuideMode;
  /**
   * The guide's call to the media server: answer its offer, the microphone's section sending. A call made again
   * replaces the last one; `connected` settles when DTLS is up (or fails after 30 s).
   */
  answerMediaServer(offer: string): Promise<{ sdp: string; connected: Promise<void> }>;
  /** A connection straight to one listener (the direct reference, or one of the mesh). */
  offerDirect(role: "direct" | "mesh"): Promise<OfferedPeer>;
  begin(): Promise<void>;
  end(): Promise<GuideWindow>;
  close(): Promise<void>;
}

interface Outgoing {
  pc: RTCPeerConnection;
  track: MediaStreamTrack;
}

export function createGuideVoice(recording: OpusRecording, stun: string): GuideVoice {
  let mediaServer: Outgoing | null = null;
  let direct: Outgoing | null = null;
  const mesh: Outgoing[] = [];
  // One line of numbers per mode: the media server's path and the direct reference share it, so their packets match.
  const seq = { sfu: Math.floor(Math.random() * 60_000), mesh: Math.floor(Math.random() * 60_000) };
  const tsBase = Math.floor(Math.random() * 2 ** 31);
  let win: { sent: [number, number][]; onsets: [number, number][]; bytes0: number; t0: number } | null = null;
  let frame = 0;
  let stopped = false;
  const started = performance.now();

  const burstAt = new Map(recording.onsets.map((o) => [o.frame, o.burst]));
  function write(to: Outgoing, n: number, f: number): void {
    const { payload, levelByte } = recording.frames[f % recording.frames.length]!;
    const header = new RtpHeader({
      payloadType: 111,
      sequenceNumber: n,
      timestamp: (tsBase + f * SAMPLES_A_FRAME) >>> 0,
      // A sender's SSRC is its own; werift writes it.
      ssrc: 0,
    });
    header.extension = true;
    header.extensions = [{ id: 1, payload: Buffer.from([levelByte]) }];
    to.track.writeRtp(new RtpPacket(header, payload));
  }

  function sendFrame(f: number): void {
    const mode = guide.mode;
    const n = seq[mode];
    seq[mode] = (n + 1) & 0xffff;
    const at = hostNow();
    if (mode === "sfu") {
      if (mediaServer) write(mediaServer, n, f);
      if (direct) write(direct, n, f);
    } else {
      for (const m of mesh) write(m, n, f);
    }
    if (win) {
      win.sent.push([n, at]);
      const burst = burstAt.get(f % recording.frames.length);
      if (burst !== undefined) win.onsets.push([at, burst]);
    }
  }

  // Frame f is due at started + 20 f ms; a late timer sends what is due at once, so the rate stays 50 a second.
  function tick(): void {
    if (stopped) return;
    while (started + frame * FRAME_MS <= performance.now()) sendFrame(frame++);
    setTimeout(tick, Math.max(0, started + frame * FRAME_MS - performance.now()));
  }

  async function upload(): Promise<number> {
    const pcs = guide.mode === "sfu" ? (mediaServer ? [mediaServer.pc] : []) : mesh.map((m) => m.pc);
    let bytes = 0;
    for (const pc of pcs) {
      for (const s of (await pc.getStats()).values()) {
        if ((s as { type?: string }).type === "transport") bytes += (s as { bytesSent?: number }).bytesSent ?? 0;
      }
    }
    return bytes;
  }

  const guide: GuideVoice = {
    mode: "sfu",
    async answerMediaServer(offer) {
      const before = mediaServer;
      mediaServer = null;
      await before?.pc.close().catch(() => undefined);
      const pc = loopbackPeer(stun);
      const track = new MediaStreamTrack({ kind: "audio" });
      await pc.setRemoteDescription({ type: "offer", sdp: offer });
      const [mic] = pc.getTransceivers();
      if (!mic) throw new Error("the media server's offer has no microphone section");
      mic.setDirection("sendonly");
      await mic.sender.replaceTrack(track);
      await pc.setLocalDescription(await pc.createAnswer());
      const sdp = await gathered(pc);
      mediaServer = { pc, track };
      const up = connected(pc);
      up.catch(() => undefined); // handled by whoever awaits it; not a crash if no one does
      return { sdp, connected: up };
    },
    async offerDirect(role) {
      const pc = loopbackPeer(stun);
      const track = new MediaStreamTrack({ kind: "audio" });
      pc.addTransceiver(track, { direction: "sendonly" });
      await pc.setLocalDescription(await pc.createOffer());
      const offer = await gathered(pc);
      return {
        offer,
        async accept(answer) {
          await pc.setRemoteDescription({ type: "answer", sdp: answer });
          await connected(pc);
          if (role === "direct") direct = { pc, track };
          else mesh.push({ pc, track });
        },
        async close() {
          const i = mesh.findIndex((m) => m.pc === pc);
          if (i >= 0) mesh.splice(i, 1);
          if (direct?.pc === pc) direct = null;
          await pc.close().catch(() => undefined);
        },
      };
    },
    async begin() {
      win = { sent: [], onsets: [], bytes0: await upload(), t0: performance.now() };
    },
    async end() {
      const w = win;
      if (!w) throw new Error("the guide's window was never begun");
      win = null;
      const seconds = (performance.now() - w.t0) / 1000;
      return { sent: w.sent, onsets: w.onsets, uploadBytes: (await upload()) - w.bytes0, seconds };
    },
    async close() {
      stopped = true;
      const all = [mediaServer, direct, ...mesh].filter((o): o is Outgoing => o !== null);
      await Promise.all(all.map((o) => o.pc.close().catch(() => undefined)));
    },
  };
  tick();
  return guide;
}
