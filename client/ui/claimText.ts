// How a claim reads in words (desktop cards and VR panels alike): an EDTF date, a façade, and sources by language.
import type { Landmark } from "../../common/landmark";
import type { Lang } from "../../common/sceneParts";
import { ct } from "./claimStrings";
import { t } from "./i18n";

/** "1943?" → "1943 (uncertain)", "1907~" → "about 1907", "1908-01-20" stays as written (ISO order reads in both). */
export function edtfInWords(date: string, lang: Lang): string {
  const bare = date.replace(/[?~%]$/, "");
  const approx = /[~%]$/.test(date) ? `${ct("approximate", lang)}${lang === "en" ? " " : ""}` : "";
  const uncertain = /[?%]$/.test(date)
    ? lang === "en"
      ? ` (${ct("uncertainDate", lang)})`
      : `（${ct("uncertainDate", lang)}）`
    : "";
  return `${approx}${bare}${uncertain}`;
}

const isChinese = (s: string) => /[\u3400-\u9fff]/.test(s);

/** Sources split by language, the visitor's language first: Chinese readers see Chinese sources where there are any. */
export function sourcesByLanguage(sources: readonly string[], lang: Lang): { label: string; items: string[] }[] {
  const zh = sources.filter(isChinese);
  const other = sources.filter((s) => !isChinese(s));
  const groups = [
    { label: ct("sourcesZh", lang), items: zh },
    { label: ct("sourcesEn", lang), items: other },
  ];
  return (lang === "zh" ? groups : groups.reverse()).filter((g) => g.items.length > 0);
}

/** "Façade: granite facing on a steel frame" / "外墙：钢框架结构，外墙花岗石饰面"; null where no source was found. */
export function facadeLine(l: Landmark, lang: Lang): string | null {
  const s = l.facade.materialSource;
  if (!s) return null;
  return `${t("facade", lang)}${lang === "zh" ? "：" : ": "}${s.note[lang]}`;
}
