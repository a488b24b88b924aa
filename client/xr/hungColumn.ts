// The theatre's hung title in VR: the Chinese of the line sung now as a vertical column beside the stage, written
// top to bottom and its phrases right to left, the way theatres hang titles. Turned on from the surtitle card
// (client/xr/theatreTitles.ts), which owns the line and the fonts.
import { Control } from "@babylonjs/gui/2D/controls/control";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { STAGE } from "../../common/theatre/stageLayout";
import { cueText, type SurtitleCue } from "../state/surtitleFile";
import { createGuiPlane, guiText, type GuiPlane } from "./guiPlane";

/** The column: 0.5 m wide, 3.2 m tall, beside the stage's east front pillar, facing the audience. At the front stalls
 *  (about 5.5 m) its 150 px characters are 15 cm, 1.6° each. */
const COLUMN = { width: 0.5, height: 3.2, px: 150 };
const COLUMN_AT = new Vector3(STAGE.halfWidth + 0.9, STAGE.height + 1.9, STAGE.frontZ - 0.2);

/** The Chinese split at its punctuation into phrases, each a column, punctuation left off as hung titles do. */
const phrasesOf = (text: string): string[] =>
  text
    .split(/[，。、；：！？,.;:!?\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);

export interface HungColumn {
  readonly on: boolean;
  setOn(on: boolean): void;
  /** Its phrases in reading order, one a line ("" when off or between lines). */
  text(): string;
  draw(cue: SurtitleCue | null): void;
  dispose(): void;
}

export function createHungColumn(
  scene: BabylonScene,
  face: string,
  whenFonts: (text: string, plane: GuiPlane) => unknown,
): HungColumn {
  const column: GuiPlane = createGuiPlane(scene, "xr-surtitle-column", COLUMN, {
    head: COLUMN_AT,
    yaw: 0,
    distance: 0,
    drop: 0,
  });
  column.plane.isPickable = false;
  const strip = new Rectangle();
  strip.background = "#5a1a12e6";
  strip.thickness = 0;
  const row = new StackPanel();
  row.isVertical = false;
  strip.addControl(row);
  column.texture.addControl(strip);
  column.plane.setEnabled(false);
  let on = false;
  let drawn = "";

  return {
    get on() {
      return on;
    },
    setOn(v) {
      on = v;
      column.plane.setEnabled(on);
    },
    text: () => (on ? drawn : ""),
    draw(cue) {
      const phrases = cue ? phrasesOf(cueText(cue)) : [];
      const text = phrases.join("\n");
      if (text === drawn) return;
      drawn = text;
      row.clearControls();
      // Right to left: the first phrase is the rightmost column.
      for (const p of [...phrases].reverse()) {
        const t = guiText([...p].join("\n"), Math.min(COLUMN.px, Math.floor((COLUMN.height * 1000 - 80) / p.length)));
        t.fontFamily = face;
        t.color = "#f7f2e7";
        t.width = `${Math.floor((COLUMN.width * 1000) / Math.max(1, phrases.length))}px`;
        t.textHorizontalAlignment = Control.HORIZONTAL_ALIGNMENT_CENTER;
        t.lineSpacing = "0px";
        row.addControl(t);
      }
      void whenFonts(text, column);
    },
    dispose: () => column.dispose(),
  };
}
