// Admission to a tour before the room link opens: the entry screen's tour part (code, live tours, guide sign-in),
// the guide's token and the tour's seat for the link, and, after a server restart, the way back in with the seat
// ticket of "tour:plan".
import { TourEndReason } from "../../common/messageTypes";
import type { Lang } from "../../common/sceneParts";
import type { LinkOptions } from "../net/connection";
import type { GuideSession } from "../net/guideSession";
import { listLiveTours, reserveSeat, TourApiError } from "../net/tourApi";
import type { SettingsStore } from "../state/settings";
import type { EntryScreen } from "../ui/entryScreen";
import { attachTourEntry } from "../ui/tourEntry";
import { apiProblemText, tt } from "../ui/tourStrings";

export interface EnterChoice {
  name?: string;
  lang?: Lang;
  tourCode?: string;
  guide?: { name: string; password: string };
}

export type Admitted = Pick<LinkOptions, "admission" | "onRoom" | "rejoin">;

export interface TourAdmissionContext {
  entry: EntryScreen;
  settings: SettingsStore;
  session: GuideSession;
  /** The scene the visitor stands in (the seat is asked for it). */
  sceneId(): string | null;
  onRoom: NonNullable<LinkOptions["onRoom"]>;
  /** The tour did not come back after a restart (it ended meanwhile): a free visit again. */
  lost(reason: string): void;
}

export interface TourAdmission {
  /** Before joining: signs a guide in and reserves a tour's seat; null (with the reason on the entry screen) if not. */
  admit(choice: EnterChoice): Promise<Admitted | null>;
  /** The seat ticket of "tour:plan" (what brings this member back after a server restart); null once out. */
  hold(ticket: { code: string; ticket: string } | null): void;
}

/** Seats for the link: the one already reserved first (so a refusal was said in time), then fresh ones if it lapsed. */
function seatsFrom<T>(first: T, reserve: () => Promise<T>): () => Promise<T> {
  let kept: T | undefined = first;
  return () => {
    const seat = kept;
    kept = undefined;
    return seat !== undefined ? Promise.resolve(seat) : reserve();
  };
}

export function createTourAdmission(ctx: TourAdmissionContext): TourAdmission {
  const { settings, session } = ctx;
  const form = ctx.entry.element.querySelector("form")!;
  const entry = attachTourEntry(ctx.entry, settings, { session, liveTours: listLiveTours }, () => form.requestSubmit());
  let held: { code: string; ticket: string } | null = null;

  /** After a server restart: a fresh guide token, and this member's seat reclaimed with the ticket of "tour:plan". */
  const rejoin = async (name: string, sceneId: string) => {
    const guideToken = (await session.token().catch(() => null)) ?? undefined;
    const kept = held;
    if (!kept) return { guideToken };
    const reserve = () =>
      reserveSeat(kept.code, { name, sceneId, tourTicket: kept.ticket, ...(guideToken ? { guideToken } : {}) });
    try {
      return { guideToken, seat: seatsFrom(await reserve(), reserve) };
    } catch (err) {
      if (!(err instanceof TourApiError) || err.problem !== "no-such-tour") throw err; // down or starting: try again
      held = null;
      ctx.lost(TourEndReason.Ended);
      return { guideToken };
    }
  };

  return {
    hold: (ticket) => void (held = ticket),
    async admit(choice) {
      entry.clearError();
      const typed = entry.values();
      const code = (choice.tourCode ?? typed.tourCode)?.trim().toUpperCase();
      const creds = choice.guide ?? typed.guide;
      const l = choice.lang ?? settings.get().lang;
      try {
        if (creds && !session.current()) {
          if (!creds.name || !creds.password) throw new Error(tt("needPassword", l));
          await session.signIn(creds.name, creds.password);
        }
        const guideToken = (await session.token()) ?? undefined;
        const sceneId = ctx.sceneId() ?? "bund";
        // The name as typed: the entry screen keeps it only once the visitor is in.
        const typedName = ctx.entry.element.querySelector<HTMLInputElement>("#entry-name")?.value.trim();
        const name = (choice.name ?? typedName ?? settings.get().name) || "Visitor";
        const reserve = (c: string) => reserveSeat(c, { name, sceneId, ...(guideToken ? { guideToken } : {}) });
        // The first seat is reserved here, so a wrong code is said on the entry screen; the link asks again if it lapsed.
        const seat = code ? seatsFrom(await reserve(code), () => reserve(code)) : undefined;
        entry.close();
        return {
          admission: { guideToken, seat },
          onRoom: ctx.onRoom,
          rejoin: (sceneIdNow) => rejoin(name, sceneIdNow),
        };
      } catch (err) {
        entry.showError(
          err instanceof TourApiError
            ? apiProblemText(err.problem, l, err.message, err.retryAfter)
            : (err as Error).message,
        );
        return null;
      }
    },
  };
}
