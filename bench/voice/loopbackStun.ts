// A STUN binding responder on 127.0.0.1 for every peer of the bench, the media server's included. werift 0.24.4
// falls back to a public STUN server (stun.l.google.com) when it is given none (its ice.js), so each connection
// would look that name up; offline the lookups queue on libuv's four threads and a batch of ten offers waits ~5 s.
// Answered here, nothing leaves the machine and setting up 200 listeners takes seconds. It changes nothing once a
// connection is up: the candidates it reflects are the loopback host candidates the peers have anyway.
import { createSocket } from "node:dgram";
import { classes, Message, methods, parseMessage } from "werift";

export interface LoopbackStun {
  /** For a peer's `iceServers`: `stun:127.0.0.1:<port>`. */
  url: string;
  close(): void;
}

export async function startLoopbackStun(): Promise<LoopbackStun> {
  const socket = createSocket("udp4");
  socket.on("message", (data, from) => {
    const request = parseMessage(data);
    if (!request || request.messageMethod !== methods.BINDING || request.messageClass !== classes.REQUEST) return;
    const response = new Message(methods.BINDING, classes.RESPONSE, request.transactionId)
      .setAttribute("XOR-MAPPED-ADDRESS", [from.address, from.port])
      .addFingerprint();
    socket.send(response.bytes, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return { url: `stun:127.0.0.1:${socket.address().port}`, close: () => socket.close() };
}
