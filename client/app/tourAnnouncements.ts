// A guided tour's events for a screen reader, through the museum's announcer: each new stop with its number and
// title, the guide's announcement, the guide's connection dropping and coming back, an invitation to follow and the
// end of the tour, in the visitor's language. Read from the tour's report twice a second (nothing when no tour).
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "../ui/accessStrings";
import type { Announcer } from "../ui/announcer";
import type { FrameLoop } from "./frameLoop";
import type { TourReport } from "./tourAutomation";

const READ_EVERY_MS = 500;

export function announceTourEvents(
  loop: FrameLoop,
  settings: SettingsStore,
  announcer: Announcer,
  tour: () => TourReport | null,
): void {
  let last: TourReport | null = null;
  let lastRead = -Infinity;
  loop.join("present", (frame) => {
    if (frame.now - lastRead < READ_EVERY_MS) return;
    lastRead = frame.now;
    const now = tour();
    const was = last;
    last = now;
    const lang: Lang = settings.get().lang;
    const say = (text: string) => announcer.say(text, lang);
    if (!now) {
      if (was) say(aw("tourEnded", lang));
      return;
    }
    const sameTour = was?.code === now.code;
    if (now.stop && (!sameTour || was.stopIndex !== now.stopIndex))
      say(aw("tourStop", lang, { n: now.stopIndex + 1, m: now.stopCount, title: now.stop.title }));
    if (!sameTour) return;
    if (now.status !== was.status) say(aw(now.status === "guide-away" ? "tourGuideAway" : "tourGuideBack", lang));
    if (now.announcement && now.announcement !== was.announcement)
      say(aw("tourAnnouncement", lang, { text: now.announcement }));
    if (now.follow === "invited" && was.follow !== "invited") say(aw("tourFollowInvite", lang));
  });
}
