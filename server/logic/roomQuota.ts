// How many room instances may be opened: per address in a sliding minute, and in total in this process. Pure, the
// clock passed in; the rooms call it from onCreate (refusing throws) and onDispose.

export interface RoomQuotaLimits {
  perAddressPerMinute: number;
  total: number;
}

export type RoomOpening = { ok: true } | { ok: false; status: 429 | 503; reason: string; retryAfterSec: number };

export interface RoomQuota {
  /**
   * Counts a room being opened for `address` (undefined: the server itself opens it, e.g. restoring tours after a
   * restart — counted in the total, never refused).
   */
  open(address: string | undefined, nowMs: number): RoomOpening;
  /** What `open` would answer now, counting nothing (to refuse before a room is even built). */
  peek(address: string, nowMs: number): RoomOpening;
  /** A room was disposed. */
  closed(): void;
  /** Rooms open now. */
  readonly liveRooms: number;
}

const WINDOW_MS = 60_000;
/**
 * Within the minute's allowance, at most this many rooms in any BURST_MS: a room costs about a millisecond to build,
 * and ten addresses opening their ten at once stalled the process for 100 ms (bench:abuse's /healthz tail).
 */
export const ROOM_BURST = 3;
const BURST_MS = 10_000;

export function createRoomQuota(limits: RoomQuotaLimits, maxAddresses = 10_000): RoomQuota {
  const opened = new Map<string, number[]>();
  let live = 0;
  const refusal = (address: string, nowMs: number, times: number[]): RoomOpening | null => {
    if (live >= limits.total)
      return {
        ok: false,
        status: 503,
        reason: `the museum holds as many rooms as it may (${limits.total}): try again in a minute`,
        retryAfterSec: 60,
      };
    const burst = times.filter((t) => t > nowMs - BURST_MS);
    if (times.length < limits.perAddressPerMinute && burst.length < ROOM_BURST) return null;
    if (times.length < limits.perAddressPerMinute) {
      const retryAfterSec = Math.max(1, Math.ceil((burst[0] + BURST_MS - nowMs) / 1000));
      return {
        ok: false,
        status: 429,
        reason: `your address has opened ${ROOM_BURST} rooms in the last ${BURST_MS / 1000} s: try again in ${retryAfterSec} s`,
        retryAfterSec,
      };
    }
    const retryAfterSec = Math.max(1, Math.ceil((times[0] + WINDOW_MS - nowMs) / 1000));
    return {
      ok: false,
      status: 429,
      reason: `your address has opened ${limits.perAddressPerMinute} rooms in the last minute: try again in ${retryAfterSec} s`,
      retryAfterSec,
    };
  };
  const recent = (address: string, nowMs: number) => (opened.get(address) ?? []).filter((t) => t > nowMs - WINDOW_MS);
  return {
    peek: (address, nowMs) => refusal(address, nowMs, recent(address, nowMs)) ?? { ok: true },
    open(address, nowMs) {
      if (address === undefined) {
        live++;
        return { ok: true };
      }
      const times = recent(address, nowMs);
      const refused = refusal(address, nowMs, times);
      if (refused) {
        opened.set(address, times);
        return refused;
      }
      times.push(nowMs);
      // A flood of fresh addresses must not grow the map without end: forget the oldest.
      if (!opened.has(address) && opened.size >= maxAddresses) opened.delete(opened.keys().next().value!);
      opened.set(address, times);
      live++;
      return { ok: true };
    },
    closed() {
      live = Math.max(0, live - 1);
    },
    get liveRooms() {
      return live;
    },
  };
}
