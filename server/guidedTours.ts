// Assembles guided tours for one server process: the store, guide tokens, the sample plans (checked and seeded on
// first start), the REST routers and what every room needs. museumServer.ts plugs the result in.
import path from "node:path";
import type { Router } from "express";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { SceneLibrary } from "./content/loadScenes";
import { loadTourPlans } from "./content/loadTourPlans";
import { tourContent } from "./content/tourContent";
import { createGuideTokens, newTokenSecret } from "./auth/guideToken";
import { guidesApi } from "./http/guidesApi";
import { liveToursApi } from "./http/liveToursApi";
import { tourPlansApi } from "./http/tourPlansApi";
import type { MuseumRoomSettings } from "./rooms/MuseumRoom";
import { openMuseumStore } from "./store/museumStore";
import type { TourContent } from "./logic/tourPlanCheck";

export interface GuidedTours {
  routers: Router[];
  roomSettings: Pick<MuseumRoomSettings, "verifyGuide" | "tours">;
  close(): void;
}

/** `catalog`: when loaded, an exhibit a plan names must also be one of its records (not only on display). */
export function startGuidedTours(config: Config, scenes: SceneLibrary, log: Logger, roomName: string, catalog?: TourContent["catalog"]): GuidedTours {
  const content = tourContent(scenes, catalog);
  // Checked before the store is touched: a broken sample stops the start with its file, path and problem.
  const samples = loadTourPlans(path.join(config.assetsDir, "tours"), config.assetsDir, content);
  const store = openMuseumStore(config.dataDir);
  try {
    const seeded = store.plans.seed(samples);
    if (seeded.length) log.info({ plans: seeded }, "sample tour plans added to the store");
    // Tours from before a restart are not restored yet (issue 7): their rooms are gone, so their records are stale.
    for (const stale of store.liveTours.all()) store.liveTours.remove(stale.code);
    const tokens = createGuideTokens(config.guideTokenSecret ?? store.secret("guide-token", newTokenSecret), config.guideTokenTtlSeconds);
    return {
      routers: [
        guidesApi({ guides: store.guides, tokens, attemptsPerMinute: config.loginAttemptsPerMinute, log }),
        tourPlansApi({ plans: store.plans, tokens, content, log }),
        liveToursApi({ roomName, log }),
      ],
      roomSettings: {
        verifyGuide: (token) => tokens.verify(token),
        tours: { plans: store.plans, content, liveTours: store.liveTours, headroom: config.tourHeadroom, log },
      },
      close: () => store.close(),
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
