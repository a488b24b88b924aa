// Assembles guided tours for one server process: the store, guide tokens and tour tickets, the sample plans (checked
// and seeded on first start), the REST routers, what every room needs, and the tours to restore after a restart.
// museumServer.ts plugs the result in.
import path from "node:path";
import type { Router } from "express";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { SceneLibrary } from "./content/loadScenes";
import { loadTourPlans } from "./content/loadTourPlans";
import { tourContent } from "./content/tourContent";
import { createGuideTokens, newTokenSecret } from "./auth/guideToken";
import { createTourTickets } from "./auth/tourTickets";
import { guidesApi } from "./http/guidesApi";
import { liveToursApi } from "./http/liveToursApi";
import { tourPlansApi } from "./http/tourPlansApi";
import type { MuseumRoomSettings } from "./rooms/roomSettings";
import { openMuseumStore } from "./store/museumStore";
import type { TourContent } from "./logic/tourPlanCheck";
import { guideNameRegister } from "./logic/guideNames";
import {
  createRestorations,
  MIN_RESTART_GRACE_SECONDS,
  restoreTours,
  type RestoreReport,
} from "./lifecycle/restoreTours";

/** A guide account added while the server runs is protected from look-alike visitor names within this time. */
const GUIDE_NAMES_MAX_AGE_MS = 5000;
const PRUNE_EVERY_MS = 6 * 3600_000;

export interface GuidedTours {
  routers: Router[];
  roomSettings: Pick<MuseumRoomSettings, "verifyGuide" | "isGuideName" | "tours" | "moderation">;
  /** Reopens rooms for the live tours the store kept through a restart; call once the game server listens. */
  restore(): Promise<RestoreReport>;
  close(): void;
}

/** `catalog`: when loaded, an exhibit a plan names must also be one of its records (not only on display). */
export function startGuidedTours(
  config: Config,
  scenes: SceneLibrary,
  log: Logger,
  roomName: string,
  catalog?: TourContent["catalog"],
): GuidedTours {
  const content = tourContent(scenes, catalog);
  // Checked before the store is touched: a broken sample stops the start with its file, path and problem.
  const samples = loadTourPlans(path.join(config.assetsDir, "tours"), config.assetsDir, content);
  const store = openMuseumStore(config.dataDir, log);
  try {
    const seeded = store.plans.seed(samples);
    if (seeded.length) log.info({ plans: seeded }, "sample tour plans added to the store");
    // Every check of a token reads the account's token version from the store (a reset or removal ends the sign-in).
    const tokens = createGuideTokens(
      config.guideTokenSecret ?? store.secret("guide-token", newTokenSecret),
      config.guideTokenTtlSeconds,
      {
        versions: (name) => store.guides.tokenVersion(name),
        maxLifetimeSeconds: config.guideSignInMaxSeconds,
      },
    );
    // Kept in the store, so tickets handed out before a restart are still good after it.
    const tickets = createTourTickets(store.secret("tour-ticket", newTokenSecret));
    const restorations = createRestorations();
    // The moderation log keeps MODERATION_RETENTION_DAYS: pruned at start and every few hours after.
    const prune = () => store.moderation.prune(Date.now() - config.moderationRetentionDays * 86_400_000);
    const pruned = prune();
    if (pruned) log.info({ rows: pruned }, "moderation log rows past their retention deleted");
    const pruning = setInterval(prune, PRUNE_EVERY_MS).unref();
    const guideNames = guideNameRegister(() => store.guides.list().map((g) => g.name), GUIDE_NAMES_MAX_AGE_MS);
    return {
      routers: [
        guidesApi({ guides: store.guides, tokens, attemptsPerMinute: config.loginAttemptsPerMinute, log }),
        tourPlansApi({
          plans: store.plans,
          tokens,
          content,
          log,
          quota: { plansPerGuide: config.tourPlansPerGuide, maxPlanBytes: config.tourPlanMaxBytes },
        }),
        liveToursApi({ roomName, log, requestsPerMinute: config.admissionLimits.tourRequestsPerMinute }),
      ],
      roomSettings: {
        verifyGuide: (token) => tokens.verify(token),
        isGuideName: (likeness) => guideNames(likeness, Date.now()),
        moderation: store.moderation,
        tours: {
          plans: store.plans,
          content,
          liveTours: store.liveTours,
          headroom: config.tourHeadroom,
          log,
          tickets,
          restored: restorations,
          restoreGraceSeconds: Math.max(MIN_RESTART_GRACE_SECONDS, config.reconnectGraceSeconds),
        },
      },
      restore: () => restoreTours({ store: store.liveTours, roomName, restorations, log }),
      close: () => {
        clearInterval(pruning);
        store.close();
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
