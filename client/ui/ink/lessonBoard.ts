// A group lesson on screen: the leading guide's board of the members' sheets (a thumbnail each, with the judge's
// score and the strokes refused, and a button to show it to the group), and the card of the sheet the guide shows,
// which every member sees.
import "./lessonPanels.css";
import type { InkPoint } from "../../../common/ink/inkStroke";
import type { Lang } from "../../../common/sceneParts";
import type { SheetSummary } from "../../state/lessonSheets";
import { el } from "../dom";
import { lessonWords, reasonWords } from "./lessonStrings";

const THUMB_PX = 120;

/** The accepted strokes on a small practice sheet: paper, the 米字格, ink. */
function thumbnail(ink: readonly (readonly InkPoint[])[], px = THUMB_PX): HTMLCanvasElement {
  const c = el("canvas", { class: "lesson-thumb", width: String(px), height: String(px) });
  const g = c.getContext("2d");
  if (!g) return c;
  g.fillStyle = "#f3ead6";
  g.fillRect(0, 0, px, px);
  g.strokeStyle = "rgba(176,48,36,0.5)";
  g.lineWidth = 1;
  g.strokeRect(1, 1, px - 2, px - 2);
  g.setLineDash([3, 3]);
  g.beginPath();
  g.moveTo(px / 2, 0);
  g.lineTo(px / 2, px);
  g.moveTo(0, px / 2);
  g.lineTo(px, px / 2);
  g.stroke();
  g.setLineDash([]);
  // The data's grid (y up, the character box from y = -124 to 900) onto the thumbnail.
  const k = px / 1024;
  g.strokeStyle = "rgba(16,14,12,0.92)";
  g.lineCap = g.lineJoin = "round";
  for (const stroke of ink) {
    for (let i = 1; i < stroke.length; i++) {
      const a = stroke[i - 1];
      const b = stroke[i];
      g.lineWidth = Math.max(1.5, px * 0.035 * (0.6 + (b.pressure ?? 0.5)));
      g.beginPath();
      g.moveTo(a.x * k, (900 - a.y) * k);
      g.lineTo(b.x * k, (900 - b.y) * k);
      g.stroke();
    }
  }
  return c;
}

export interface BoardSheet {
  member: string;
  name: string;
  summary: SheetSummary;
}

export interface LessonBoard {
  /** The lesson's sheets for the guide, or null (no lesson, or not leading) to hide the board. */
  show(model: { char: string; sheets: readonly BoardSheet[]; shown: string | null } | null): void;
  dispose(): void;
}

export function createLessonBoard(root: HTMLElement, lang: () => Lang, onShow: (member: string | null) => void) {
  const panel = el("section", { id: "lesson-board", hidden: "" });
  root.append(panel);
  const board: LessonBoard = {
    show(model) {
      panel.hidden = !model;
      if (!model) return panel.replaceChildren();
      const l = lang();
      const cards = model.sheets.map((s) => {
        const lines = [
          s.summary.complete
            ? lessonWords("score", l, { score: Math.round(s.summary.score * 100) })
            : lessonWords("unfinished", l),
          ...s.summary.failed.map((f) => lessonWords("failed", l, { n: f.stroke, reason: reasonWords(f.reason, l) })),
        ];
        const show = el("button", { type: "button", "data-show": s.member }, lessonWords("show", l));
        show.addEventListener("click", () => onShow(s.member));
        return el(
          "figure",
          { class: s.member === model.shown ? "lesson-sheet shown" : "lesson-sheet", "data-member": s.member },
          thumbnail(s.summary.ink),
          el("figcaption", {}, el("strong", {}, s.name), ...lines.map((t) => el("span", { class: "line" }, t))),
          show,
        );
      });
      const down = el("button", { type: "button", "data-show": "" }, lessonWords("takeDown", l));
      down.addEventListener("click", () => onShow(null));
      panel.replaceChildren(
        el("h3", {}, lessonWords("board", l, { char: model.char })),
        ...(cards.length ? cards : [el("p", {}, lessonWords("empty", l))]),
        ...(model.shown ? [down] : []),
      );
    },
    dispose: () => panel.remove(),
  };
  return board;
}

export interface ShownSheet {
  show(sheet: { member: string; name: string; char: string; ink: readonly InkPoint[][] } | null): void;
  /** The member whose sheet is shown, and their name, or null. */
  member(): string | null;
  name(): string | null;
  dispose(): void;
}

/** The sheet the guide shows the group, on every member's screen until taken down. */
export function createShownSheet(root: HTMLElement, lang: () => Lang): ShownSheet {
  const card = el("aside", { id: "lesson-shown", hidden: "" });
  root.append(card);
  let member: string | null = null;
  let name: string | null = null;
  return {
    show(sheet) {
      member = sheet?.member ?? null;
      name = sheet?.name ?? null;
      card.hidden = !sheet;
      if (!sheet) return card.replaceChildren();
      card.replaceChildren(
        el("p", {}, lessonWords("shown", lang(), { name: sheet.name, char: sheet.char })),
        thumbnail(sheet.ink, 200),
      );
    },
    member: () => member,
    name: () => name,
    dispose: () => card.remove(),
  };
}
