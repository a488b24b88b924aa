// The comfort menu in VR: opened with the left controller's Y button, one row a setting, each press of a row
// moves it on (the period shown where the scene has layers, turning, moving, vignette, seated mode, the reading
// panels' text size and distance) or calibrates the seated height.
import { Button } from "@babylonjs/gui/2D/controls/button";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Lang } from "../../common/sceneParts";
import type { XrSettings } from "../state/xrSettings";
import type { PeriodLayer } from "../../common/periodLayers";
import { createGuiPlane, GUI_FONT, guiText, type GuiPlane } from "./guiPlane";
import { menuLabels, xrText } from "./xrStrings";

export type MenuRow = "layer" | "turn" | "move" | "vignette" | "seated" | "calibrate" | "size" | "distance" | "close";
const ROWS: MenuRow[] = ["layer", "turn", "move", "vignette", "seated", "calibrate", "size", "distance", "close"];
/** Metres of panel a row takes. */
const ROW_M = 0.117;
const WALK_AWAY_METRES = 4;

export interface SettingsMenu {
  toggle(head: Vector3, yaw: number): void;
  hide(): void;
  isOpen(): boolean;
  /** Relabels the rows after a setting changed. */
  refresh(): void;
  follow(head: Vector3): void;
  /** The chat lines shown while open (for tests), else null. */
  chat(): string | null;
  /** World points of the rows while open (for aiming), keyed by row. */
  points(): Partial<Record<MenuRow, { x: number; y: number; z: number }>> | null;
}

export function createSettingsMenu(
  scene: BabylonScene,
  opts: {
    settings(): XrSettings;
    lang(): Lang;
    /** The period shown, where the scene has layers (else the menu has no layer row). */
    layer(): PeriodLayer | null;
    onPress(row: MenuRow): void;
    /** The chat's last lines, shown under the rows. */
    chat(): string[];
  },
): SettingsMenu {
  let gui: GuiPlane | null = null;
  const buttons = new Map<MenuRow, Button>();
  let chatText: TextBlock | null = null;
  const hide = () => {
    gui?.dispose();
    gui = null;
    buttons.clear();
    chatText = null;
  };
  const refresh = () => {
    const labels = menuLabels(opts.settings(), opts.lang(), opts.layer() ?? "1937");
    for (const [row, b] of buttons) if (b.textBlock) b.textBlock.text = labels[row];
    if (chatText) chatText.text = chatLines();
  };
  // The chat can be read here in VR: its last lines under the rows (writing stays on the desktop).
  const chatLines = () => {
    const lines = opts.chat();
    return `${xrText("chat", opts.lang())}\n${lines.length ? lines.join("\n") : xrText("noChat", opts.lang())}`;
  };
  const open = (head: Vector3, yaw: number) => {
    // Nearer and lower than the reading panel: a control panel held at a comfortable pointing height.
    const rows = ROWS.filter((row) => row !== "layer" || opts.layer() !== null);
    // The rows, and a quarter of a metre under them for the chat.
    gui = createGuiPlane(
      scene,
      "xr-menu",
      { width: 0.6, height: ROW_M * rows.length + 0.26 },
      { head, yaw, distance: 0.9, drop: 0.3 },
    );
    const card = new Rectangle();
    card.background = "#f7f2e7ee";
    card.cornerRadius = 20;
    card.thickness = 0;
    const stack = new StackPanel();
    stack.paddingTop = "24px";
    stack.addControl(guiText(xrText("title", opts.lang()), 40, true));
    for (const row of rows) {
      const b = Button.CreateSimpleButton(`xr-menu-${row}`, "");
      b.width = "540px";
      b.height = "82px";
      b.paddingBottom = "10px";
      b.color = row === "close" ? "white" : "#1f1b16";
      b.background = row === "close" ? "#8c2f1c" : "#e6dcc6";
      b.cornerRadius = 12;
      b.fontSize = 28;
      b.fontFamily = GUI_FONT;
      b.onPointerUpObservable.add(() => (row === "close" ? hide() : opts.onPress(row)));
      buttons.set(row, b);
      stack.addControl(b);
    }
    chatText = guiText("", 22, false);
    chatText.height = "250px";
    chatText.textWrapping = true;
    chatText.width = "540px";
    chatText.textHorizontalAlignment = TextBlock.HORIZONTAL_ALIGNMENT_LEFT;
    stack.addControl(chatText);
    card.addControl(stack);
    gui.texture.addControl(card);
    refresh();
  };
  return {
    toggle(head, yaw) {
      if (gui) hide();
      else open(head, yaw);
    },
    hide,
    isOpen: () => gui !== null,
    chat: () => chatText?.text ?? null,
    refresh,
    follow(head) {
      if (gui && Vector3.Distance(head, gui.plane.position) > WALK_AWAY_METRES) hide();
    },
    points() {
      if (!gui) return null;
      const out: Partial<Record<MenuRow, { x: number; y: number; z: number }>> = {};
      for (const [row, b] of buttons) out[row] = gui.pointOf(b);
      return out;
    },
  };
}
