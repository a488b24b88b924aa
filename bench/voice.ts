// `npm run bench:voice`: one guide (werift, replaying real Opus recorded from Chromium) talking through the museum's
// media server to 25, 50, 100 and 200 werift listeners (another process: bench/voice/listenerFarm.ts) plus one real
// Chromium listener. Per group: the media server's CPU per forwarded packet, CPU and memory per listener, loss, the
// delay the server adds (against a direct werift connection from the same guide, in the same run, on one clock),
// mouth-to-ear at the browser; the floor under the server's CPU, a bare Node relay of the same stream to as many
// sockets measured beside it (bench/voice/plainRelay.ts); and the same group as a mesh: the guide's upload both ways.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { chromium } from "playwright-core";
import { DEFAULT_VOICE_LIMITS } from "../server/logic/voiceRouting";
import { startMediaServer } from "../server/voice/mediaServer";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/browser";
import { hostTicks } from "./procStats";
import { writeResults } from "./report";
import { openBrowserListener } from "./voice/browserListener";
import { startListenerFarm } from "./voice/farmClient";
import { fixed, sfuFigures, type SfuFigures } from "./voice/figures";
import { createGuideVoice } from "./voice/guideVoice";
import { startLoopbackStun } from "./voice/loopbackStun";
import { recordOpus } from "./voice/opusRecording";
import { printVoiceReport } from "./voice/voiceReport";
import { startPlainRelay, type PlainRelayWindow } from "./voice/plainRelayClient";
import { writeBurstWav } from "./voice/toneBursts";

const GROUPS = (process.env.BENCH_NS ?? "25,50,100,200").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MESH_SECONDS = Number(process.env.BENCH_MESH_SECONDS ?? 4);
const HELD_SECONDS = Number(process.env.BENCH_HELD_SECONDS ?? 5);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 5);
/** An SRTP packet the server sends: the Opus frame, a 12-byte RTP header, 8 of audio-level extension, 16 of GCM tag. */
const SRTP_OVERHEAD = 36;
const WARMUP_MS = 2000;
const GRACE_MS = 600;
/** Connections set up at once: enough to be quick, few enough that ICE checks do not time out on a busy machine. */
const BATCH = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Try a connection up to three times. On a loaded machine a werift DTLS handshake now and then never finishes on one
 * side (a lost datagram that is not sent again); such a listener is dropped and connected afresh.
 */
async function withRetries(what: string, attempt: (n: number) => Promise<void>): Promise<void> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= 2) throw error;
      console.error(`voice bench: ${what} did not connect (${String(error)}); trying again`);
    }
  }
}

async function inBatches(from: number, to: number, connect: (i: number) => Promise<void>): Promise<void> {
  for (let i = from; i < to; i += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, to - i) }, (_, k) => connect(i + k)));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const wav = writeBurstWav(path.join(mkdtempSync(path.join(os.tmpdir(), "bench-voice-")), "bursts.wav"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
      "--autoplay-policy=no-user-gesture-required",
      "--allow-loopback-in-peer-connection",
    ],
  });
  const stun = await startLoopbackStun();
  const recording = await recordOpus(browser, stun.url);
  console.log(
    `recorded ${recording.frames.length} Opus frames from Chromium's microphone (${recording.onsets.length} tone ` +
      `bursts, ${recording.meanBytes.toFixed(0)} bytes a frame on average); the guide replays them in a loop`,
  );

  let published!: () => void;
  const guidePublished = new Promise<void>((resolve) => (published = resolve));
  const media = startMediaServer(
    { slots: DEFAULT_VOICE_LIMITS.slots, loopbackOnly: true, iceServers: [{ urls: stun.url }] },
    {
      published: (peer) => peer === "guide" && published(),
      speaking: () => undefined,
      lost: (peer, reason) => console.error(`voice bench: ${peer} lost (${reason})`),
      restarted: () => console.error("voice bench: the media server restarted; figures after this are not comparable"),
    },
    pino({ level: "warn" }),
  );
  const farm = await startListenerFarm(stun.url);
  // The delay the server adds is timed in a process of its own: in the farm, the last of 200 listeners' packets
  // waits while the farm decrypts the 199 before it, which is the farm's cost, not the server's.
  const probe = await startListenerFarm(stun.url);
  const guide = createGuideVoice(recording, stun.url);
  const listener = await openBrowserListener(browser);
  const plainRelay = await startPlainRelay();

  try {
    // The guide's own call is retried like a listener's: a stalled handshake here would leave every group silent.
    await withRetries("the guide", async () => {
      const { sdp, connected } = await guide.answerMediaServer(await media.open("guide"));
      await media.answer("guide", sdp);
      await connected;
    });
    await guidePublished;
    const direct = await guide.offerDirect("direct");
    const directAnswer = await probe.answer("direct", "direct", direct.offer);
    await direct.accept(directAnswer.sdp);
    await directAnswer.connected;
    await sleep(1000);
    const rssBeforeListeners = (await media.stats()).rssBytes;

    await media.answer("browser", await listener.answer(await media.open("browser")));
    await listener.connected();
    media.route([{ listener: "browser", slot: 0, speaker: "guide" }]);
    const probeAnswer = await probe.answer("probe", "sfu", await media.open("probe"));
    await media.answer("probe", probeAnswer.sdp);
    await probeAnswer.connected;
    // Memory a listener is what each werift listener adds from here: the server already serving two (the browser and
    // the probe), so the code and buffers that any first connection brings in are not spread over a small group.
    media.route([{ listener: "probe", slot: 0, speaker: "guide" }]);
    await sleep(1000);
    const rssServing = (await media.stats()).rssBytes;
    console.log(
      `media server RSS: ${(rssBeforeListeners / 2 ** 20).toFixed(1)} MB with the guide alone, ` +
        `${(rssServing / 2 ** 20).toFixed(1)} MB serving the browser and the probe`,
    );

    const routed: string[] = [];
    const connectSfu = (i: number) =>
      withRetries(`listener ${i}`, async (n) => {
        const id = `listener-${i}-${n}`;
        try {
          const { sdp, connected } = await farm.answer(id, "sfu", await media.open(id));
          await media.answer(id, sdp);
          await connected;
          media.route([{ listener: id, slot: 0, speaker: "guide" }]);
          routed.push(id);
        } catch (error) {
          media.close(id);
          farm.close(id);
          throw error;
        }
      });
    const connectMesh = (i: number) =>
      withRetries(`mesh listener ${i}`, async (n) => {
        const id = `mesh-${i}-${n}`;
        const offered = await guide.offerDirect("mesh");
        try {
          const { sdp, connected } = await farm.answer(id, "mesh", offered.offer);
          await offered.accept(sdp);
          await connected;
        } catch (error) {
          await offered.close();
          farm.close(id);
          throw error;
        }
      });

    const rows: SfuFigures[] = [];
    const floors: PlainRelayWindow[] = [];
    const floorSizes = recording.frames.map((f) => f.payload.length + SRTP_OVERHEAD);
    const meshRows: Record<string, string | number>[] = [];
    let sfuListeners = 0;
    let meshListeners = 0;
    for (const n of GROUPS) {
      const t = performance.now();
      await inBatches(sfuListeners, n, connectSfu);
      sfuListeners = Math.max(sfuListeners, n);
      console.log(`${n} werift listeners and the browser connected (${((performance.now() - t) / 1000).toFixed(1)} s)`);
      // The probe's slot subscribes again, so it is the last the server forwards each packet to.
      media.route([{ listener: "probe", slot: 0, speaker: null }]);
      media.route([{ listener: "probe", slot: 0, speaker: "guide" }]);
      await sleep(WARMUP_MS);

      // What the server spends with the same connections and the guide's voice coming in, forwarded to the browser
      // alone (its stream, and so its jitter buffer, goes on undisturbed): the upkeep of the connections (RTCP, ICE
      // consent) and the wake for each of the guide's packets. What the window below spends beyond it is forwarding's
      // own cost. The probe is routed again last, so it stays last in the fan-out.
      const everyone = [...routed, "probe"];
      media.route(everyone.map((l) => ({ listener: l, slot: 0, speaker: null })));
      await sleep(1000);
      const held0 = await media.stats();
      const heldFrom = performance.now();
      await sleep(HELD_SECONDS * 1000);
      const held1 = await media.stats();
      const heldSeconds = (performance.now() - heldFrom) / 1000;
      media.route(everyone.map((l) => ({ listener: l, slot: 0, speaker: "guide" })));
      await sleep(1000);

      const s0 = await media.stats();
      const windowFrom = performance.now();
      const host0 = hostTicks();
      const farmCpu0 = await farm.begin();
      await probe.begin();
      await listener.begin();
      await guide.begin();
      await sleep(SECONDS * 1000);
      const g = await guide.end();
      const s1 = await media.stats();
      const windowSeconds = (performance.now() - windowFrom) / 1000;
      const host1 = hostTicks();
      await sleep(GRACE_MS);
      const f = await farm.end(g.sent);
      const p = await probe.end(g.sent);
      const b = await listener.end();
      const row = sfuFigures({
        // The browser and the probe are listeners of the server too.
        listeners: n + 2,
        cpuMicros: [s0.cpuMicros, s1.cpuMicros],
        statsSeconds: windowSeconds,
        held: {
          cpuMicrosASecond: (held1.cpuMicros - held0.cpuMicros) / heldSeconds,
          forwardedASecond: (held1.forwardedPackets - held0.forwardedPackets) / heldSeconds,
        },
        forwarded: [s0.forwardedPackets, s1.forwardedPackets],
        rssBytes: s1.rssBytes,
        rssServing,
        addedListeners: routed.length,
        guide: g,
        farm: f.figures,
        probe: p.figures,
        farmCpuMicros: f.cpuMicros - farmCpu0,
        browser: b,
        hostBusyPct: ((host1[0] - host0[0]) / (host1[1] - host0[1])) * 100,
      });
      rows.push(row);
      // The floor, with the group still talking through the server beside it (the machine as busy as in the window):
      // a bare Node relay of the guide's packets to as many sockets in another process.
      floors.push(await plainRelay.measure(n + 2, floorSizes, FLOOR_SECONDS));

      // The same group as a mesh: the guide sends one stream to each listener itself.
      // As many listeners as the server's group had (the werift ones, the browser and the probe).
      await inBatches(meshListeners, n + 2, connectMesh);
      meshListeners = Math.max(meshListeners, n + 2);
      guide.mode = "mesh";
      await sleep(1000);
      await farm.begin();
      await guide.begin();
      await sleep(MESH_SECONDS * 1000);
      const gm = await guide.end();
      guide.mode = "sfu";
      await sleep(GRACE_MS);
      const mesh = (await farm.end(gm.sent)).figures.find((k) => k.kind === "mesh");
      const meshUpload = gm.uploadBytes / gm.seconds;
      meshRows.push({
        listeners: n + 2,
        "guide upload, SFU kB/s": (row.uploadBytesASecond / 1000).toFixed(1),
        "guide upload, mesh kB/s": (meshUpload / 1000).toFixed(1),
        "mesh ÷ SFU": (meshUpload / row.uploadBytesASecond).toFixed(0),
        "mesh loss %": mesh ? fixed(((mesh.expected - mesh.received) / mesh.expected) * 100, 2) : "n/a",
        "mesh delay p50 ms": fixed(mesh?.delayP50Ms ?? null),
      });
      console.log(`${n}: measured (${((performance.now() - t) / 1000).toFixed(1)} s with the mesh)`);
    }

    printVoiceReport({
      rows,
      floors,
      meshRows,
      seconds: { window: SECONDS, mesh: MESH_SECONDS, floor: FLOOR_SECONDS },
      tookSeconds: (Date.now() - started) / 1000,
    });
    writeResults("voice", {
      groups: GROUPS,
      seconds: SECONDS,
      sfu: rows,
      plainRelay: floors,
      mesh: meshRows,
      opus: recording.meanBytes,
    });
  } finally {
    await listener.close().catch(() => undefined);
    await browser.close();
    await guide.close();
    farm.stop();
    probe.stop();
    plainRelay.stop();
    await media.stop();
    stun.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
