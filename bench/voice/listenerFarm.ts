// The werift listeners of bench/voice.ts, in a process of their own so that their decryption does not share an event
// loop with the guide or the measuring: each answers an offer (the media server's, or the guide's own for a direct or
// mesh connection), and while a window is open writes down when each of the guide's packets arrived.
import { MediaStreamTrack, type RTCPeerConnection } from "werift";
import { FromFarm, ListenerKind, ToFarm, type KindFigures } from "./farmProtocol";
import { gathered, hostNow, loopbackPeer, quantile } from "./loopbackPeer";

interface Listener {
  kind: ListenerKind;
  pc: RTCPeerConnection;
  /** Sequence number → arrival time, while a window is open. */
  arrivals: Map<number, number>;
}

/** The bench's loopback STUN responder, passed as the one argument. */
const stun = process.argv[2] ?? "";
if (!stun.startsWith("stun:127.0.0.1:")) throw new Error(`listener farm: give the loopback STUN URL, not "${stun}"`);
const listeners = new Map<string, Listener>();
let recording = false;

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function send(message: FromFarm): void {
  process.send?.(message);
}

async function answer(id: string, kind: ListenerKind, offer: string): Promise<string> {
  const pc = loopbackPeer(stun);
  const self: Listener = { kind, pc, arrivals: new Map() };
  listeners.set(id, self);
  // From the media server the guide comes in slot 0, after the microphone's section; from the guide, in the only one.
  const heardAt = kind === "sfu" ? 1 : 0;
  pc.onTransceiverAdded.subscribe((t) => {
    if (pc.getTransceivers().indexOf(t) !== heardAt) return;
    t.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => {
        if (recording) self.arrivals.set(rtp.header.sequenceNumber, hostNow());
      });
    });
  });
  pc.connectionStateChange.subscribe((state) => {
    if (state === "connected") send({ op: "connected", id });
  });
  await pc.setRemoteDescription({ type: "offer", sdp: offer });
  if (kind === "sfu") {
    // A member's browser answers with its microphone's section sending (muted members send nothing).
    const [mic] = pc.getTransceivers();
    if (!mic) throw new Error("the media server's offer has no microphone section");
    mic.setDirection("sendonly");
    await mic.sender.replaceTrack(new MediaStreamTrack({ kind: "audio" }));
  }
  await pc.setLocalDescription(await pc.createAnswer());
  return gathered(pc);
}

function figures(sent: [number, number][]): KindFigures[] {
  const out: KindFigures[] = [];
  for (const kind of ListenerKind.options) {
    const mine = [...listeners.values()].filter((l) => l.kind === kind);
    if (mine.length === 0) continue;
    const delays: number[] = [];
    let received = 0;
    let lossyListeners = 0;
    for (const l of mine) {
      let got = 0;
      for (const [seq, at] of sent) {
        const arrived = l.arrivals.get(seq);
        if (arrived === undefined) continue;
        got++;
        delays.push(arrived - at);
      }
      received += got;
      if (got < sent.length) lossyListeners++;
    }
    out.push({
      kind,
      listeners: mine.length,
      expected: mine.length * sent.length,
      received,
      lossyListeners,
      delayP50Ms: quantile(delays, 0.5),
      delayP95Ms: quantile(delays, 0.95),
    });
  }
  return out;
}

async function handle(message: ToFarm): Promise<void> {
  switch (message.op) {
    case "answer":
      try {
        send({ op: "answered", id: message.id, sdp: await answer(message.id, message.kind, message.offer) });
      } catch (error) {
        send({ op: "failed", id: message.id, error: String(error).slice(0, 500) });
      }
      return;
    case "close":
      void listeners
        .get(message.id)
        ?.pc.close()
        .catch(() => undefined);
      listeners.delete(message.id);
      return;
    case "begin":
      for (const l of listeners.values()) l.arrivals.clear();
      recording = true;
      send({ op: "begun", cpuMicros: cpuMicros() });
      return;
    case "end": {
      recording = false;
      send({ op: "window", figures: figures(message.sent), cpuMicros: cpuMicros() });
      return;
    }
  }
}

process.on("message", (raw) => {
  const parsed = ToFarm.safeParse(raw);
  if (!parsed.success) {
    console.error(`listener farm: a malformed message (${parsed.error.issues[0]?.message ?? "?"}) was ignored`);
    return;
  }
  void handle(parsed.data);
});
process.on("disconnect", () => process.exit(0));
send({ op: "ready" });
