// A member's side of the tour: their panel (stop, captions, announcement, the follow invitation) worked out from the
// tour store, and its buttons sent to the room as tour commands. Every visitor in a tour has it; the guide's own
// controls are the guide side's (app/guideSide.ts).
import { FollowState, MessageType, TourStatus } from "../../common/messageTypes";
import { currentStopOf, leadsTour, myMembership, type TourView } from "../state/tourStore";
import type { SettingsStore } from "../state/settings";
import { createTourPanel, type TourPanel, type TourPanelModel } from "../ui/tourPanel";

export interface MemberSideContext {
  root: HTMLElement;
  settings: SettingsStore;
  send(type: string, body?: unknown): void;
  /** The Listen button: lets the narration's audio play (inside the visitor's click). */
  listen(): void;
  /** The scene shown now (the panel says when the stop is elsewhere). */
  sceneId(): string | null;
}

/** The panel's model for a tour view, or null outside a tour. */
export function memberPanelModel(v: TourView | null, sceneId: string | null): TourPanelModel | null {
  const live = v?.live;
  if (!v || !live) return null;
  const me = myMembership(v);
  const stop = currentStopOf(v);
  return {
    leads: leadsTour(v),
    guideName: live.guideName,
    stopIndex: live.stop,
    stopCount: live.stopCount,
    stop,
    guideAway: live.status === TourStatus.GuideAway,
    elsewhere: !!stop && stop.sceneId !== sceneId,
    lockRadius: live.lockRadius,
    follow: me?.follow ?? FollowState.Off,
    handRaised: (me?.hand ?? 0) > 0,
    announcement: { seq: live.announceSeq, text: live.announcement },
  };
}

export interface MemberSide {
  panel: TourPanel;
  show(v: TourView | null): void;
}

export function createMemberSide(ctx: MemberSideContext): MemberSide {
  const panel = createTourPanel(ctx.root, ctx.settings, {
    raiseHand: (raised) => ctx.send(MessageType.TourRaiseHand, { raised }),
    toGuide: () => ctx.send(MessageType.TourToGuide),
    leave: () => ctx.send(MessageType.TourLeave),
    followReply: (accept) => ctx.send(MessageType.TourFollowReply, { accept }),
    listen: ctx.listen,
  });
  return { panel, show: (v) => panel.show(memberPanelModel(v, ctx.sceneId())) };
}
