// The reading panel in VR: whatever was pointed at (a landmark, an exhibit) as a card floating in front of the
// visitor, in their language, closed by its button or by walking away.
import { Button } from "@babylonjs/gui/2D/controls/button";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { createGuiPlane, guiText, type GuiPlane } from "./guiPlane";

const WALK_AWAY_METRES = 6;

/** What a panel shows: any selectable thing describes itself this way. */
export interface XrPanelContent {
  /** Stable id of the thing (a landmark id, an exhibit id). */
  id: string;
  title: LocalizedText;
  /** A short line under the title (dates, maker, material); may be empty. */
  subtitle: LocalizedText;
  /** The text to read; blank lines separate paragraphs. */
  body: LocalizedText;
}

export interface XrInfoPanel {
  show(content: XrPanelContent, lang: Lang, head: Vector3, yaw: number): void;
  hide(): void;
  shown(): string | null;
  /** Closes the panel once the visitor has walked away from it. */
  follow(head: Vector3): void;
  /** World point of the close button while shown (for aiming). */
  closePoint(): { x: number; y: number; z: number } | null;
}

export function createXrInfoPanel(scene: BabylonScene, closeLabel: (lang: Lang) => string): XrInfoPanel {
  let gui: GuiPlane | null = null;
  let close: Button | null = null;
  let current: string | null = null;
  const hide = () => {
    gui?.dispose();
    gui = null;
    close = null;
    current = null;
  };
  return {
    show(content, lang, head, yaw) {
      hide();
      current = content.id;
      // 1.2 m ahead, a little below the eyes, turned to face the visitor: close enough to read, far enough to take in.
      gui = createGuiPlane(scene, `xr-card-${content.id}`, { width: 1.0, height: 0.8 }, { head, yaw, distance: 1.2, drop: 0.1 });
      const card = new Rectangle();
      card.background = "#f7f2e7";
      card.cornerRadius = 24;
      card.thickness = 0;
      const stack = new StackPanel();
      stack.paddingLeft = stack.paddingRight = stack.paddingTop = "36px";
      stack.addControl(guiText(content.title[lang], 56, true));
      if (content.subtitle[lang]) stack.addControl(guiText(content.subtitle[lang], 34, true));
      for (const paragraph of content.body[lang].split(/\n\s*\n/)) if (paragraph.trim()) stack.addControl(guiText(paragraph.trim(), 30));
      close = Button.CreateSimpleButton("xr-card-close", closeLabel(lang));
      close.width = "260px";
      close.height = "80px";
      close.color = "white";
      close.background = "#8c2f1c";
      close.cornerRadius = 12;
      close.fontSize = 34;
      close.onPointerUpObservable.add(() => hide());
      stack.addControl(close);
      card.addControl(stack);
      gui.texture.addControl(card);
    },
    hide,
    shown: () => current,
    follow(head) {
      if (gui && Vector3.Distance(head, gui.plane.position) > WALK_AWAY_METRES) hide();
    },
    closePoint: () => (gui && close ? gui.pointOf(close) : null),
  };
}
