// Access for visitors who use the keyboard alone, a screen reader or one switch (issue 19): the 3D view as a named
// region, the keyboard help, the list of what is nearby, the spoken announcements and the one-switch scan, wired to
// the visit. One place for them, so that main.ts only hands over the page's parts.
import type { Hud } from "../ui/hud";
import type { InfoCard } from "../ui/infoCard";
import type { SettingsStore } from "../state/settings";
import type { MoveIntent } from "../state/player";
import { createAnnouncer, type Announcer } from "../ui/announcer";
import { createKeyboardHelp } from "../ui/keyboardHelp";
import { describeView } from "../ui/viewRegion";
import type { ExhibitWiring } from "./exhibitWiring";
import type { FrameLoop } from "./frameLoop";
import type { LazyTours } from "./lazyTours";
import { wireNearby } from "./nearbyWiring";
import { announcePlaces } from "./placeAnnouncements";
import { announceTourEvents } from "./tourAnnouncements";
import type { Selection } from "./selection";
import { wireSwitchMode, type SwitchMode } from "./switchWiring";
import type { Visit } from "./visit";
import type { XrWiring } from "./xrWiring";

export interface AccessParts {
  ui: HTMLElement;
  canvas: HTMLCanvasElement;
  hud: Hud;
  visit: Visit;
  loop: FrameLoop;
  settings: SettingsStore;
  card: InfoCard;
  gallery: ExhibitWiring;
  selection: Selection;
  tours: LazyTours;
  entered(): boolean;
  /** What the walking keys ask for now. */
  intent(): MoveIntent;
  /** VR shows the one-switch choice on offer and takes the controller's switch. */
  xr: Pick<XrWiring, "useSwitch" | "active" | "readInVr">;
}

export interface Access {
  announcer: Announcer;
  switchMode: SwitchMode;
}

export function wireAccess(p: AccessParts): Access {
  const { ui, canvas, visit, loop, settings, card, gallery } = p;
  const announcer = createAnnouncer(ui);
  // In VR the reading panel counts as the open card (one switch closes it; it cannot aim at the panel's button).
  const vrPanel = () => p.xr.active()?.panelShown() ?? null;
  const cardOpen = () => card.shown() !== null || !!gallery.overlay() || vrPanel() !== null;
  // In VR the headset carries the visitor: a move goes through the XR rig (as a tour's placements do).
  const stand = async (x: number, z: number, yaw: number) => {
    const vr = p.xr.active();
    if (vr?.active()) vr.placeHead(x, z, yaw);
    else await visit.place(x, z, yaw);
  };
  const nearby = wireNearby({ ui, visit, settings, announcer, card, gallery, stand, readInVr: p.xr.readInVr });
  const switchMode = wireSwitchMode({
    ui,
    loop,
    settings,
    announcer,
    nearby,
    tours: p.tours,
    cardOpen,
    closeCard: () => {
      if (vrPanel() !== null) p.xr.active()?.closePanel();
      else if (gallery.overlay()) gallery.automation.closeInspection();
      else card.hide();
    },
    entered: p.entered,
  });
  p.xr.useSwitch(switchMode);
  const help = createKeyboardHelp(ui, settings, switchMode);
  p.hud.add(help.button);
  p.hud.add(nearby.list.button);
  const region = describeView(canvas, settings, help.button, cardOpen);
  announcePlaces({
    visit,
    loop,
    settings,
    announcer,
    region,
    selection: p.selection,
    canvas,
    exhibitTitle: (id) => gallery.automation.exhibits().find((e) => e.id === id)?.title ?? null,
    entered: p.entered,
    intent: p.intent,
  });
  announceTourEvents(loop, settings, announcer, p.tours.automation.tour);
  return { announcer, switchMode };
}
