// The sheet of paper the learner writes on: a 2D canvas with the paper, its red 米字格 grid, the model's outline in
// traced mode, and the ink (perfect-freehand outlines, width from pressure and speed). The desk's paper shows it.
import { getStroke } from "perfect-freehand";
import type { CharacterData, InkPoint } from "../../../common/ink/inkStroke";
import { seededRandom } from "../../../common/seededRandom";

/** The sheet's canvas size in pixels (square); the stroke data's 1024 grid maps onto it. */
export const SHEET_PX = 512;
const K = SHEET_PX / 1024;
/** The data's character box runs from y = -124 to 900 (y up). */
const TOP = 900;

export const gridToSheet = (p: { x: number; y: number }) => ({ x: p.x * K, y: (TOP - p.y) * K });
export const sheetToGrid = (x: number, y: number) => ({ x: x / K, y: TOP - y / K });

export interface InkSheet {
  readonly canvas: HTMLCanvasElement;
  setCharacter(data: CharacterData): void;
  setTraced(on: boolean): void;
  /**
   * Redraws: accepted strokes in ink, the stroke being written, and a refused try shown faded. A stroke being written
   * waits for the next animation frame unless `now` (in VR the page's animation frames may not run at all).
   */
  draw(
    accepted: readonly (readonly InkPoint[])[],
    live?: readonly InkPoint[],
    refused?: readonly InkPoint[],
    now?: boolean,
  ): void;
  /** Animates the model of one stroke, brushed along its median inside its outline. */
  animateStroke(index: number): Promise<void>;
  /** Called after every redraw (the desk's paper copies the sheet). */
  onDrawn(fn: () => void): void;
}

function paperBackground(): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = c.height = SHEET_PX;
  const g = c.getContext("2d")!;
  g.fillStyle = "#f3ead6";
  g.fillRect(0, 0, SHEET_PX, SHEET_PX);
  // Fibres of rice paper: short pale strokes, the same on every visit.
  const r = seededRandom(17);
  for (let i = 0; i < 700; i++) {
    const x = r() * SHEET_PX;
    const y = r() * SHEET_PX;
    const a = r() * Math.PI;
    g.strokeStyle = r() < 0.5 ? "rgba(255,255,255,0.35)" : "rgba(170,150,120,0.12)";
    g.lineWidth = 0.6;
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + Math.cos(a) * (3 + r() * 9), y + Math.sin(a) * (3 + r() * 9));
    g.stroke();
  }
  // The 米字格: a red frame, the centre cross and the diagonals, dashed as on a practice sheet.
  g.strokeStyle = "rgba(176,48,36,0.55)";
  g.lineWidth = 2;
  g.strokeRect(4, 4, SHEET_PX - 8, SHEET_PX - 8);
  g.lineWidth = 1;
  g.setLineDash([6, 6]);
  const h = SHEET_PX / 2;
  for (const [a, b, c2, d] of [
    [h, 4, h, SHEET_PX - 4],
    [4, h, SHEET_PX - 4, h],
    [4, 4, SHEET_PX - 4, SHEET_PX - 4],
    [SHEET_PX - 4, 4, 4, SHEET_PX - 4],
  ]) {
    g.beginPath();
    g.moveTo(a, b);
    g.lineTo(c2, d);
    g.stroke();
  }
  return c;
}

/** Whether a stroke carries real pressure (a pen, a trigger) rather than a mouse's constant. */
const hasPressure = (points: readonly InkPoint[]) => {
  const p = points.map((q) => q.pressure ?? 0.5);
  return Math.max(...p) - Math.min(...p) > 0.05;
};

function inkOutline(points: readonly InkPoint[]): Path2D | null {
  if (points.length === 0) return null;
  const real = hasPressure(points);
  const outline = getStroke(
    points.map((p) => {
      const s = gridToSheet(p);
      return [s.x, s.y, real ? (p.pressure ?? 0.5) : 0.5];
    }),
    { size: 30, thinning: 0.62, smoothing: 0.55, streamline: 0.35, simulatePressure: !real, end: { taper: 18 } },
  );
  if (outline.length < 3) return null;
  const path = new Path2D();
  path.moveTo(outline[0][0], outline[0][1]);
  for (const [x, y] of outline.slice(1)) path.lineTo(x, y);
  path.closePath();
  return path;
}

export function createInkSheet(): InkSheet {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = SHEET_PX;
  canvas.className = "ink-sheet";
  const g = canvas.getContext("2d")!;
  const paper = paperBackground();
  let outlines: Path2D[] = [];
  let medians: CharacterData["medians"] = [];
  let traced = true;
  const listeners: (() => void)[] = [];
  let last: Parameters<InkSheet["draw"]> = [[]];

  const inGrid = (fn: () => void) => {
    g.save();
    g.setTransform(K, 0, 0, -K, 0, TOP * K);
    fn();
    g.restore();
  };

  const paint = (points: readonly InkPoint[], colour: string) => {
    const path = inkOutline(points);
    if (!path) return;
    // Ink soaks a little into the paper: a thin pale rim under a nearly opaque body (a shadow blur would look
    // softer, but costs a software canvas several milliseconds a stroke).
    g.strokeStyle = "rgba(40,32,24,0.35)";
    g.lineWidth = 1.6;
    g.stroke(path);
    g.fillStyle = colour;
    g.fill(path);
  };

  const render = () => {
    const [accepted, live, refused] = last;
    g.drawImage(paper, 0, 0);
    if (traced) inGrid(() => outlines.forEach((o) => ((g.fillStyle = "rgba(110,100,90,0.2)"), g.fill(o))));
    for (const s of accepted) paint(s, "rgba(16,14,12,0.94)");
    if (refused) paint(refused, "rgba(150,40,30,0.35)");
    if (live) paint(live, "rgba(16,14,12,0.94)");
  };
  // A stroke being written redraws at most once a frame, however many pointer events arrive; the desk's paper
  // copies the sheet only when a stroke is finished (a texture upload each move would cost more than the ink).
  let pending = false;
  const requestPaint = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  };

  const sheet: InkSheet = {
    canvas,
    setCharacter(data) {
      outlines = data.strokes.map((d) => new Path2D(d));
      medians = data.medians;
    },
    setTraced(on) {
      traced = on;
      sheet.draw(...last);
    },
    draw(accepted, live, refused, now = false) {
      last = [accepted, live, refused];
      if (live && !now) return requestPaint();
      render();
      for (const fn of listeners) fn();
    },
    animateStroke(index) {
      const median = medians[index];
      const outline = outlines[index];
      if (!median || !outline) return Promise.resolve();
      const lengths = [0];
      for (let i = 1; i < median.length; i++)
        lengths.push(lengths[i - 1] + Math.hypot(median[i][0] - median[i - 1][0], median[i][1] - median[i - 1][1]));
      const total = lengths[lengths.length - 1];
      const duration = 500 + total * 0.8;
      const start = performance.now();
      return new Promise((resolve) => {
        const frame = (now: number) => {
          const reach = Math.min(1, (now - start) / duration) * total;
          render();
          inGrid(() => {
            g.clip(outline);
            g.strokeStyle = "rgba(168,36,24,0.85)";
            g.lineWidth = 190;
            g.lineCap = "round";
            g.lineJoin = "round";
            g.beginPath();
            g.moveTo(median[0][0], median[0][1]);
            for (let i = 1; i < median.length && lengths[i - 1] < reach; i++) {
              const f = Math.min(1, (reach - lengths[i - 1]) / (lengths[i] - lengths[i - 1] || 1));
              const [ax, ay] = median[i - 1];
              g.lineTo(ax + (median[i][0] - ax) * f, ay + (median[i][1] - ay) * f);
            }
            g.stroke();
          });
          if (reach < total) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
    },
    onDrawn(fn) {
      listeners.push(fn);
    },
  };
  return sheet;
}
