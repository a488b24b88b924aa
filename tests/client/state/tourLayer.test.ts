// A tour's period layer reaches its members: each change of the tour's layer is carried into the member's settings
// (on joining too); between the guide's switches a member may choose alone.
import { describe, expect, it } from "vitest";
import { createSettingsStore } from "../../../client/state/settings";
import { followTourLayer } from "../../../client/state/tourLayer";
import type { LiveTourView, TourView } from "../../../client/state/tourStore";

const view = (layer: "1937" | "today"): TourView => ({
  code: "K7QM3D",
  plan: null,
  me: "m1",
  live: { layer } as LiveTourView,
});

describe("followTourLayer", () => {
  it("follows the guide's switches, lets the member choose in between, and ignores the end of the tour", () => {
    const settings = createSettingsStore({ name: "Ada", lang: "en", layer: "1937" });
    const follow = followTourLayer(settings);
    follow(view("1937"));
    expect(settings.get().layer).toBe("1937");
    follow(view("today"));
    expect(settings.get().layer).toBe("today");
    // The member looks at 1937 alone; the same tour state again does not undo that.
    settings.update({ layer: "1937" });
    follow(view("today"));
    expect(settings.get().layer).toBe("1937");
    // The guide switches back and forth: the member follows the next change.
    follow(view("1937"));
    follow(view("today"));
    expect(settings.get().layer).toBe("today");
    follow(null);
    expect(settings.get().layer).toBe("today");
  });
  it("a member joining a tour shown today sees today at once", () => {
    const settings = createSettingsStore({ name: "Bo", lang: "zh" });
    followTourLayer(settings)(view("today"));
    expect(settings.get().layer).toBe("today");
  });
});
