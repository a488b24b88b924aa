// A group's writing lesson in the visit: while the tour's stop has a lesson, the member's studio shows its character
// and the finished sheet goes to the guide; the leading guide's board shows everyone's sheets with the judge's word on
// each, and the one the guide picks is shown to the whole group. Joins the frame loop to find the studio when it opens.
import type { Room } from "colyseus.js";
import type { InkPoint } from "../../common/ink/inkStroke";
import { unpackStroke, type LessonSheetMessage, type WireStroke } from "../../common/ink/lessonWire";
import type { Lang } from "../../common/sceneParts";
import { attachLessonChannel, type LessonChannel } from "../net/lessonChannel";
import { fetchCharacter } from "../net/strokeData";
import { sheetStrokes, summarizeSheet, type SheetSummary } from "../state/lessonSheets";
import { currentStopOf, leadsTour, type TourStore } from "../state/tourStore";
import type { InkStudio } from "../ui/ink/inkStudio";
import { createLessonBoard, createShownSheet, type BoardSheet } from "../ui/ink/lessonBoard";
import { lessonWords } from "../ui/ink/lessonStrings";
import type { FrameLoop } from "./frameLoop";

export interface LessonWiringContext {
  root: HTMLElement;
  store: TourStore;
  lang(): Lang;
  loop: FrameLoop;
  /** A short line for the visitor (the tour panel's notice). */
  notice(text: string): void;
}

/** What the automation handle reports of the lesson (bund.ink.lesson()). */
export interface LessonReport {
  char: string | null;
  /** The guide's board: each member's sheet as judged. */
  board: { name: string; score: number; complete: boolean; failed: SheetSummary["failed"] }[];
  /** Whose sheet the guide shows the group, or null. */
  shown: string | null;
}

let report: (() => LessonReport) | null = null;
/** The lesson as this page sees it, or null outside a tour. */
export const lessonReport = () => report?.() ?? null;

/** A sheet's tries judged again in order: the member's own judgements, summed up. */
async function judgeSheet(char: string, strokes: readonly WireStroke[]): Promise<SheetSummary> {
  const [{ characterModel, judgeCharacter }, data] = await Promise.all([
    import("../../common/ink/characterJudge"),
    fetchCharacter(char),
  ]);
  const tries: InkPoint[][] = strokes.map(unpackStroke);
  return summarizeSheet(tries, judgeCharacter(characterModel(data), tries));
}

export function wireLessons(ctx: LessonWiringContext) {
  let channel: LessonChannel | null = null;
  const sheets = new Map<string, BoardSheet>();
  let boardKey: string | null = null;
  const board = createLessonBoard(ctx.root, ctx.lang, (member) => channel?.show(member));
  const shown = createShownSheet(ctx.root, ctx.lang);

  /** The lesson at the tour's stop now, keyed by tour and stop (a new stop is a new lesson). */
  const lessonNow = () => {
    const v = ctx.store.get();
    const stop = currentStopOf(v);
    return v && stop?.lesson ? { key: `${v.code}/${stop.id}`, char: stop.lesson.char, leads: leadsTour(v) } : null;
  };
  // The board is drawn again only when something on it changed (the tour store changes with every headcount).
  let version = 0;
  let drawn = "";
  let asked = false;
  const render = () => {
    const l = lessonNow();
    if (l?.key !== boardKey) {
      sheets.clear();
      boardKey = l?.key ?? null;
      shown.show(null);
      version++;
      asked = false;
    }
    // A board that opens (a new stop, a reloaded page, the lead taken over) asks for what members sent already.
    if (l?.leads && !asked && channel) {
      asked = true;
      channel.askForSheets();
    }
    const now = `${l?.key}|${l?.leads}|${version}|${shown.member()}|${ctx.lang()}`;
    if (now === drawn) return;
    drawn = now;
    board.show(l?.leads ? { char: l.char, sheets: [...sheets.values()], shown: shown.member() } : null);
  };
  ctx.store.subscribe(render);

  // The studio, found when it opens: the lesson's character goes on its sheet once a stop, and a finished sheet goes
  // to the guide once a try at the character.
  let studios: typeof import("./places/studioBuild") | null = null;
  let loading = false;
  let opened: { studio: InkStudio; key: string } | null = null;
  const watched = new WeakSet<InkStudio>();
  const sent = new WeakSet<object>();
  const sendIfFinished = (studio: InkStudio) => {
    const l = lessonNow();
    const s = studio.session();
    if (!l || l.leads || !s || s.char !== l.char || !s.complete() || sent.has(s)) return;
    sent.add(s);
    channel?.sendSheet({ char: l.char, strokes: sheetStrokes(s.tries(), s.judgements()) });
    ctx.notice(lessonWords("sent", ctx.lang(), { char: l.char }));
  };
  ctx.loop.join("present", () => {
    const l = lessonNow();
    if (!l) return;
    if (!studios) {
      if (!loading) {
        loading = true;
        void import("./places/studioBuild").then((m) => (studios = m));
      }
      return;
    }
    const studio = studios.currentStudio()?.studio;
    if (!studio || (opened?.studio === studio && opened.key === l.key)) return;
    opened = { studio, key: l.key };
    if (!watched.has(studio)) {
      watched.add(studio);
      studio.onChange(() => sendIfFinished(studio));
    }
    if (studio.session()?.char !== l.char) void studio.open(l.char);
    ctx.notice(lessonWords("write", ctx.lang(), { char: l.char }));
  });

  const received = async (m: LessonSheetMessage) => {
    const summary = await judgeSheet(m.char, m.strokes);
    if (lessonNow()?.char !== m.char) return;
    sheets.set(m.member, { member: m.member, name: m.name, summary });
    version++;
    render();
  };
  report = () => ({
    char: lessonNow()?.char ?? null,
    board: [...sheets.values()].map((s) => ({
      name: s.name,
      score: s.summary.score,
      complete: s.summary.complete,
      failed: s.summary.failed,
    })),
    shown: shown.name(),
  });

  return {
    /** The room, on joining and after each reconnection. */
    attach(room: Room) {
      asked = false; // a reconnection may have lost sheets sent meanwhile: the board asks again
      channel = attachLessonChannel(room, {
        sheet: (m) => void received(m).catch((err) => console.warn("A lesson sheet could not be judged", err)),
        shown(m) {
          if (m.member === null) {
            shown.show(null);
            return render();
          }
          const { member, name, char } = m;
          void judgeSheet(char, m.strokes).then(
            (s) => (shown.show({ member, name, char, ink: s.ink }), render()),
            (err) => console.warn("The shown sheet could not be read", err),
          );
        },
      });
      render();
    },
  };
}
