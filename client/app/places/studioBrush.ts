// The studio in VR: a controller is the brush on the desk's paper (client/state/inkBrush.ts), its ink drawn on the
// sheet the paper shows as it goes, each finished stroke judged as on the desktop, and the judge's words in both
// languages on a card over the desk. The card's code loads with the first VR frame in the studio.
import { paperGridPoint } from "../../../common/ink/studioLayout";
import type { HandTip, HandTool } from "../../render/sceneView";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { BRUSH, createInkBrush, type BrushReading } from "../../state/inkBrush";
import type { InkStudio } from "../../ui/ink/inkStudio";
import { inkWords } from "../../ui/ink/inkStrings";
import type { InkXrPanel } from "../../xr/inkXrPanel";

export interface StudioBrush extends HandTool {
  /** The VR card's text, or null outside VR. */
  panelText(): string | null;
  dispose(): void;
}

/** The ink of a stroke being written is redrawn every this many frames (a software canvas and a texture upload). */
const LIVE_EVERY = 3;

const readingOf = (tip: HandTip): BrushReading | null => {
  const at = paperGridPoint(tip);
  return at && { x: at.x, y: at.y, height: at.height, trigger: tip.trigger };
};

export function createStudioBrush(scene: BabylonScene, studio: InkStudio): StudioBrush {
  let brush = createInkBrush();
  let side: HandTip["side"] | null = null;
  let panel: InkXrPanel | null = null;
  let loading = false;
  let disposed = false;
  let frames = 0;

  // The status in the visitor's language, then the judge's words (or how to write) in Chinese and in English.
  const lines = () => {
    const f = studio.feedback();
    return [studio.status(), f ? f.zh : inkWords("vrStart", "zh"), f ? f.en : inkWords("vrStart", "en")];
  };
  const openPanel = () => {
    if (panel || loading) return;
    loading = true;
    import("../../xr/inkXrPanel").then(
      ({ createInkXrPanel }) => {
        loading = false;
        if (!disposed && !scene.isDisposed) panel = createInkXrPanel(scene);
      },
      (err: unknown) => {
        loading = false;
        console.warn("The studio's VR card could not be loaded", err);
      },
    );
  };

  /** The tip that writes: the one already writing, else the one pulled deepest over the paper. */
  const choose = (tips: readonly HandTip[]): { side: HandTip["side"]; reading: BrushReading | null } | null => {
    if (side) {
      const tip = tips.find((t) => t.side === side);
      return { side, reading: tip ? readingOf(tip) : null };
    }
    let best: { side: HandTip["side"]; reading: BrushReading } | null = null;
    for (const tip of tips) {
      const reading = readingOf(tip);
      if (reading && reading.trigger >= BRUSH.press && (!best || reading.trigger > best.reading.trigger))
        best = { side: tip.side, reading };
    }
    return best;
  };

  return {
    frame(tips, now) {
      if (!tips) {
        // Out of VR: a stroke cut off by leaving is dropped, and the card goes.
        if (side) brush = createInkBrush();
        side = null;
        panel?.dispose();
        panel = null;
        return;
      }
      openPanel();
      panel?.show(lines());
      const chosen = choose(tips);
      const event = brush.frame(chosen?.reading ?? null, now);
      if (event.kind === "writing") {
        side = chosen?.side ?? side;
        if (++frames % LIVE_EVERY === 1) studio.drawLive(event.points, true);
      } else {
        side = null;
        frames = 0;
        if (event.kind === "finished") studio.write(event.points);
      }
    },
    panelText: () => panel?.text() ?? null,
    dispose() {
      disposed = true;
      panel?.dispose();
      panel = null;
    },
  };
}
