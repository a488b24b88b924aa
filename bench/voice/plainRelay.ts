// The floor under the media server's CPU on this machine, now: a bare Node process that relays each datagram the
// guide sends (the same sizes, 50 a second) to every listener's socket in another process, with no SRTP, no RTCP, no
// ICE, no werift. Whatever a Node SFU does, it pays at least this: a wake for each incoming packet and one UDP send
// a copy (sent as werift's patched sockets send: an IP answered at once, no DNS tick). One file, two roles, forked
// by bench/voice/plainRelayClient.ts: `relay` (the relay) and `listeners` (the guide's sender and the sinks).
import { createSocket, type Socket } from "node:dgram";
import { isIP } from "node:net";
import { FromPlainRelay, ToPlainRelay } from "./plainRelayProtocol";

const LOOPBACK = "127.0.0.1";
const role = process.argv[2];

const send = (m: FromPlainRelay) => process.send?.(FromPlainRelay.parse(m));
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const udpLookup = (host: string, _opts: unknown, callback: (e: Error | null, a: string, f: number) => void) =>
  callback(isIP(host) ? null : new Error(`the plain relay sends to IPs only, not "${host}"`), host, 4);

function bound(socket: Socket): Promise<number> {
  return new Promise((resolve) => socket.bind(0, LOOPBACK, () => resolve(socket.address().port)));
}

async function relay(): Promise<void> {
  const socket = createSocket({ type: "udp4", lookup: udpLookup as never });
  let targets: number[] = [];
  let copies = 0;
  socket.on("message", (datagram) => {
    for (const port of targets) socket.send(datagram, port, LOOPBACK);
    copies += targets.length;
  });
  process.on("message", (raw) => {
    const m = ToPlainRelay.parse(raw);
    if (m.op === "targets") targets = m.ports;
    else if (m.op === "read") send({ op: "counts", cpuMicros: cpuMicros(), datagrams: copies });
  });
  send({ op: "ready", port: await bound(socket) });
}

async function listeners(): Promise<void> {
  const sinks: Socket[] = [];
  const sender = createSocket({ type: "udp4", lookup: udpLookup as never });
  let received = 0;
  let speaking: ReturnType<typeof setInterval> | undefined;
  process.on("message", (raw) => {
    void (async () => {
      const m = ToPlainRelay.parse(raw);
      if (m.op === "open") {
        while (sinks.length < m.sockets) {
          const sink = createSocket("udp4");
          sink.on("message", () => received++);
          await bound(sink);
          sinks.push(sink);
        }
        send({ op: "opened", ports: sinks.slice(0, m.sockets).map((s) => s.address().port) });
      } else if (m.op === "speak") {
        clearInterval(speaking);
        if (m.sizes.length === 0) return;
        const datagrams = m.sizes.map((n) => Buffer.alloc(n, 0x55));
        let next = 0;
        speaking = setInterval(() => sender.send(datagrams[next++ % datagrams.length]!, m.to, LOOPBACK), 20);
      } else if (m.op === "read") send({ op: "counts", cpuMicros: cpuMicros(), datagrams: received });
    })();
  });
  send({ op: "ready", port: await bound(sender) });
}

if (role === "relay") await relay();
else if (role === "listeners") await listeners();
else throw new Error(`plainRelay.ts: role "${role}" is neither "relay" nor "listeners"`);
