// The studio's writing panel: lesson and character, traced or free mode, the sheet written on with pointer events
// (mouse, touch, pen pressure), the judge's feedback in English and Chinese, the model stroke on request, saving the
// sheet as a PNG, and progress kept in the browser.
import "./inkPanel.css";
import type { StrokeJudgement } from "../../../common/ink/characterJudge";
import type { CharacterData, InkPoint } from "../../../common/ink/inkStroke";
import { LESSONS, STROKE_DATA_PATH, YONG_PRINCIPLES, type Lesson } from "../../../common/ink/lessons";
import type { Lang } from "../../../common/sceneParts";
import { createInkProgress } from "../../state/inkProgress";
import { createInkSession, type InkSession } from "../../state/inkSession";
import { el } from "../dom";
import { createInkSheet, sheetToGrid, SHEET_PX, type InkSheet } from "./inkSheet";
import { inkWords } from "./inkStrings";

export interface InkStudio {
  readonly element: HTMLElement;
  readonly sheet: InkSheet;
  /** Opens a character (fetching its stroke data) on a clean sheet. */
  open(char: string): Promise<void>;
  /** Judges a finished stroke given on the data's grid (the VR brush and automation write this way). */
  write(points: readonly InkPoint[]): StrokeJudgement | null;
  /** Shows the stroke being written (grid points) before it is finished; at once when `now` (the VR brush). */
  drawLive(points: readonly InkPoint[], now?: boolean): void;
  /** The status line as shown ("Stroke 2 of 5", "Complete…"). */
  status(): string;
  /** The points of the last stroke judged, accepted or not. */
  lastStroke(): readonly InkPoint[] | null;
  session(): InkSession | null;
  /** Called after each judgement and each new character. */
  onChange(fn: () => void): void;
  /** The feedback as shown: the last judgement's English and Chinese text. */
  feedback(): { en: string; zh: string } | null;
  dispose(): void;
}

export interface InkStudioParts {
  root: HTMLElement;
  lang: Lang;
  fetchCharacter(char: string): Promise<CharacterData>;
  storage: Pick<Storage, "getItem" | "setItem">;
}

export function createInkStudio(parts: InkStudioParts): InkStudio {
  const w = (key: Parameters<typeof inkWords>[0], slots?: Record<string, string | number>) =>
    inkWords(key, parts.lang, slots);
  const progress = createInkProgress(parts.storage);
  const sheet = createInkSheet();
  let lesson: Lesson = LESSONS[0];
  let traditional = false;
  let session: InkSession | null = null;
  let refused: readonly InkPoint[] | undefined;
  let last: StrokeJudgement | null = null;
  let lastPoints: readonly InkPoint[] | null = null;
  const changed: (() => void)[] = [];

  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = el("button", { type: "button", ...attrs }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  const fold = button(w("hide"), () => {
    const folded = panel.classList.toggle("folded");
    fold.textContent = folded ? w("show") : w("hide");
  });
  fold.classList.add("ink-fold");
  const lessons = el("div", { class: "ink-row ink-lessons" });
  const chars = el("div", { class: "ink-row ink-chars" });
  const modes = el("div", { class: "ink-row" });
  const tracedBtn = button(w("traced"), () => setTraced(true), { "aria-pressed": "true", "data-mode": "traced" });
  const freeBtn = button(w("free"), () => setTraced(false), { "aria-pressed": "false", "data-mode": "free" });
  const formBtn = button(w("traditional"), () => toggleForm(), { "aria-pressed": "false", "data-form": "traditional" });
  modes.append(tracedBtn, freeBtn, formBtn);
  const actions = el("div", { class: "ink-row" });
  actions.append(
    button(w("showStroke"), () => void showNext(), { "data-action": "model" }),
    button(w("clear"), () => session && void open(session.char), { "data-action": "clear" }),
    button(w("save"), () => save(), { "data-action": "save" }),
  );
  const status = el("p", { class: "ink-status" });
  const feedback = el("div", { class: "ink-feedback", "aria-live": "polite" });
  const principles = el("ol", { class: "ink-principles" });
  const done = el("p", { class: "ink-progress" });
  const notice = el("p", { class: "ink-notice" });
  const licence = el("a", { href: `${STROKE_DATA_PATH}NOTICE.txt`, target: "_blank" }, w("dataNotice"));
  notice.append(licence);
  const panel = el(
    "section",
    { id: "ink-studio", "aria-label": w("title") },
    fold,
    el("h2", {}, w("title")),
    lessons,
    chars,
    modes,
    sheet.canvas,
    status,
    feedback,
    actions,
    el("p", { class: "ink-honest" }, w("honest")),
    principles,
    done,
    notice,
  );
  parts.root.append(panel);

  function setTraced(on: boolean) {
    tracedBtn.setAttribute("aria-pressed", String(on));
    freeBtn.setAttribute("aria-pressed", String(!on));
    sheet.setTraced(on);
  }
  function toggleForm() {
    traditional = !traditional;
    formBtn.setAttribute("aria-pressed", String(traditional));
    renderChars();
  }
  const charOf = (c: Lesson["characters"][number]) => (traditional && c.traditional) || c.standard;

  function renderLessons() {
    lessons.replaceChildren(
      ...LESSONS.map((l) =>
        button(l.title[parts.lang], () => ((lesson = l), renderChars(), void open(charOf(l.characters[0]))), {
          "aria-pressed": String(l === lesson),
          "data-lesson": l.id,
        }),
      ),
    );
  }
  function renderChars() {
    const best = progress.get();
    chars.replaceChildren(
      ...lesson.characters.map((c) => {
        const ch = charOf(c);
        const b = button(ch, () => void open(ch), { "data-char": ch, "aria-pressed": String(session?.char === ch) });
        if (best[ch]) b.classList.add("done");
        return b;
      }),
    );
    const written = Object.keys(best);
    done.textContent = written.length ? w("progress", { chars: written.join(" ") }) : "";
  }
  function renderStatus() {
    if (!session) return;
    const count = session.model.medians.length;
    status.textContent = session.complete()
      ? w("complete", { score: Math.round(session.score() * 100) })
      : w("due", { n: session.due() + 1, count });
    principles.replaceChildren();
    if (session.char === "永") {
      principles.append(el("li", { class: "title" }, w("principles")));
      for (const p of YONG_PRINCIPLES)
        principles.append(
          el("li", { class: p.stroke === session.due() ? "now" : "" }, `${p.name} ${p.pinyin} — ${p.text[parts.lang]}`),
        );
    }
  }
  function renderFeedback(j: StrokeJudgement | null) {
    last = j;
    feedback.replaceChildren();
    if (!j) {
      feedback.append(el("p", {}, w("start")));
      return;
    }
    const cls = j.accepted ? "ok" : "no";
    feedback.append(
      el("p", { class: cls, lang: "en", "data-reason": j.reason ?? "accepted" }, j.feedback.en),
      el("p", { class: cls, lang: "zh-CN" }, j.feedback.zh),
    );
  }
  const redraw = (live?: readonly InkPoint[], now = false) =>
    sheet.draw(session?.accepted().map((a) => a.points) ?? [], live, refused, now);

  async function open(char: string) {
    const data = await parts.fetchCharacter(char);
    session = createInkSession(char, data);
    sheet.setCharacter(data);
    refused = undefined;
    lastPoints = null;
    renderFeedback(null);
    renderChars();
    renderStatus();
    redraw();
    for (const fn of changed) fn();
  }
  function write(points: readonly InkPoint[]): StrokeJudgement | null {
    if (!session || points.length === 0) return null;
    const j = session.write(points);
    lastPoints = points;
    refused = j.accepted ? undefined : points;
    renderFeedback(j);
    if (j.accepted && session.complete()) progress.complete(session.char, session.score());
    renderChars();
    renderStatus();
    redraw();
    for (const fn of changed) fn();
    return j;
  }
  async function showNext() {
    if (session && !session.complete()) await sheet.animateStroke(session.due());
    redraw();
  }
  function save() {
    sheet.canvas.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = el("a", { href: url, download: `digital-ink-${session?.char ?? "sheet"}.png` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, "image/png");
  }

  // Writing with a pointer: the pen's pressure when it has one; coalesced events keep a fast stroke's shape.
  let live: InkPoint[] | null = null;
  let pointer = -1;
  let t0 = 0;
  const toPoint = (e: PointerEvent): InkPoint => {
    const r = sheet.canvas.getBoundingClientRect();
    const g = sheetToGrid(((e.clientX - r.left) * SHEET_PX) / r.width, ((e.clientY - r.top) * SHEET_PX) / r.height);
    const point: InkPoint = { x: g.x, y: g.y, t: Math.max(0, e.timeStamp - t0) };
    if (e.pointerType !== "mouse") point.pressure = Math.min(1, Math.max(0, e.pressure));
    return point;
  };
  sheet.canvas.addEventListener("pointerdown", (e) => {
    if (live || !session || e.button > 0) return;
    e.preventDefault();
    pointer = e.pointerId;
    sheet.canvas.setPointerCapture(e.pointerId);
    t0 = e.timeStamp;
    refused = undefined;
    live = [toPoint(e)];
    redraw(live);
  });
  sheet.canvas.addEventListener("pointermove", (e) => {
    if (!live || e.pointerId !== pointer) return;
    const events = e.getCoalescedEvents?.() ?? [];
    for (const c of events.length ? events : [e]) live.push(toPoint(c));
    redraw(live);
  });
  const finish = (e: PointerEvent) => {
    if (!live || e.pointerId !== pointer) return;
    const stroke = live;
    live = null;
    if (e.type === "pointerup") stroke.push(toPoint(e));
    write(stroke);
  };
  sheet.canvas.addEventListener("pointerup", finish);
  sheet.canvas.addEventListener("pointercancel", finish);

  renderLessons();
  renderFeedback(null);
  return {
    element: panel,
    sheet,
    open,
    write,
    drawLive: (points, now) => redraw(points, now),
    status: () => status.textContent ?? "",
    lastStroke: () => lastPoints,
    session: () => session,
    onChange: (fn) => void changed.push(fn),
    feedback: () => (last ? last.feedback : null),
    dispose: () => panel.remove(),
  };
}
