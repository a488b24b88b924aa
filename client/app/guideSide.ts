// A signed-in guide's side of the tour: the guide panel (only while they lead), the headcount and hands, and the plan
// tools (start a tour; add this spot as a stop, reorder, delete) over the plans REST API. Never built for a member.
import { FollowState, MessageType } from "../../common/messageTypes";
import type { StoredTourPlan, TourPlan, TourTarget } from "../../common/tour";
import { tourLink } from "../../common/tourLink";
import type { SettingsStore } from "../state/settings";
import { leadsTour, type TourView } from "../state/tourStore";
import { createGroupPanel } from "../ui/tourGroupPanel";
import { createGuidePanel, type GuidePanel } from "../ui/tourGuidePanel";
import { gt } from "../ui/tourGuideStrings";
import { createPlanTools } from "../ui/tourPlanTools";
import { apiProblemText } from "../ui/tourStrings";
import type { GuideSession } from "../net/guideSession";
import { draftStop, type SightNearby } from "../state/stopDraft";
import { createPlan, getPlan, listPlans, reorderStops, replacePlan, TourApiError } from "../net/tourApi";

export interface GuideSideContext {
  root: HTMLElement;
  settings: SettingsStore;
  session: GuideSession;
  send(type: string, body?: unknown): void;
  /** Whose voice is heard now (the mark in the headcount). */
  isSpeaking(id: string): boolean;
  /** Where the guide stands and what they look at, and the sights of the scene, for "add this spot as a stop". */
  spot(): {
    sceneId: string;
    x: number;
    z: number;
    yaw: number;
    aimedAt: TourTarget | null;
    sights: SightNearby[];
  } | null;
  chooseSight(sights: SightNearby[], at: { x: number; z: number }, aimedAt: TourTarget | null): SightNearby | null;
  /** The spotlight button: the thing the guide looks at, else the stop's own target. */
  spotlightTarget(): TourTarget | null;
}

export interface GuideSide {
  show(view: TourView | null): void;
  panel(): GuidePanel;
  addStop(planId: string | null): Promise<string>;
  reorder(planId: string, stopIds: string[]): Promise<void>;
  removeStop(planId: string, stopId: string): Promise<void>;
}

const bare = ({ owner: _o, updatedAt: _u, ...plan }: StoredTourPlan): TourPlan => plan;

export function createGuideSide(ctx: GuideSideContext): GuideSide {
  const lang = () => ctx.settings.get().lang;
  const token = async () => {
    const t = await ctx.session.token();
    if (!t) throw new Error(gt("signInFirst", lang()));
    return t;
  };
  /** API failures in the guide's words. */
  const worded = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof TourApiError)
        throw new Error(apiProblemText(err.problem, lang(), err.message, err.retryAfter), { cause: err });
      throw err;
    }
  };
  const plans = () => worded(async () => listPlans(await token()));
  const planById = (id: string) => worded(async () => getPlan(await token(), id));

  const panel = createGuidePanel(ctx.root, ctx.settings, ctx.send, () => {
    const target = ctx.spotlightTarget();
    if (target) ctx.send(MessageType.TourSpotlight, { target });
  });
  const group = createGroupPanel(panel.body, ctx.settings, ctx.send);

  const side: GuideSide = {
    panel: () => panel,
    async addStop(planId) {
      const spot = ctx.spot();
      const sight = spot && ctx.chooseSight(spot.sights, spot, spot.aimedAt);
      if (!spot || !sight) throw new Error(gt("nothingHere", lang()));
      return worded(async () => {
        const t = await token();
        const plan = planId ? await planById(planId) : null;
        const stop = draftStop({ ...spot, sight, takenIds: plan?.stops.map((s) => s.id) ?? [] });
        const saved = plan
          ? await replacePlan(t, { ...bare(plan), stops: [...plan.stops, stop] })
          : await createPlan(t, {
              title: { en: gt("newPlanTitle", "en"), zh: gt("newPlanTitle", "zh") },
              description: { en: stop.title.en, zh: stop.title.zh },
              stops: [stop],
            });
        return gt("added", lang(), { title: stop.title[lang()], n: saved.stops.length, plan: saved.title[lang()] });
      });
    },
    reorder: (planId, stopIds) => worded(async () => void (await reorderStops(await token(), planId, stopIds))),
    removeStop: (planId, stopId) =>
      worded(async () => {
        const plan = await planById(planId);
        await replacePlan(await token(), { ...bare(plan), stops: plan.stops.filter((s) => s.id !== stopId) });
      }),
    show(v) {
      const leads = leadsTour(v);
      tools.setLeading(!!v?.live);
      if (!v?.live || !v.plan || !leads) {
        panel.show(null);
        group.show(null);
        return;
      }
      const live = v.live;
      panel.show({
        code: v.code,
        link: location.origin + tourLink(v.code),
        stops: v.plan.stops,
        stopIndex: live.stop,
        followOn: live.members.some((m) => m.follow !== FollowState.Off),
        spotlightOn: !!live.spotlight,
        lockRadius: live.lockRadius,
        announcement: live.announcement,
        unlisted: live.unlisted,
        layer: live.layer,
      });
      const members = live.members.filter((m) => m.id !== live.guide);
      group.show({ members, left: live.left, speaking: members.filter((m) => ctx.isSpeaking(m.id)).map((m) => m.id) });
    },
  };
  const tools = createPlanTools(panel.body, ctx.settings, {
    guideName: () => ctx.session.current()?.name ?? "",
    plans,
    plan: planById,
    send: ctx.send,
    addStop: side.addStop,
    reorder: side.reorder,
    removeStop: side.removeStop,
  });
  return side;
}
