// How a claim shows on a card: a confidence badge that explains itself, and a dated event with its badge.
import type { Confidence, LandmarkEvent } from "../../common/landmarkHistory";
import type { Lang } from "../../common/sceneParts";
import { ct } from "./claimStrings";
import { edtfInWords } from "./claimText";
import "./claims.css";
import { el } from "./dom";

/** A small badge naming the confidence; its title (and accessible description) says what the level means. */
export function confidenceBadge(level: Confidence, lang: Lang): HTMLElement {
  const explain = ct(`explain.${level}`, lang);
  return el(
    "span",
    { class: `confidence ${level}`, title: explain, "aria-label": explain },
    ct(`confidence.${level}`, lang),
  );
}

export function eventLine(e: LandmarkEvent, lang: Lang): HTMLElement {
  return el(
    "li",
    { class: "event", "data-event": e.event },
    `${ct(`event.${e.event}`, lang)} ${edtfInWords(e.date, lang)}`,
    e.note ? ` — ${e.note[lang]}` : "",
    " ",
    confidenceBadge(e.confidence, lang),
  );
}
