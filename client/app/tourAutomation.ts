// bund.tour() and bund.tourControl: the tour as tests and outside checks read and drive it (nothing else uses them).
import { FollowState, MemberPlace, TourStatus } from "../../common/messageTypes";
import type { Lang } from "../../common/sceneParts";
import type { TourMarkState } from "../state/markState";
import { currentStopOf, leadsTour, myMembership, type TourStore } from "../state/tourStore";
import type { GuideSide } from "./guideSide";
import type { NarrationReport } from "../ui/narrationPlayer";

const FOLLOW = {
  [FollowState.Off]: "off",
  [FollowState.Invited]: "invited",
  [FollowState.Following]: "following",
} as const;
const PLACE = {
  [MemberPlace.With]: "with",
  [MemberPlace.Behind]: "behind",
  [MemberPlace.Elsewhere]: "elsewhere",
  [MemberPlace.Offline]: "offline",
} as const;

export interface TourReport {
  code: string;
  guideName: string;
  /** This visitor leads the tour. */
  leads: boolean;
  status: "running" | "guide-away";
  stopIndex: number;
  stopCount: number;
  /** The current stop: its id and scene, and its title and text in the visitor's language. */
  stop: { id: string; sceneId: string; title: string; text: string; place: { x: number; z: number } } | null;
  narration: { playing: boolean; positionSec: number; caption: string; captionIndex: number };
  follow: "off" | "invited" | "following";
  handRaised: boolean;
  lockRadius: number;
  spotlight: { kind: string; id: string } | null;
  announcement: string;
  members: { id: string; name: string; place: string; hand: number; follow: string }[];
  left: string[];
}

export interface TourControl {
  /** What the guide's Start button does; resolves with the code and the full link once the tour has started. */
  start(planId: string): Promise<{ code: string; link: string }>;
  /** Sends any tour message as the panels do (refusals show as the panels show them). */
  send(type: string, body?: unknown): void;
  /** The signed-in guide's name, or null. */
  guideName(): string | null;
  /** The guide's "add this spot as a stop", reorder and delete (plans REST API). */
  addStop(planId: string | null): Promise<string>;
  reorder(planId: string, stopIds: string[]): Promise<void>;
  removeStop(planId: string, stopId: string): Promise<void>;
  /** What the tour draws in the scene now. */
  marks(): TourMarkState | null;
}

/** The tour's part of window.bund. */
export interface TourHandle {
  /** The guided tour the visitor is in, or null. */
  tour(): TourReport | null;
  /** Drives a tour as the guide's and member's panels do. */
  tourControl: TourControl;
}

export function tourAutomation(o: {
  store: TourStore;
  lang(): Lang;
  narration(): NarrationReport;
  /** The narration's position now (seconds), not as of the last frame. */
  positionNow(): number;
  marks(): TourMarkState | null;
  started(): { code: string; link: string } | null;
  send(type: string, body?: unknown): void;
  signedIn(): string | null;
  guide(): GuideSide | null;
}): TourHandle {
  const needGuide = () => {
    const g = o.guide();
    if (!g) throw new Error("not signed in as a guide");
    return g;
  };
  return {
    tour() {
      const v = o.store.get();
      const live = v?.live;
      if (!v || !live) return null;
      const lang = o.lang();
      const stop = currentStopOf(v);
      const me = myMembership(v);
      const n = o.narration();
      return {
        code: v.code,
        guideName: live.guideName,
        leads: leadsTour(v),
        status: live.status === TourStatus.GuideAway ? "guide-away" : "running",
        stopIndex: live.stop,
        stopCount: live.stopCount,
        stop: stop
          ? {
              id: stop.id,
              sceneId: stop.sceneId,
              title: stop.title[lang],
              text: stop.narration[lang],
              place: { ...stop.place },
            }
          : null,
        narration: {
          playing: n.playing,
          positionSec: o.positionNow(),
          caption: n.caption,
          captionIndex: n.captionIndex,
        },
        follow: FOLLOW[me?.follow ?? FollowState.Off],
        handRaised: (me?.hand ?? 0) > 0,
        lockRadius: live.lockRadius,
        spotlight: live.spotlight ? { ...live.spotlight } : null,
        announcement: live.announcement,
        members: live.members.map((m) => ({
          id: m.id,
          name: m.name,
          place: PLACE[m.place],
          hand: m.hand,
          follow: FOLLOW[m.follow],
        })),
        left: [...live.left],
      };
    },
    tourControl: {
      async start(planId) {
        const before = o.started();
        o.send("tour:start", { planId });
        const t0 = performance.now();
        while (performance.now() - t0 < 10_000) {
          const s = o.started();
          if (s && s !== before && o.store.get()?.code === s.code) return s;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`tour plan "${planId}" did not start within 10 s`);
      },
      send: (type, body) => o.send(type, body),
      guideName: o.signedIn,
      addStop: (planId) => needGuide().addStop(planId),
      reorder: (planId, ids) => needGuide().reorder(planId, ids),
      removeStop: (planId, id) => needGuide().removeStop(planId, id),
      marks: o.marks,
    },
  };
}
