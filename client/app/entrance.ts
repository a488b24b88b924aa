// Entering the museum: what the entry screen's button does. The network client loads then, the tour admits (a
// guide's sign-in, a tour's seat), and the room link follows the visitor's scene and is sent their pose each frame.
import { poseGrid } from "../../common/pose";
import type { MuseumLink } from "../net/connection";
import type { SettingsStore } from "../state/settings";
import type { VisitorStore } from "../state/visitors";
import type { EntryScreen } from "../ui/entryScreen";
import type { Hud, NetState } from "../ui/hud";
import type { FrameLoop } from "./frameLoop";
import type { LazyTours } from "./lazyTours";
import type { LazyVoice } from "./lazyVoice";
import type { EnterChoice } from "./tourAdmission";
import type { Visit } from "./visit";
import type { XrWiring } from "./xrWiring";

export interface EntranceParts {
  loop: FrameLoop;
  visit: Visit;
  visitors: VisitorStore;
  settings: SettingsStore;
  entry: EntryScreen;
  hud: Hud;
  tours: LazyTours;
  voice: LazyVoice;
  xr: XrWiring;
  canvas: HTMLCanvasElement;
}

export interface Entrance {
  enter(choice: EnterChoice): Promise<void>;
  entered(): boolean;
  netState(): NetState;
  /** The room link once entered (null before, or when the tour refused). */
  link(): MuseumLink | null;
}

export function createEntrance(parts: EntranceParts): Entrance {
  const { visit } = parts;
  let entered = false;
  let link: MuseumLink | null = null;
  let netState: NetState = "connecting";
  parts.loop.join("send", (frame) => {
    const pose = frame.head ?? visit.desktopPose();
    if (link && pose) link.sendPose(pose, frame.now);
  });
  visit.onShown((view) => link?.setScene(view.data.id, poseGrid(view.data.bounds)));
  parts.xr.onModeChange((mode) => link?.setMode(mode));

  const enter = async (choice: EnterChoice) => {
    if (entered) return;
    const { connectToMuseum } = await import("../net/connection"); // before a tour's seat is reserved: the seat expires
    const admitted = await parts.tours.admit(choice); // a guide's sign-in and a tour's seat, or the reason on the entry screen
    if (!admitted || entered) return;
    parts.entry.submit(choice);
    entered = true;
    parts.canvas.focus();
    const data = visit.view()!.data;
    link = await connectToMuseum({
      name: parts.settings.get().name,
      sceneId: data.id,
      grid: poseGrid(data.bounds),
      store: parts.visitors,
      onState: (s) => parts.hud.setNetState((netState = s)),
      ...admitted,
      onRoom: (room) => {
        admitted.onRoom?.(room);
        parts.voice.attach(room);
      },
    });
  };
  parts.entry.onSubmit(() => void enter({}).catch((err) => console.warn("Could not enter", err)));
  return { enter, entered: () => entered, netState: () => netState, link: () => link };
}
