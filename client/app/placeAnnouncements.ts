// What a screen reader hears as the visitor moves: arriving in a place; what is straight ahead (a building on the
// Bund, an object in a hall) when it changes, with its distance and whether E reaches it, looked for once a second at
// the centre of the view (one pick); and what the walking keys run into (a façade, a case, a wall, the river's
// edge), once until the way is free again.
import type { Lang } from "../../common/sceneParts";
import type { Obstacle } from "../../common/walkable";
import { blockedAhead, type MoveIntent } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "../ui/accessStrings";
import type { Announcer } from "../ui/announcer";
import type { ViewRegion } from "../ui/viewRegion";
import type { FrameLoop } from "./frameLoop";
import { withinReach, type Selection } from "./selection";
import type { Visit } from "./visit";

const LOOK_EVERY_MS = 1000;
const BLOCKED_EVERY_MS = 250;

export interface PlaceAnnouncementParts {
  visit: Visit;
  loop: FrameLoop;
  settings: SettingsStore;
  announcer: Announcer;
  region: ViewRegion;
  selection: Selection;
  canvas: HTMLCanvasElement;
  /** An exhibit's title in the visitor's language (exhibits of the current hall). */
  exhibitTitle(id: string): string | null;
  /** Until the visitor has entered, nothing ahead is announced (the entry screen is up). */
  entered(): boolean;
  /** What the walking keys ask for now. */
  intent(): MoveIntent;
}

export function announcePlaces(p: PlaceAnnouncementParts): void {
  const lang = (): Lang => p.settings.get().lang;
  let ahead: string | null = null;
  let lastLook = -Infinity;
  let lastBlocked = -Infinity;
  let blocked: string | null = null;

  const blockedWords = (o: Obstacle, view: NonNullable<ReturnType<Visit["view"]>>, l: Lang): string => {
    if (o.kind === "water") return aw("blockedWater", l);
    if (o.kind === "edge") return aw("blockedEdge", l);
    if (o.kind === "solid") {
      const landmark = view.data.landmarks.find((m) => m.id === o.id);
      if (landmark) return aw("blockedFacade", l, { name: landmark.name[l] });
      if (view.data.displays.some((d) => d.id === o.id)) return aw("blockedDisplay", l);
    }
    return aw("blockedWall", l);
  };

  p.visit.onShown((view) => {
    ahead = null;
    blocked = null;
    p.region.setPlace(view.data.name);
    const l = lang();
    p.announcer.say(
      view.data.kind === "outdoor" ? aw("arrivedBund", l) : aw("arrived", l, { place: view.data.name[l] }),
      l,
    );
  });

  p.loop.join("present", (frame) => {
    if (frame.now - lastBlocked < BLOCKED_EVERY_MS || !p.entered() || frame.head) return;
    lastBlocked = frame.now;
    const view = p.visit.view();
    const o = view ? blockedAhead(p.visit.player(), p.intent(), view.world) : null;
    const key = o && (o.kind === "solid" ? o.id : o.kind);
    if (key === blocked) return;
    blocked = key;
    if (o && view) p.announcer.say(blockedWords(o, view, lang()), lang());
  });

  p.loop.join("present", (frame) => {
    if (frame.now - lastLook < LOOK_EVERY_MS || !p.entered()) return;
    lastLook = frame.now;
    const view = p.visit.view();
    const hit = p.selection.pickAt(p.canvas.clientWidth / 2, p.canvas.clientHeight / 2);
    const key = hit?.kind === "landmark" ? hit.landmarkId : hit?.kind === "exhibit" ? hit.itemId : null;
    if (!view || key === ahead) return;
    ahead = key;
    if (!key || !hit) return;
    const l = lang();
    const metres = Math.round(hit.distance);
    let line: string | null = null;
    if (hit.kind === "landmark") {
      const m = view.data.landmarks.find((x) => x.id === hit.landmarkId);
      if (m)
        line =
          m.demolished === null
            ? aw("aheadLandmark", l, { name: m.name[l], built: m.built, metres })
            : aw("aheadLostLandmark", l, { name: m.name[l], built: m.built, lost: m.demolished, metres });
    } else if (hit.kind === "exhibit") {
      const title = p.exhibitTitle(hit.itemId);
      if (title) line = aw("aheadExhibit", l, { name: title, metres });
    }
    if (line) p.announcer.say(withinReach(hit) ? `${line} ${aw("inReach", l)}` : line, l);
  });
}
