// The reading panel in VR: whatever was pointed at (a landmark, an exhibit) as a card floating in front of the
// visitor, in their language, closed by its button or by walking away.
import { Button } from "@babylonjs/gui/2D/controls/button";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { fontsFor } from "../ui/webFonts";
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
  /** The fuller text, fetched when the panel opens (an exhibit's record); shown in place of this once it arrives. */
  more?: () => Promise<XrPanelContent>;
  /** The certificate mark under the text (an exhibit's record): checking, green with what was verified, or red. */
  seal?: XrSeal;
}

export interface XrSeal {
  state: "checking" | "ok" | "failed";
  /** Why it failed (the verifier's reason), else null. */
  failure: string | null;
  text: LocalizedText;
}

const SEAL_COLOURS: Record<XrSeal["state"], string> = { checking: "#5b5348", ok: "#1d6b2f", failed: "#a11d12" };

export interface XrInfoPanel {
  show(content: XrPanelContent, lang: Lang, head: Vector3, yaw: number): void;
  /** Shows fuller content for the thing whose panel is open, where it stands; ignored once that panel is gone. */
  replace(content: XrPanelContent, lang: Lang): void;
  hide(): void;
  /** Shows the open panel again where it was (after the visitor changed its size or distance). */
  again(): void;
  shown(): string | null;
  /** The body text shown now, or null. */
  text(): string | null;
  /** The certificate mark shown now (its words in the panel's language), or null. */
  seal(): { state: XrSeal["state"]; failure: string | null; text: string } | null;
  /** Closes the panel once the visitor has walked away from it. */
  follow(head: Vector3): void;
  /** World point of the close button while shown (for aiming). */
  closePoint(): { x: number; y: number; z: number } | null;
}

/** Metres of card the text needs (wrap widths of each script, roughly), so a long record keeps its close button. */
function cardHeight(content: XrPanelContent, lang: Lang): number {
  const perLine = lang === "zh" ? 30 : 58;
  const lines = content.body[lang]
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  const sealLines = content.seal ? Math.ceil(content.seal.text[lang].length / perLine) + 1 : 0;
  const px = 36 + 80 + (content.subtitle[lang] ? 50 : 0) + (lines + sealLines) * 40 + 120;
  return Math.min(1.5, Math.max(0.8, px / 1000));
}

export function createXrInfoPanel(
  scene: BabylonScene,
  closeLabel: (lang: Lang) => string,
  /** The visitor's choice of the panels' size and distance (the VR menu). */
  reading: () => { readingScale: number; readingDistance: number },
): XrInfoPanel {
  let gui: GuiPlane | null = null;
  let close: Button | null = null;
  let current: string | null = null;
  let placed: { head: Vector3; yaw: number } | null = null;
  let shownContent: { content: XrPanelContent; lang: Lang } | null = null;
  let text: string | null = null;
  let seal: ReturnType<XrInfoPanel["seal"]> = null;
  const hide = () => {
    gui?.dispose();
    gui = null;
    close = null;
    current = null;
    text = null;
    seal = null;
  };
  const show = (content: XrPanelContent, lang: Lang, head: Vector3, yaw: number, fontsTried = false) => {
    hide();
    current = content.id;
    text = content.body[lang];
    placed = { head: head.clone(), yaw };
    shownContent = { content, lang };
    // 1.2 m ahead by default, a little below the eyes, turned to face the visitor: close enough to read, far enough to
    // take in. The visitor's size scales the plane (its texture, and so its text, with it) and keeps its angle below
    // the eyes as the distance changes.
    const { readingScale: scale, readingDistance: distance } = reading();
    gui = createGuiPlane(
      scene,
      `xr-card-${content.id}`,
      { width: 1.0, height: cardHeight(content, lang) },
      { head, yaw, distance, drop: (0.1 * distance) / 1.2 },
    );
    gui.plane.scaling.setAll(scale);
    const card = new Rectangle();
    card.background = "#f7f2e7";
    card.cornerRadius = 24;
    card.thickness = 0;
    const stack = new StackPanel();
    stack.paddingLeft = stack.paddingRight = stack.paddingTop = "36px";
    stack.addControl(guiText(content.title[lang], 56, true));
    if (content.subtitle[lang]) stack.addControl(guiText(content.subtitle[lang], 34, true));
    // Under the title, where a long record cannot push it off the card.
    if (content.seal) {
      // Its colour and its words say it (the panel's faces may lack ✓ and ✗).
      const line = guiText(content.seal.text[lang], 30, true);
      line.color = SEAL_COLOURS[content.seal.state];
      stack.addControl(line);
      seal = { state: content.seal.state, failure: content.seal.failure, text: content.seal.text[lang] };
    }
    for (const paragraph of content.body[lang].split(/\n\s*\n/))
      if (paragraph.trim()) stack.addControl(guiText(paragraph.trim(), 30));
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
    // A GUI texture draws with the faces loaded when it lays out: once the Chinese ones arrive, the same card again.
    const wait = fontsTried
      ? null
      : fontsFor(`${content.title[lang]}${content.subtitle[lang]}${text}${seal?.text ?? ""}${closeLabel(lang)}`);
    const shownNow = gui;
    wait?.then(
      () => gui === shownNow && placed && show(content, lang, placed.head, placed.yaw, true),
      (err: unknown) => console.warn("The museum's fonts did not load", err),
    );
  };
  return {
    show,
    replace(content, lang) {
      if (current === content.id && placed) show(content, lang, placed.head, placed.yaw);
    },
    hide,
    again() {
      if (current && placed && shownContent) show(shownContent.content, shownContent.lang, placed.head, placed.yaw);
    },
    shown: () => current,
    text: () => text,
    seal: () => seal,
    follow(head) {
      if (gui && Vector3.Distance(head, gui.plane.position) > WALK_AWAY_METRES) hide();
    },
    closePoint: () => (gui && close ? gui.pointOf(close) : null),
  };
}
