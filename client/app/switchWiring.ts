// One-switch mode in the visit: the scan's choices built from where the visitor is (another place nearby, go to it,
// read it; close an open card; in a tour, follow the guide, hear the stop, go to the group, or for its guide the next
// stop, gather and the narration), offered in turn and spoken; Space (the switch) takes the one on offer. On with
// ?switch=on in the address (?scan=<ms> sets the pace), or the help's toggle.
import { MessageType } from "../../common/messageTypes";
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { createSwitchScan, type ScanChoice } from "../state/switchScan";
import { accessWords as aw } from "../ui/accessStrings";
import type { Announcer } from "../ui/announcer";
import { createSwitchPanel } from "../ui/switchPanel";
import type { FrameLoop } from "./frameLoop";
import type { LazyTours } from "./lazyTours";
import type { Nearby } from "./nearbyWiring";

export interface SwitchParts {
  ui: HTMLElement;
  loop: FrameLoop;
  settings: SettingsStore;
  announcer: Announcer;
  nearby: Nearby;
  tours: LazyTours;
  /** A landmark's card or an object's record is open, and how to close it. */
  cardOpen(): boolean;
  closeCard(): void;
  entered(): boolean;
}

export interface SwitchMode {
  on(): boolean;
  set(on: boolean): void;
  /** What the switch does (Space, or a test). */
  press(): void;
  /** The labels on offer now, and which one is offered. */
  report(): { choices: string[]; offered: number } | null;
}

const REBUILD_MS = 250;

export function wireSwitchMode(p: SwitchParts): SwitchMode {
  const address = new URLSearchParams(location.search);
  let on = address.get("switch") === "on";
  // How long each choice is on offer: ?scan=<ms> in the address, 1 to 10 seconds (a switch user's own pace).
  const dwell = Number(address.get("scan"));
  const scan = createSwitchScan(Number.isFinite(dwell) && dwell >= 1000 ? Math.min(dwell, 10_000) : undefined);
  const panel = createSwitchPanel(p.ui, p.settings);
  let target = 0;
  let choices: ScanChoice[] = [];
  let built = -Infinity;
  let spoken: string | null = null;
  /** The key of the choice the last frame showed on offer: what a press takes. */
  let shownKey: string | null = null;
  const lang = (): Lang => p.settings.get().lang;

  /** In a tour its choices come first: what the guide or the group is doing matters more than what is nearby. */
  const tourChoices = (l: Lang): ScanChoice[] => {
    const { tour, tourControl } = p.tours.automation;
    const t = tour();
    if (!t) return [];
    const send = (type: string, body?: unknown) => () => tourControl.send(type, body);
    if (t.leads)
      return [
        { key: "next-stop", label: aw("scanNextStop", l), run: send(MessageType.TourNext) },
        { key: "gather", label: aw("scanGather", l), run: send(MessageType.TourGather, {}) },
        {
          key: "narration",
          label: aw("scanNarration", l),
          run: () =>
            tourControl.send(MessageType.TourNarration, { action: tour()?.narration.playing ? "pause" : "play" }),
        },
      ];
    const out: ScanChoice[] = [];
    if (t.follow === "invited")
      out.push({ key: "follow", label: aw("scanFollow", l), run: send(MessageType.TourFollowReply, { accept: true }) });
    if (t.stop)
      out.push({
        key: `stop-text:${t.stop.id}`,
        label: aw("scanStopText", l),
        run: () => {
          const stop = tour()?.stop;
          if (stop) p.announcer.say(`${stop.title}. ${stop.text}`, lang());
        },
      });
    out.push({ key: "group", label: aw("scanGroup", l), run: send(MessageType.TourToGuide) });
    return out;
  };

  const build = (): ScanChoice[] => {
    const l = lang();
    if (p.cardOpen()) return [{ key: "close", label: aw("scanClose", l), run: p.closeCard }];
    const out = tourChoices(l);
    const points = p.nearby.points();
    if (points.length) {
      const pt = points[target % points.length];
      const name = pt.name[l];
      out.push(
        { key: "another", label: aw("scanAnother", l, { name }), run: () => (target = (target + 1) % points.length) },
        { key: `go:${pt.id}`, label: aw("scanGo", l, { name }), run: () => p.nearby.goTo(pt) },
        {
          key: `read:${pt.id}`,
          label: aw(pt.kind === "doorway" ? "scanThrough" : "scanRead", l, { name }),
          run: () => p.nearby.read(pt),
        },
      );
    }
    return out;
  };

  p.loop.join("present", (frame) => {
    if (!on || !p.entered()) return panel.hide();
    if (frame.now - built >= REBUILD_MS) {
      choices = build();
      built = frame.now;
    }
    const offered = scan.offered(choices, frame.now);
    shownKey = offered?.key ?? null;
    panel.show(
      choices.map((c) => c.label),
      offered ? choices.indexOf(offered) : -1,
    );
    const line = offered?.label ?? null;
    if (line !== spoken && line) p.announcer.say(line, lang());
    spoken = line;
  });

  const press = () => {
    if (!on) return;
    const now = performance.now();
    scan.press(choices, now, shownKey);
    built = -Infinity; // the next frame rebuilds what is on offer after the change
    spoken = null;
    shownKey = null;
  };
  window.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement | null;
    const own = !t || t === document.body || t.id === "museum-canvas";
    if (on && own && e.code === "Space" && !e.repeat && p.entered()) {
      e.preventDefault();
      press();
    }
  });
  return {
    on: () => on,
    set(v) {
      on = v;
      spoken = null;
    },
    press,
    // What is on offer as the visitor sees it: the choice the last frame showed (the one a press takes).
    report: () => {
      if (!on) return null;
      const shown = choices.find((c) => c.key === shownKey) ?? scan.offered(choices, performance.now());
      return { choices: choices.map((c) => c.label), offered: shown ? choices.indexOf(shown) : -1 };
    },
  };
}
