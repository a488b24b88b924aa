// What follows the visitor from place to place: open cards close on leaving; on arriving the map marks the place, its
// reconstruction note shows, a VR session carries on, and the place gets its avatars and models.
import type { InfoCard } from "../ui/infoCard";
import type { ReconstructionNote } from "../ui/reconstructionNote";
import type { ExhibitWiring } from "./exhibitWiring";
import type { FirstFrame } from "./firstFrame";
import type { Presence } from "./presence";
import type { Visit } from "./visit";
import type { XrWiring } from "./xrWiring";

export interface PlaceFollowers {
  gallery: ExhibitWiring;
  card: InfoCard;
  xr: XrWiring;
  presence: Presence;
  firstFrame: FirstFrame;
  note: ReconstructionNote;
}

export function followPlaceChanges(
  visit: Visit,
  { gallery, card, xr, presence, firstFrame, note }: PlaceFollowers,
): void {
  visit.onLeave(() => gallery.closeInspection());
  visit.onLeave(() => card.hide());
  visit.onPlaced((x, z, yaw) => xr.active()?.placeHead(x, z, yaw));
  visit.onShown((view) => gallery.setCurrentPlace(view.data.id));
  // What is reconstructed, moved or illustrative here is said on arrival, not only deep in a card.
  visit.onShown((view) => note.arrive(view.data.id, view.data.reconstructionNote));
  visit.onShown(() => xr.carryInto()); // a visitor in VR stays in VR: the session goes on in the new place
  // Avatars and models wait for the first frame (firstFrame's own job loads them); after it, each new place gets them
  // at once.
  visit.onShown((view) => {
    if (firstFrame.ms() !== null)
      Promise.all([presence.show(view.scene), view.loadDetails()]).catch((err) =>
        console.warn(`${view.data.id}: avatars or models failed`, err),
      );
  });
}
