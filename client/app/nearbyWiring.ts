// The "Nearby" list in the visit: the current place's landmarks (as the period layer shows them), objects and
// doorways as points of interest; going there stands the visitor in front of one, facing it (and says so), reading
// opens its card or record, and a doorway's button walks through it.
import { DEG } from "../../common/measures";
import { placeIn, shownIn } from "../../common/periodLayers";
import { nearbyPoints, spotBefore, type NearbyPoint, type PointOfInterest } from "../state/nearbyPoints";
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "../ui/accessStrings";
import type { Announcer } from "../ui/announcer";
import type { InfoCard } from "../ui/infoCard";
import { createNearbyList, type NearbyList } from "../ui/nearbyList";
import type { ExhibitWiring } from "./exhibitWiring";
import type { Visit } from "./visit";

export interface NearbyParts {
  ui: HTMLElement;
  visit: Visit;
  settings: SettingsStore;
  announcer: Announcer;
  card: InfoCard;
  gallery: ExhibitWiring;
  /** Stands the visitor at a spot facing `yaw`: in VR the headset's rig is moved, else the desktop body. */
  stand(x: number, z: number, yaw: number): Promise<void>;
  /** In VR, reads a landmark or an exhibit on the headset's panel (false when not in VR). */
  readInVr(kind: "landmark" | "exhibit", id: string): boolean;
}

export interface Nearby {
  list: NearbyList;
  /** The points nearby now, nearest first. */
  points(): NearbyPoint[];
  goTo(point: NearbyPoint): void;
  read(point: NearbyPoint): void;
}

export function wireNearby(p: NearbyParts): Nearby {
  const points = (): PointOfInterest[] => {
    const view = p.visit.view();
    if (!view) return [];
    const layer = p.settings.get().layer ?? "1937";
    const landmarks = view.data.landmarks
      .filter((l) => shownIn(l.layers, layer))
      .map((l): PointOfInterest => {
        const at = placeIn(l, layer);
        return { kind: "landmark", id: l.id, name: l.name, x: at.x, z: at.z, facing: l.facingDeg * DEG, standOff: 1 };
      });
    const exhibits = p.gallery.automation.exhibits().flatMap((e): PointOfInterest[] => {
      const at = p.gallery.automation.exhibitPlace(e.id);
      const display = at && view.data.displays.find((d) => d.id === at.displayId);
      if (!at || !display) return [];
      // The title comes in the visitor's language (the list is drawn again when the language changes).
      const name = { en: e.title, zh: e.title };
      return [{ kind: "exhibit", id: e.id, name, x: at.x, z: at.z, facing: display.yawDeg * DEG, standOff: 1 }];
    });
    const doorways = view.data.doorways.map((d): PointOfInterest => ({
      kind: "doorway",
      id: d.id,
      name: d.name,
      x: d.position.x,
      z: d.position.z,
      // A doorway is walked through along its yaw: the visitor stands before it, on the near side.
      facing: d.yawDeg * DEG + Math.PI,
      standOff: 1.5,
    }));
    return [...landmarks, ...exhibits, ...doorways];
  };

  const goTo = (pt: NearbyPoint) => {
    const view = p.visit.view();
    const spot = view && spotBefore(pt, view.world);
    const lang = p.settings.get().lang;
    if (!spot) return p.announcer.say(aw("noSpotBefore", lang, { name: pt.name[lang] }), lang);
    void p.stand(spot.x, spot.z, spot.yaw).then(() => {
      p.announcer.say(aw("arrivedBefore", lang, { name: pt.name[lang] }), lang);
    });
  };
  const read = (pt: NearbyPoint) => {
    const view = p.visit.view();
    if (!view) return;
    if (pt.kind !== "doorway" && p.readInVr(pt.kind, pt.id)) return;
    if (pt.kind === "landmark") {
      const l = view.data.landmarks.find((m) => m.id === pt.id);
      if (l) p.card.show(l);
    } else if (pt.kind === "exhibit")
      void p.gallery.inspect(pt.id).catch((err) => console.warn("Could not inspect", err));
    else {
      const d = view.data.doorways.find((x) => x.id === pt.id);
      if (d) void p.visit.goto(d.to.scene, { spawn: d.to.spawn });
    }
  };
  const nearby = () => nearbyPoints(p.visit.player(), points());
  return { list: createNearbyList(p.ui, p.settings, { points: nearby, goTo, read }), points: nearby, goTo, read };
}
