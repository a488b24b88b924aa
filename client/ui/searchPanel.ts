// The collection search: text, period and material, answered by the catalog API; a result takes the visitor there.
import type { Era, ExhibitSummary, Material } from "../../common/catalog";
import { ERA_NAMES, MATERIAL_NAMES, formatYears } from "../../common/catalogNames";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { t } from "./i18n";

export interface SearchHit extends ExhibitSummary {
  location: { scene: string; display: string; slot: number };
}

export interface SearchQuery {
  q?: string;
  era?: Era | "";
  material?: Material | "";
}

export interface SearchPanel {
  open(): void;
  close(): void;
  /** Runs a search as the form would; resolves with the hits shown. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  isOpen(): boolean;
}

export function createSearchPanel(
  root: HTMLElement,
  settings: SettingsStore,
  sceneName: (id: string) => string,
  onGo: (hit: SearchHit) => void,
): SearchPanel {
  const panel = el("section", { id: "search-panel", class: "hidden", role: "search" });
  root.append(panel);
  const input = el("input", { type: "search", name: "q", maxlength: "100", autocomplete: "off" });
  const era = el("select", { name: "era" });
  const material = el("select", { name: "material" });
  const status = el("p", { class: "status", "aria-live": "polite" });
  const list = el("ol", { class: "results" });
  const close = el("button", { type: "button", class: "close" });
  const form = el("form", {}, input, era, material);
  const heading = el("h2", {});
  panel.append(close, heading, form, status, list);
  let last: SearchHit[] = [];
  let seq = 0;

  const labels = () => {
    const lang = settings.get().lang;
    heading.textContent = t("search", lang);
    input.placeholder = t("searchPlaceholder", lang);
    // Names for screen readers (the placeholder and the first option are not names).
    input.setAttribute("aria-label", t("search", lang));
    era.setAttribute("aria-label", t("period", lang));
    material.setAttribute("aria-label", t("material", lang));
    close.textContent = `✕ ${t("close", lang)}`;
    const keepEra = era.value;
    const keepMaterial = material.value;
    era.replaceChildren(
      el("option", { value: "" }, t("anyEra", lang)),
      ...Object.entries(ERA_NAMES).map(([k, v]) => el("option", { value: k }, v[lang])),
    );
    material.replaceChildren(
      el("option", { value: "" }, t("anyMaterial", lang)),
      ...Object.entries(MATERIAL_NAMES).map(([k, v]) => el("option", { value: k }, v[lang])),
    );
    era.value = keepEra;
    material.value = keepMaterial;
    renderHits();
  };
  const renderHits = () => {
    const lang = settings.get().lang;
    list.replaceChildren(
      ...last.map((hit) => {
        const button = el(
          "button",
          { type: "button", "data-item": hit.id },
          el("strong", {}, hit.title[lang]),
          el(
            "span",
            {},
            `${hit.period.name[lang]} · ${formatYears(hit.period.startYear, hit.period.endYear, lang)} · ${sceneName(hit.location.scene)}`,
          ),
        );
        button.addEventListener("click", () => onGo(hit));
        return el("li", {}, button);
      }),
    );
  };

  const search = async (query: SearchQuery): Promise<SearchHit[]> => {
    const mine = ++seq;
    const params = new URLSearchParams({ pageSize: "20" });
    if (query.q?.trim()) params.set("q", query.q.trim());
    if (query.era) params.set("era", query.era);
    if (query.material) params.set("material", query.material);
    const res = await fetch(`/api/catalog?${params}`);
    const body = (await res.json()) as { total?: number; items?: SearchHit[]; error?: string };
    if (mine !== seq) return last; // a newer search has started; its answer wins
    const lang = settings.get().lang;
    if (!res.ok) {
      status.textContent = body.error ?? `HTTP ${res.status}`;
      last = [];
    } else {
      last = body.items ?? [];
      status.textContent = last.length ? `${body.total} ${t("results", lang)}` : t("noResults", lang);
    }
    renderHits();
    return last;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fromForm = () =>
    void search({ q: input.value, era: era.value as Era | "", material: material.value as Material | "" }).catch(
      (err) => (status.textContent = String(err)),
    );
  input.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fromForm, 250);
  });
  era.addEventListener("change", fromForm);
  material.addEventListener("change", fromForm);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    fromForm();
  });
  // Typing in the search box must not walk the visitor (the museum listens for WASD on the window); Esc closes.
  panel.addEventListener("keydown", (e) => {
    e.stopPropagation();
    if (e.key === "Escape") hide();
  });
  // Closing gives the focus back where it was when the panel opened (the Search button, or the 3D view).
  let returnTo: HTMLElement | null = null;
  const hide = () => {
    if (panel.classList.contains("hidden")) return;
    panel.classList.add("hidden");
    if (panel.contains(document.activeElement)) returnTo?.focus();
    returnTo = null;
  };
  close.addEventListener("click", hide);
  settings.subscribe(labels);
  labels();
  return {
    open() {
      if (!panel.contains(document.activeElement))
        returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      panel.classList.remove("hidden");
      input.focus();
    },
    close: hide,
    search: async (query) => {
      input.value = query.q ?? "";
      era.value = query.era ?? "";
      material.value = query.material ?? "";
      return search(query);
    },
    isOpen: () => !panel.classList.contains("hidden"),
  };
}
