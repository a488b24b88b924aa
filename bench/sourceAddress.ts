// Bench clients that each come from their own loopback address (127.x.y.z, all routed to this machine by Linux):
// a museum that counts sockets, rooms or seats per address then sees 100 visitors from 100 homes and an attacker
// from its own, as in production, instead of one address holding everyone. Imports no colyseus.js (see below).
import NodeWebSocket from "ws";

/** Header the bench sets on a colyseus.js Client to choose the socket's source address; never sent on the wire. */
export const SOURCE_HEADER = "x-bench-source-address";

/** The n-th address of a block: block 0 for honest visitors, 1 for hostile clients, 2 for the health probe. */
export function loopbackAddress(block: number, n: number): string {
  return `127.${block}.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

/**
 * colyseus.js picks its WebSocket class once, when it loads (`globalThis.WebSocket || ws`), and passes only headers
 * and protocols: this puts in a `ws` that binds the socket to the address named in SOURCE_HEADER. Call it before
 * colyseus.js is first imported (the bench entry imports the bot modules afterwards).
 */
export function useSourceAddresses(): void {
  class SourcedWebSocket extends NodeWebSocket {
    constructor(url: string, options?: { headers?: Record<string, string>; protocols?: string | string[] }) {
      const { [SOURCE_HEADER]: localAddress, ...headers } = options?.headers ?? {};
      super(url, options?.protocols, { headers, ...(localAddress ? { localAddress } : {}) });
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = SourcedWebSocket;
}
