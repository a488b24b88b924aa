// patches/werift+0.24.4.patch (applied by `npm install`'s postinstall) rewrites functions werift runs for every
// packet sent to every listener: the NTP clock and the AES-GCM SRTP nonce, checked here against their standards,
// computed independently, so an unpatched or wrongly patched werift fails; and the UDP send, checked by what it does.
import { createDecipheriv, randomBytes } from "node:crypto";
import { createHook } from "node:async_hooks";
import { createSocket } from "node:dgram";
import { describe, expect, it, vi } from "vitest";
import { Event, ntpTime, RTCRtpReceiver, RTCRtpSender, RtpHeader, SrtpSession, UdpTransport } from "werift";

const NTP_EPOCH_MS = Date.UTC(1900, 0, 1);
const AEAD_AES_128_GCM = 7;

describe("werift as patched for the media server", () => {
  it("gives NTP time as seconds since 1900 and a fraction in 1/2^32 of a second (RFC 5905)", () => {
    const before = Date.now();
    const ntp = ntpTime();
    const after = Date.now();
    const ms = Number(ntp >> 32n) * 1000 + (Number(ntp & 0xffffffffn) / 2 ** 32) * 1000;
    // performance.timeOrigin + now() and Date.now() may differ by a few ms; the unpatched fraction is off by up to 1 s.
    expect(ms + NTP_EPOCH_MS).toBeGreaterThanOrEqual(before - 5);
    expect(ms + NTP_EPOCH_MS).toBeLessThanOrEqual(after + 5);
  });

  it("encrypts SRTP with AES-GCM under the nonce of RFC 7714 §8.1, which Node's own AES-GCM then opens", () => {
    const keys = { localMasterKey: randomBytes(16), localMasterSalt: randomBytes(12) };
    const session = new SrtpSession({
      keys: { ...keys, remoteMasterKey: randomBytes(16), remoteMasterSalt: randomBytes(12) },
      profile: AEAD_AES_128_GCM,
    });
    const { srtpSessionKey, srtpSessionSalt } = session.localContext;
    for (const [ssrc, sequenceNumber] of [
      [0xdeadbeef, 1],
      [7, 65535],
      [0x80000001, 40000],
    ] as const) {
      const header = new RtpHeader({ payloadType: 111, ssrc, sequenceNumber, timestamp: 960 * sequenceNumber });
      const payload = randomBytes(72);
      const packet = session.encrypt(payload, header);
      const headerBytes = packet.subarray(0, 12);
      // 00 00 | SSRC | ROC | SEQ, XOR the session salt (the rollover counter is 0 for a stream's first packets).
      const iv = Buffer.alloc(12);
      iv.writeUInt32BE(ssrc, 2);
      iv.writeUInt16BE(sequenceNumber, 10);
      for (let i = 0; i < 12; i++) iv[i]! ^= srtpSessionSalt[i]!;
      const decipher = createDecipheriv("aes-128-gcm", srtpSessionKey, iv);
      decipher.setAAD(headerBytes);
      decipher.setAuthTag(packet.subarray(packet.length - 16));
      const opened = Buffer.concat([decipher.update(packet.subarray(12, packet.length - 16)), decipher.final()]);
      expect(opened.equals(payload)).toBe(true);
    }
  });

  it("hands a datagram to an IP to the socket before send returns (unpatched, dgram's lookup waits a tick)", async () => {
    const sink = createSocket("udp4");
    const received: Buffer[] = [];
    sink.on("message", (m) => received.push(m));
    await new Promise<void>((resolve) => sink.bind(0, "127.0.0.1", resolve));
    // Bound at once: the address is answered synchronously, and init still sees the socket listening.
    const transport = await UdpTransport.init("udp4", { interfaceAddresses: { udp4: "127.0.0.1" } });
    const sent = transport.send(Buffer.from("voice"), ["127.0.0.1", sink.address().port]);
    await transport.close(); // had the send waited a tick, the closed socket would drop it
    await sent;
    await vi.waitFor(() => expect(received.map(String)).toEqual(["voice"]));
    sink.close();
  });

  it("paces every connection's RTCP reports on one shared clock, not a timer each (unpatched, one timer a stream)", () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    // As many reporting streams as 100 listeners hold: a sender report loop each, and receiver reports for the guide.
    const senders = Array.from({ length: 100 }, () => new RTCRtpSender("audio"));
    const receivers = Array.from({ length: 4 }, () => new RTCRtpReceiver({ debug: {} } as never, "audio", 0));
    for (const s of senders) void s.runRtcp();
    for (const r of receivers) void r.runRtcp();
    const during = timers();
    for (const s of senders) s.stop();
    for (const r of receivers) r.stop();
    expect(during - before).toBeLessThanOrEqual(1);
  });

  it("runs an event's plain subscribers without making a promise (unpatched, one a packet at every layer)", () => {
    const event = new Event<[number]>();
    let heard = 0;
    event.subscribe(() => heard++);
    let promises = 0;
    const hook = createHook({ init: (_id, type) => void (type === "PROMISE" && promises++) }).enable();
    for (let i = 0; i < 100; i++) event.execute(i);
    hook.disable();
    expect(heard).toBe(100);
    expect(promises).toBe(0);
  });
});
