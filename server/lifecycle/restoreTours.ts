// Start-up after a restart (SIGTERM or kill -9): the live tours written through to the store are read back
// (zod-checked; a damaged record is dropped with a warning naming it), grouped as they were by room, and each group
// is handed to a fresh room instance, whose members reclaim their seats with their tour tickets.
import { matchMaker } from "@colyseus/core";
import type { Logger } from "pino";
import type { LiveTour } from "../logic/liveTour";
import { restoreLiveTour } from "../logic/tourSnapshot";
import type { LiveTours } from "../store/liveTours";

/** A restart takes longer than a network blip: seats wait at least this long for their members. */
export const MIN_RESTART_GRACE_SECONDS = 120;

/** Groups of restored tours waiting for a room; a room takes one group in onCreate (settings.tours.restored). */
export interface TourRestorations {
  take(): LiveTour[] | undefined;
}

export interface RestoreReport {
  tours: number;
  rooms: number;
  /** Records that could not be read back (removed from the store). */
  dropped: number;
  /** Tours whose room is still open in another process (scale-out): theirs, left alone. */
  elsewhere: number;
}

export function createRestorations(): TourRestorations & { push(group: LiveTour[]): void } {
  const waiting: LiveTour[][] = [];
  return { take: () => waiting.shift(), push: (group) => void waiting.push(group) };
}

/** Reads every stored tour and reopens a room for each group; call once the game server listens. */
export async function restoreTours(o: {
  store: LiveTours;
  roomName: string;
  restorations: ReturnType<typeof createRestorations>;
  log: Logger;
}): Promise<RestoreReport> {
  const report: RestoreReport = { tours: 0, rooms: 0, dropped: 0, elsewhere: 0 };
  const byRoom = new Map<string, LiveTour[]>();
  for (const row of o.store.all()) {
    try {
      const tour = restoreLiveTour(row.plan, row.state);
      byRoom.set(row.roomId, [...(byRoom.get(row.roomId) ?? []), tour]);
    } catch (err) {
      o.log.warn({ code: row.code, err: (err as Error).message }, "a stored live tour could not be read back: dropped");
      o.store.remove(row.code);
      report.dropped++;
    }
  }
  for (const [roomId, group] of byRoom) {
    if ((await matchMaker.query({ roomId })).length > 0) {
      report.elsewhere += group.length;
      continue;
    }
    o.restorations.push(group);
    // In this process, always: the tours wait in this process's queue, and createRoom may pick another process.
    await matchMaker.handleCreateRoom(o.roomName, {});
    report.tours += group.length;
    report.rooms++;
  }
  if (report.tours || report.dropped) o.log.info({ ...report }, "live tours restored from the store");
  return report;
}
