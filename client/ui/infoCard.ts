// The landmark info card: name, years, what it was, what became of it, how sure each date is and from where.
import type { Landmark } from "../../common/landmark";
import type { Lang } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { ct } from "./claimStrings";
import { confidenceBadge, eventLine } from "./claimBadges";
import { facadeLine, sourcesByLanguage } from "./claimText";
import { el } from "./dom";
import { pick, t } from "./i18n";

export interface InfoCard {
  show(landmark: Landmark): void;
  hide(): void;
  /** The id of the landmark shown, or null. */
  shown(): string | null;
}

function years(l: Landmark, lang: Lang): string {
  if (l.demolished === null) return `${t("built", lang)} ${l.built} · ${t("standing", lang)}`;
  return `${t("built", lang)} ${l.built} · ${t("demolished", lang)} ${l.demolished}`;
}

export function createInfoCard(root: HTMLElement, settings: SettingsStore): InfoCard {
  const card = el("section", { id: "info-card", class: "hidden", "aria-live": "polite" });
  root.append(card);
  let current: Landmark | null = null;

  const render = () => {
    if (!current) return;
    const l = current;
    const lang = settings.get().lang;
    const facade = facadeLine(l, lang);
    const close = el("button", { class: "close", type: "button" }, `✕ ${t("close", lang)}`);
    close.addEventListener("click", () => hide());
    const children: (Node | string | false | undefined)[] = [
      close,
      el("h2", {}, pick(l.name, lang)),
      el("p", { class: "address" }, pick(l.address, lang)),
      el(
        "p",
        { class: "years" },
        years(l, lang),
        l.demolished !== null && el("span", { class: "lost-badge" }, t("lostLandmark", lang)),
      ),
      el("p", { class: "description" }, pick(l.description, lang)),
      l.architect && el("p", { class: "architect" }, `${t("architect", lang)}: ${pick(l.architect, lang)}`),
      facade !== null && el("p", { class: "facade" }, facade),
      el("h3", {}, t("whatBecame", lang)),
      el("p", { class: "fate" }, pick(l.fate, lang)),
      l.events.length > 0 && el("h3", {}, ct("history", lang)),
      l.events.length > 0 && el("ul", { class: "events" }, ...l.events.map((e) => eventLine(e, lang))),
      l.uncertainty && el("h3", {}, t("uncertain", lang)),
      l.uncertainty && el("p", { class: "uncertain" }, pick(l.uncertainty, lang)),
      // How sure the shape drawn is: a badge of its own, beside the note of what is uncertain.
      l.uncertainty &&
        l.shapeConfidence &&
        el("p", { class: "shape-confidence" }, confidenceBadge(l.shapeConfidence, lang)),
      el("h3", {}, t("sources", lang)),
      ...sourcesByLanguage(l.sources, lang).map((g) =>
        el("p", { class: "sources" }, `${g.label}: ${g.items.join("; ")}`),
      ),
    ];
    card.replaceChildren(...children.filter((c): c is Node | string => !!c));
    card.dataset.landmark = l.id;
    card.lang = lang === "zh" ? "zh-Hans" : "en";
  };
  const hide = () => {
    current = null;
    card.classList.add("hidden");
    delete card.dataset.landmark;
  };
  settings.subscribe(render);
  window.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current && !document.pointerLockElement) hide();
  });
  return {
    show(l) {
      current = l;
      render();
      card.classList.remove("hidden");
    },
    hide,
    shown: () => current?.id ?? null,
  };
}
