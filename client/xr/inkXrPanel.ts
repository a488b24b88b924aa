// The studio's feedback in VR: a card standing over the far side of the desk, facing the writer, with the stroke due
// and the judge's last word in Chinese and English (the desktop panel's text, for a visitor who cannot see it).
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { STUDIO_DESK, STUDIO_PAPER } from "../../common/ink/studioLayout";
import { fontsFor } from "../ui/webFonts";
import { createGuiPlane, guiText, type GuiPlane } from "./guiPlane";

export interface InkXrPanel {
  /** Shows these lines: a heading, then the feedback (Chinese first, then English); the same lines change nothing. */
  show(lines: readonly string[]): void;
  text(): string;
  dispose(): void;
}

/** Where a writer's eyes are, standing at the desk facing west (the panel is placed as if read from here). */
const READER = new Vector3(STUDIO_DESK.x + STUDIO_DESK.depth / 2 + 0.45, 1.55, STUDIO_PAPER.z);

export function createInkXrPanel(scene: BabylonScene): InkXrPanel {
  // Just beyond the desk's far edge, a little below the eyes: read over the paper without turning the head.
  const gui: GuiPlane = createGuiPlane(
    scene,
    "xr-ink-feedback",
    { width: 0.8, height: 0.42 },
    { head: READER, yaw: -Math.PI / 2, distance: 1.4, drop: 0.12 },
  );
  gui.plane.isPickable = false;
  const card = new Rectangle();
  card.background = "#f7f2e7";
  card.cornerRadius = 20;
  card.thickness = 0;
  const stack = new StackPanel();
  stack.paddingLeft = stack.paddingRight = stack.paddingTop = "28px";
  card.addControl(stack);
  gui.texture.addControl(card);
  const blocks: TextBlock[] = [guiText("", 44, true), guiText("", 38), guiText("", 32)];
  for (const b of blocks) stack.addControl(b);
  let shown: readonly string[] = [];
  return {
    show(lines) {
      if (lines.length === shown.length && lines.every((l, i) => l === shown[i])) return;
      shown = [...lines];
      blocks.forEach((b, i) => (b.text = lines[i] ?? ""));
      // A GUI texture draws with the faces loaded when it lays out: once the Chinese ones arrive, draw it again.
      fontsFor(lines.join(""))?.then(
        () => gui.texture.markAsDirty(),
        (err: unknown) => console.warn("The museum's fonts did not load", err),
      );
    },
    text: () => shown.join("\n"),
    dispose: () => gui.dispose(),
  };
}
