// What a visitor can read in VR, as panel content in both languages: a landmark's card, and an exhibit's record
// (its label at once, the full record when it has been fetched).
import type { Artifact, ExhibitSummary } from "../../common/catalog";
import { CATEGORY_NAMES, MATERIAL_NAMES, formatYears } from "../../common/catalogNames";
import type { Landmark } from "../../common/landmark";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { t } from "../ui/i18n";
import type { XrPanelContent } from "./infoPanel";

const both = (f: (lang: Lang) => string): LocalizedText => ({ en: f("en"), zh: f("zh") });

export function landmarkReading(l: Landmark): XrPanelContent {
  return {
    id: l.id,
    title: l.name,
    subtitle: both(
      (lang) => `${t("built", lang)} ${l.built}${l.demolished ? ` · ${t("demolished", lang)} ${l.demolished}` : ""}`,
    ),
    body: both((lang) => `${l.description[lang]}\n\n${l.fate[lang]}`),
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
    body: both((lang) => labelLines(e, lang)),
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
      ]
        .filter((p) => p !== "")
        .join("\n\n"),
    ),
  };
}
