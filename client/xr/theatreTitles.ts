// The theatre's surtitles in VR: the line sung now on a card that follows the head with a lag, below eye level
// (client/state/titleFollow.ts), in the visitor's language (Chinese, English or both, pinyin over the Chinese on
// demand) with the role singing it; and, when the visitor turns it on, the Chinese hung as a vertical column beside
// the stage, written top to bottom and its phrases right to left, the way theatres hang titles. The card's buttons
// choose the language, the pinyin and the column; selecting the line itself opens its gloss on the reading panel.
// It shows what the desktop panel shows (the same cue, the same language); it keeps no cue search of its own.
import { Button } from "@babylonjs/gui/2D/controls/button";
import { Control } from "@babylonjs/gui/2D/controls/control";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../common/pose";
import { cuePinyin, cueText, type SurtitleCue } from "../state/surtitleFile";
import { followHead, seenFrom, titlePosition, TITLE_FOLLOW, type TitleFollow } from "../state/titleFollow";
import { fontsFor, SANS_SC } from "../ui/webFonts";
import { createGuiPlane, guiText, type GuiPlane } from "./guiPlane";
import { createHungColumn } from "./hungColumn";

export type TitleLang = "zh" | "en" | "both";

/** The line to show: the cues of both languages at the same index (null between lines) and the singer's name. */
export interface TitleLine {
  zh: SurtitleCue | null;
  en: SurtitleCue | null;
  role: string;
  lang: TitleLang;
  pinyin: boolean;
  /** The percussion beat's caption while it shows ("[drum]"), else "". */
  beat: string;
}

export interface VrTitleReport {
  /** The text the card shows now (role, pinyin, Chinese, English, one a line); "" between lines. */
  text: string;
  visible: boolean;
  /** Where the card's centre lies from the head: degrees right of its heading, degrees above the horizon. */
  yawToHeadDeg: number;
  pitchDeg: number;
  /** The percussion caption in the card's corner ("" when none shows). */
  beat: string;
  /** The column beside the stage: shown, and its text (its phrases in reading order, one a line). */
  column: boolean;
  columnText: string;
  /** World points of the card's buttons (for aiming a ray in tests). */
  buttons: Record<TitleButton, { x: number; y: number; z: number }>;
  /** World point of the line's text, which a ray's select opens the gloss of; null between lines. */
  line: { x: number; y: number; z: number } | null;
}

export type TitleButton = "zh" | "en" | "both" | "pinyin" | "column";

export interface TheatreTitles {
  /** Once a frame in VR: the line and the head; the card follows the head. */
  frame(line: TitleLine, head: Pose, now: number): void;
  report(): VrTitleReport | null;
  dispose(): void;
}

export interface TitleChoices {
  setLang(lang: TitleLang): void;
  setPinyin(on: boolean): void;
  /** The visitor selected the line shown (its role, pinyin, Chinese or English): open that line's gloss. */
  openGloss(cueId: string): void;
}

/*
 * Sizes, in degrees of visual angle at the card's 1.8 m (a GUI plane draws 1000 px a metre): the Chinese at 72 px is
 * 7.2 cm a character, 2.3°; English at 52 px (x-height about half) 1.7° a capital; the pinyin at 36 px 1.1°. Subtitle
 * guidance for headsets asks for about 1.5–2.5° for the main text; 1.1° is legible for the small reading over it.
 */
const ZH_PX = 72;
const EN_PX = 52;
const PINYIN_PX = 36;
const ROLE_PX = 36;
/** The card: 1.6 m wide (48° at 1.8 m, inside a headset's ~100° view), tall enough for the role, pinyin, two lines
 *  of Chinese, three of English and the buttons (0.8 m: from 4° to 30° below the horizon). */
const CARD = { width: 1.6, height: 0.8 };
/** Chinese first in the face list: Chromium's system-ui on Linux draws its own boxes for Han (client/ui/webFonts.ts). */
const ZH_FACE = `${SANS_SC}, system-ui, sans-serif`;
const INK = "#1f1b16";

const BUTTON_LABELS: Record<TitleButton, string> = {
  zh: "中文",
  en: "English",
  both: "中 / EN",
  pinyin: "拼音 pinyin",
  column: "竖排 column",
};

export function createTheatreTitles(scene: BabylonScene, choices: TitleChoices): TheatreTitles {
  const gui: GuiPlane = createGuiPlane(scene, "xr-surtitles", CARD, {
    head: Vector3.Zero(),
    yaw: 0,
    distance: TITLE_FOLLOW.distance,
    drop: 0,
  });
  const card = new Rectangle();
  card.background = "#f7f2e7e6";
  card.cornerRadius = 24;
  card.thickness = 0;
  // The line's text from the card's top, the buttons at its foot: a line of three rows gives way to one of five, or to
  // the pause between lines, and the buttons stay where a ray aimed at them a moment before still finds them.
  const stack = new StackPanel();
  stack.paddingTop = "20px";
  stack.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
  card.addControl(stack);
  const foot = new StackPanel();
  foot.verticalAlignment = Control.VERTICAL_ALIGNMENT_BOTTOM;
  foot.paddingBottom = "16px";
  card.addControl(foot);
  gui.texture.addControl(card);
  // The beats are captioned in the card's top corner, outside the text's flow, so the line does not jump each beat.
  const beat = guiText("", ROLE_PX, true);
  beat.color = "#8c2f1c";
  beat.fontFamily = ZH_FACE;
  beat.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_RIGHT;
  beat.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
  beat.textHorizontalAlignment = Control.HORIZONTAL_ALIGNMENT_RIGHT;
  beat.width = "300px";
  beat.top = "20px";
  beat.left = "-30px";
  card.addControl(beat);
  const centred = (t: TextBlock, face?: string) => {
    t.textHorizontalAlignment = Control.HORIZONTAL_ALIGNMENT_CENTER;
    if (face) t.fontFamily = face;
    t.paddingLeft = t.paddingRight = "30px";
    return t;
  };
  const role = centred(guiText("", ROLE_PX, true), ZH_FACE);
  role.color = "#8c2f1c";
  const pinyin = centred(guiText("", PINYIN_PX));
  const zh = centred(guiText("", ZH_PX), ZH_FACE);
  // Chinese has no spaces to wrap at: break between characters, punctuation kept with the one before it.
  zh.wordDivider = "";
  zh.wordSplittingFunction = (l) => l.match(/.[，。、；：！？」』]*/gu) ?? [l];
  const en = centred(guiText("", EN_PX));
  for (const t of [role, pinyin, zh, en]) {
    stack.addControl(t);
    // Pointing at the line and pulling the trigger opens its gloss, as a click on the desktop's line does.
    t.onPointerUpObservable.add(() => {
      if (line?.zh) choices.openGloss(line.zh.id);
    });
  }

  const buttonRow = new StackPanel();
  buttonRow.isVertical = false;
  buttonRow.height = "90px";
  buttonRow.paddingTop = "10px";
  const buttons = {} as Record<TitleButton, Button>;
  for (const id of Object.keys(BUTTON_LABELS) as TitleButton[]) {
    const b = Button.CreateSimpleButton(`xr-surtitle-${id}`, BUTTON_LABELS[id]);
    b.width = id === "zh" || id === "both" ? "170px" : "250px";
    b.height = "72px";
    b.paddingLeft = b.paddingRight = "6px";
    b.cornerRadius = 12;
    b.fontSize = 30;
    b.fontFamily = ZH_FACE;
    b.thickness = 0;
    b.onPointerUpObservable.add(() => press(id));
    buttons[id] = b;
    buttonRow.addControl(b);
  }
  foot.addControl(buttonRow);
  // Selecting the line is not something a visitor guesses: the card says it, in both languages.
  const hint = centred(guiText("选中字幕可看注释 · Select the line for its notes", 26), ZH_FACE);
  hint.color = "#5b5348";
  foot.addControl(hint);

  let line: TitleLine | null = null;
  let shown = "";
  let place: TitleFollow | null = null;
  let lastNow = 0;
  let lastHead: Pose | null = null;

  function press(id: TitleButton) {
    if (id === "pinyin") choices.setPinyin(!line?.pinyin);
    else if (id === "column") {
      column.setOn(!column.on);
    } else choices.setLang(id);
    paintButtons();
  }
  const paintButtons = () => {
    const on: Record<TitleButton, boolean> = {
      zh: line?.lang === "zh",
      en: line?.lang === "en",
      both: line?.lang === "both",
      pinyin: !!line?.pinyin,
      column: column.on,
    };
    for (const id of Object.keys(buttons) as TitleButton[]) {
      buttons[id].background = on[id] ? "#8c2f1c" : "#e4dccb";
      buttons[id].color = on[id] ? "white" : INK;
    }
  };

  /** Draws once more when the Chinese faces' glyphs for `text` arrive (a GUI texture draws with what is loaded). */
  const whenFonts = (text: string, plane: GuiPlane) =>
    fontsFor(text)?.then(
      () => plane.texture.markAsDirty(),
      (err: unknown) => console.warn("The museum's fonts did not load", err),
    );

  const column = createHungColumn(scene, ZH_FACE, whenFonts);

  const draw = (next: TitleLine) => {
    const c = next.zh;
    role.text = c ? next.role : "";
    pinyin.text = c && next.pinyin && next.lang !== "en" ? cuePinyin(c) : "";
    zh.text = c && next.lang !== "en" ? cueText(c) : "";
    en.text = next.en && next.lang !== "zh" ? cueText(next.en) : "";
    pinyin.isVisible = pinyin.text !== "";
    zh.isVisible = zh.text !== "";
    en.isVisible = en.text !== "";
    shown = [role.text, pinyin.text, zh.text, en.text].filter(Boolean).join("\n");
    paintButtons();
    void whenFonts(shown + hint.text + Object.values(BUTTON_LABELS).join(""), gui);
    column.draw(c);
  };

  return {
    frame(next, head, now) {
      const changed =
        !line ||
        next.zh !== line.zh ||
        next.en !== line.en ||
        next.lang !== line.lang ||
        next.pinyin !== line.pinyin ||
        next.role !== line.role;
      line = next; // before drawing: the buttons show this line's choices
      if (changed) draw(next);
      if (beat.text !== next.beat) {
        beat.text = next.beat;
        void whenFonts(next.beat, gui);
      }
      place = followHead(place, head.yaw, lastNow ? (now - lastNow) / 1000 : 0);
      lastNow = now;
      lastHead = head;
      const p = titlePosition(head, place.yaw);
      gui.plane.position.set(p.x, p.y, p.z);
      // Face the eyes: turned to the card's heading, tipped back by its angle below the horizon.
      gui.plane.rotation.set((TITLE_FOLLOW.belowDeg * Math.PI) / 180, place.yaw, 0);
    },
    report() {
      if (!lastHead) return null;
      const seen = seenFrom(lastHead, gui.plane.position);
      const at = {} as VrTitleReport["buttons"];
      for (const id of Object.keys(buttons) as TitleButton[]) at[id] = gui.pointOf(buttons[id]);
      return {
        text: shown,
        visible: gui.plane.isEnabled() && !!line?.zh,
        yawToHeadDeg: seen.yawDeg,
        pitchDeg: seen.pitchDeg,
        beat: beat.text,
        column: column.on,
        columnText: column.text(),
        buttons: at,
        line: line?.zh ? gui.pointOf(zh.isVisible ? zh : en) : null,
      };
    },
    dispose() {
      gui.dispose();
      column.dispose();
    },
  };
}
