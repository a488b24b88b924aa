// What a visitor can read in VR, as panel content in both languages: a landmark's card, and an exhibit's record
// (its label at once, the full record when it has been fetched).
import type { Artifact, ExhibitSummary } from "../../common/catalog";
import { CATEGORY_NAMES, MATERIAL_NAMES, formatYears, isIllustration } from "../../common/catalogNames";
import type { Landmark } from "../../common/landmark";
import type { LandmarkEvent } from "../../common/landmarkHistory";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { ct } from "../ui/claimStrings";
import { edtfInWords, facadeLine, sourcesByLanguage } from "../ui/claimText";
import { t } from "../ui/i18n";
import { recordRows } from "../ui/recordRows";
import type { XrPanelContent } from "./infoPanel";

const both = (f: (lang: Lang) => string): LocalizedText => ({ en: f("en"), zh: f("zh") });

/** A dated claim as one line of text, its confidence in brackets: "Lost 1943 (uncertain) [inferred]". */
function eventText(e: LandmarkEvent, lang: Lang): string {
  const note = e.note ? ` — ${e.note[lang]}` : "";
  return `${ct(`event.${e.event}`, lang)} ${edtfInWords(e.date, lang)}${note} [${ct(`confidence.${e.confidence}`, lang)}]`;
}

/** A landmark's card in VR: the same years, façade, fate, uncertainty, confidence and sources as the desktop card. */
export function landmarkReading(l: Landmark): XrPanelContent {
  return {
    id: l.id,
    title: l.name,
    subtitle: both(
      (lang) =>
        `${t("built", lang)} ${l.built}${l.demolished ? ` · ${t("demolished", lang)} ${l.demolished}` : ""}` +
        (l.demolished !== null ? ` · ${t("lostLandmark", lang)}` : ""),
    ),
    body: both((lang) =>
      [
        l.description[lang],
        facadeLine(l, lang) ?? "",
        `${t("whatBecame", lang)}: ${l.fate[lang]}`,
        l.events.length > 0 ? `${ct("history", lang)}:\n${l.events.map((e) => eventText(e, lang)).join("\n")}` : "",
        l.uncertainty
          ? `${t("uncertain", lang)}: ${l.uncertainty[lang]}` +
            (l.shapeConfidence ? ` [${ct(`confidence.${l.shapeConfidence}`, lang)}]` : "")
          : "",
        `${t("sources", lang)}:\n${sourcesByLanguage(l.sources, lang)
          .map((g) => `${g.label}: ${g.items.join("; ")}`)
          .join("\n")}`,
      ]
        .filter((p) => p !== "")
        .join("\n\n"),
    ),
  };
}

/** The period and material line every exhibit panel starts with. */
function exhibitSubtitle(e: ExhibitSummary, lang: Lang): string {
  return `${e.period.name[lang]}, ${formatYears(e.period.startYear, e.period.endYear, lang)} · ${MATERIAL_NAMES[e.material][lang]}`;
}

/** The label's facts, known from the hall's summary before the record arrives. */
function labelLines(e: ExhibitSummary, lang: Lang): string {
  const d = e.dimensions;
  return [
    `${t("dimensions", lang)}: ${d.heightCm} × ${d.widthCm} × ${d.depthCm} cm`,
    `${t("department", lang)}: ${CATEGORY_NAMES[e.category][lang]}`,
    `${t("accession", lang)}: ${e.accession}`,
  ].join("\n");
}

/** An exhibit as the hall knows it: what its label says. */
export function exhibitReading(e: ExhibitSummary): XrPanelContent {
  return {
    id: e.id,
    title: e.title,
    subtitle: both((lang) => exhibitSubtitle(e, lang)),
    body: both((lang) =>
      [isIllustration(e.accession) ? t("illustrative", lang) : "", labelLines(e, lang)].filter(Boolean).join("\n\n"),
    ),
  };
}

/** An exhibit's full record, as the desktop inspection card gives it. */
export function recordReading(a: Artifact): XrPanelContent {
  return {
    id: a.id,
    title: a.title,
    subtitle: both((lang) => exhibitSubtitle(a, lang)),
    body: both((lang) =>
      [
        a.illustrative ? t("illustrative", lang) : "",
        a.description[lang],
        labelLines(a, lang),
        `${t("provenance", lang)}: ${a.provenance[lang]}\n${t("credit", lang)}: ${a.creditLine[lang]}`,
        recordRows(a, lang)
          .map(([k, v]) => `${k}: ${v}`)
          .join("\n"),
      ]
        .filter((p) => p !== "")
        .join("\n\n"),
    ),
  };
}
