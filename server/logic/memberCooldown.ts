// Per-member cooldowns for the tour commands that cost the server work for one member's wish (to-guide, raise-hand,
// follow-reply): a small token bucket per member and command. Pure, clock passed in; state only for members with a
// bucket not yet refilled, and none once the member is forgotten.
import { MessageType } from "../../common/messageTypes";

export interface Cooldown {
  /** Commands a second a member may keep sending. */
  perSecond: number;
  /** How many may come at once after a quiet spell. */
  burst: number;
}

/**
 * An honest member never notices these. "Take me to the guide" is a button pressed after walking off: two at once
 * (a double click), then one every 2 s. A hand goes up and down at a person's pace: six toggles at once, then three a
 * second. Accepting or declining a follow invitation happens once per invitation: four at once, then two a second.
 */
export const TOUR_COOLDOWNS = {
  [MessageType.TourToGuide]: { perSecond: 0.5, burst: 2 },
  [MessageType.TourRaiseHand]: { perSecond: 3, burst: 6 },
  [MessageType.TourFollowReply]: { perSecond: 2, burst: 4 },
} as const satisfies Record<string, Cooldown>;

export type CooledCommand = keyof typeof TOUR_COOLDOWNS;

export type CooldownVerdict = { ok: true } | { ok: false; retryInMs: number };

export interface MemberCooldowns {
  /** May the member's command run now? Takes one token when it may. */
  take(member: string, command: CooledCommand, now: number): CooldownVerdict;
  /** The member left: their buckets go. */
  forget(member: string): void;
  /** Buckets held (for tests: the state stays bounded). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  last: number;
}

export function createMemberCooldowns(limits: Record<CooledCommand, Cooldown> = TOUR_COOLDOWNS): MemberCooldowns {
  const buckets = new Map<string, Bucket>();
  const keyOf = (member: string, command: CooledCommand) => `${command}\n${member}`;
  return {
    take(member, command, now) {
      const { perSecond, burst } = limits[command];
      const key = keyOf(member, command);
      const b = buckets.get(key) ?? { tokens: burst, last: now };
      // A clock that steps back refills nothing (and takes nothing back).
      const tokens = Math.min(burst, b.tokens + (Math.max(0, now - b.last) / 1000) * perSecond);
      if (tokens < 1) {
        buckets.set(key, { tokens, last: Math.max(b.last, now) });
        return { ok: false, retryInMs: Math.ceil(((1 - tokens) / perSecond) * 1000) };
      }
      buckets.set(key, { tokens: tokens - 1, last: Math.max(b.last, now) });
      return { ok: true };
    },
    forget(member) {
      for (const command of Object.keys(limits) as CooledCommand[]) buckets.delete(keyOf(member, command));
    },
    get size() {
      return buckets.size;
    },
  };
}

/** "tour:to-guide again in 1.4 s": the refusal names when to try again. */
export function tooSoonMessage(command: CooledCommand, retryInMs: number): string {
  return `too soon: send ${command} again in ${(Math.max(retryInMs, 100) / 1000).toFixed(1)} s`;
}
