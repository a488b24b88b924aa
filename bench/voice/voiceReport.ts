// bench/voice.ts's tables: the media server's figures per group beside their targets and the floor under them, then
// the same groups as a mesh.
import { printTable } from "../report";
import { against, fixed, TARGETS, type SfuFigures } from "./figures";
import type { PlainRelayWindow } from "./plainRelayClient";

export interface VoiceReport {
  rows: SfuFigures[];
  /** The plain relay's window for each row's group. */
  floors: PlainRelayWindow[];
  meshRows: Record<string, string | number>[];
  seconds: { window: number; mesh: number; floor: number };
  tookSeconds: number;
}

export function printVoiceReport({ rows, floors, meshRows, seconds, tookSeconds }: VoiceReport): void {
  console.log(
    `\nVoice through the media server (werift SFU child), one guide to N werift listeners + 1 Chromium listener; ` +
      `${seconds.window} s a group, Opus 20 ms frames`,
  );
  printTable(
    rows.map((r, i) => ({
      listeners: r.listeners,
      "SFU µs/packet (≤40)": against(r.microsAPacket, TARGETS.cpuMicrosAPacket),
      "of it forwarding µs": fixed(r.forwardingMicrosAPacket),
      "plain relay µs/copy": fixed(floors[i]!.microsACopy),
      "SFU ÷ plain relay": fixed(r.microsAPacket / floors[i]!.microsACopy),
      "SFU CPU %": fixed(r.sfuCpuPct),
      "CPU % to the browser alone": fixed(r.heldCpuPct),
      "CPU/listener ms/s": fixed(r.cpuMsAListenerSecond, 2),
      "RSS/listener MB (≤1)": against(r.mbAListener, TARGETS.mbAListener, 2),
      "werift loss %": `${fixed(r.weriftLossPct, 2)} (${r.lossyListeners} lossy)`,
      "browser lost (0 at 100)": `${r.browserLost} of ${r.browserReceived + r.browserLost}`,
      "SFU/direct p50 ms": `${fixed(r.sfuP50Ms, 2)}/${fixed(r.directP50Ms, 2)}`,
      "SFU adds p50 (≤10 ms)": against(r.sfuAddsP50Ms, TARGETS.sfuAddsMs, 2),
      "adds p95 ms": fixed(r.sfuAddsP95Ms, 2),
      "farm-wide adds p50 ms": fixed(r.farmAddsP50Ms, 2),
      "mouth-to-ear p50 (≤150 ms)": `${against(r.mouthToEarP50Ms, TARGETS.mouthToEarMs, 0)} (${r.burstsHeard})`,
      "browser jitter/buffer ms": `${fixed(r.jitterMs)}/${fixed(r.jitterBufferMs, 0)}`,
      "farm CPU %": fixed(r.farmCpuPct, 0),
      "host busy %": fixed(r.hostBusyPct, 0),
    })),
  );
  console.log(`\nThe same group as a mesh (the guide sends one stream per listener), ${seconds.mesh} s a group`);
  printTable(meshRows);
  console.log(
    `\nMeasured on a shared 2-core machine (other sessions' work ran beside it: "host busy" is the whole machine, ` +
      `both cores). Loss at the browser target: 0 at 100 listeners. Delays: send to arrival on the host's clock ` +
      `(werift), send of a burst's first frame to the analyser hearing it (Chromium). Upload: SRTP/SRTCP bytes, ` +
      `without UDP/IP headers. Plain relay: a bare Node process relaying datagrams of the guide's SRTP sizes, 50 a ` +
      `second, to as many sockets in another process (no SRTP, RTCP, ICE or werift), measured for ` +
      `${seconds.floor} s right after the window with the group still talking: the floor any Node SFU pays on ` +
      `this machine at that moment. Took ${tookSeconds.toFixed(0)} s.`,
  );
}
