// The museum's voice for screen readers: one polite live region that speaks short lines (where the visitor is, what
// is ahead), each in the language it was written in. The last lines are kept for the automation handle.
import type { Lang } from "../../common/sceneParts";
import { el } from "./dom";

export interface Announcement {
  text: string;
  lang: Lang;
}

export interface Announcer {
  say(text: string, lang: Lang): void;
  /** The latest announcements, oldest first. */
  history(): readonly Announcement[];
}

const KEPT = 20;

export function createAnnouncer(root: HTMLElement): Announcer {
  const region = el("div", { id: "announcer", class: "sr-only", role: "status", "aria-live": "polite" });
  root.append(region);
  const said: Announcement[] = [];
  return {
    say(text, lang) {
      said.push({ text, lang });
      if (said.length > KEPT) said.shift();
      // A fresh node each time, so that a line said twice is spoken twice.
      region.replaceChildren(el("p", { lang: lang === "zh" ? "zh-Hans" : "en" }, text));
    },
    history: () => said,
  };
}
