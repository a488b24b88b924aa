// The place registry: the kind that shows a scene builds it (later, more particular kinds asked first), its code is
// loaded only when a place of its kind is first shown, and a scene no kind shows is refused by name.
import { describe, expect, it } from "vitest";
import { createPlaceRegistry, type PlaceKind, type PlaceBuild } from "../../../client/app/places";
import { BUND_PLACE } from "../../../client/app/places/bundPlace";
import { HALL_PLACE } from "../../../client/app/places/hallPlace";
import type { SceneView } from "../../../client/render/sceneView";
import { parseScene } from "../../../common/scene";
import { miniScene } from "../../fixtures/miniScene";

const mini = parseScene("mini.json", miniScene());
const theatre = { ...mini, id: "stage", kind: "theatre" as const };
const build = (data: typeof mini): PlaceBuild => ({ engine: null as never, data, mode: "merged", lang: "en" });

/** A wing as the theatre will add one: its code counts how often it was loaded and which scenes it built. */
function theatreWing() {
  const loads: number[] = [];
  const built: string[] = [];
  const kind: PlaceKind = {
    name: "theatre",
    shows: (data) => data.kind === "theatre",
    load: async () => {
      loads.push(loads.length);
      return { prepare: async (b) => () => (built.push(b.data.id), { data: b.data } as SceneView) };
    },
  };
  return { kind, loads, built };
}

describe("place registry", () => {
  it("asks the latest registered kind first, so a wing added after the Bund takes its scenes", async () => {
    const places = createPlaceRegistry();
    const wing = theatreWing();
    places.register(BUND_PLACE);
    places.register(HALL_PLACE);
    places.register(wing.kind);
    expect(wing.loads).toEqual([]); // nothing loads before a place of the kind is shown
    const view = (await places.prepare(build(theatre)))();
    expect(view.data.id).toBe("stage");
    expect(wing.built).toEqual(["stage"]);
  });

  it("the hall kind shows scenes with displays and the Bund every other", () => {
    expect(HALL_PLACE.shows(mini)).toBe(mini.displays.length > 0);
    expect(HALL_PLACE.shows({ ...mini, displays: [{} as (typeof mini.displays)[number]] })).toBe(true);
    expect(BUND_PLACE.shows(mini)).toBe(true);
  });

  it("refuses a scene that no kind shows, naming it and the kinds there are", async () => {
    const places = createPlaceRegistry();
    places.register(theatreWing().kind);
    await expect(places.prepare(build(mini))).rejects.toThrow(
      /No kind of place shows scene "mini" \(kind outdoor\); registered: theatre/,
    );
  });
});
