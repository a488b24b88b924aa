// Who may say what in the chat, and who reads it: pure rules over the room as the chat sees it. A line costs its
// sender a token (a burst of CHAT_BURST, then one every CHAT_REFILL_MS); a tour's slow mode spaces a member's tour
// lines further; scene lines reach everyone in the sender's scene, tour lines the tour's members and guides; a block
// cuts both ways, and a silenced visitor sends nothing.

export const CHAT_BURST = 4;
export const CHAT_REFILL_MS = 2000;

/** One visitor's pace: tokens left and when they were last counted, and their last tour line. */
export interface ChatPace {
  tokens: number;
  countedAt: number;
  lastTourLine: number;
}

export const freshPace = (now: number): ChatPace => ({ tokens: CHAT_BURST, countedAt: now, lastTourLine: -Infinity });

export type PaceVerdict = { ok: true } | { ok: false; why: "too-fast" | "slowed"; waitSec: number };

/**
 * Whether a line may go now; spends the token (and marks the tour line) when it may. `slowSec` is the tour's slow
 * mode for a member's tour line (0 otherwise: guides and scene lines are never slowed).
 */
export function paceLine(pace: ChatPace, now: number, slowSec: number): PaceVerdict {
  const refill = Math.floor((now - pace.countedAt) / CHAT_REFILL_MS);
  if (refill > 0) {
    pace.tokens = Math.min(CHAT_BURST, pace.tokens + refill);
    pace.countedAt = pace.tokens === CHAT_BURST ? now : pace.countedAt + refill * CHAT_REFILL_MS;
  }
  if (slowSec > 0 && now - pace.lastTourLine < slowSec * 1000) {
    return { ok: false, why: "slowed", waitSec: Math.ceil((pace.lastTourLine + slowSec * 1000 - now) / 1000) };
  }
  if (pace.tokens < 1) {
    return { ok: false, why: "too-fast", waitSec: Math.ceil((pace.countedAt + CHAT_REFILL_MS - now) / 1000) };
  }
  pace.tokens -= 1;
  if (slowSec > 0) pace.lastTourLine = now;
  return { ok: true };
}

/** One person as the chat sees them. */
export interface ChatParty {
  id: string;
  sceneId: string;
  /** The code of the tour they are in, or null. */
  tour: string | null;
}

/**
 * Who reads a line: the sender's scene (scene channel) or tour (tour channel), the sender included, nobody who has
 * blocked or been blocked by the sender. Cost: one pass over the room.
 */
export function chatReaders(
  sender: ChatParty,
  channel: "scene" | "tour",
  room: Iterable<ChatParty>,
  blocked: (a: string, b: string) => boolean,
): string[] {
  const readers: string[] = [];
  for (const p of room) {
    const near = channel === "scene" ? p.sceneId === sender.sceneId : sender.tour !== null && p.tour === sender.tour;
    if (near && (p.id === sender.id || !blocked(sender.id, p.id))) readers.push(p.id);
  }
  return readers;
}
