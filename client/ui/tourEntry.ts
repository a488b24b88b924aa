// The entry screen's guided-tour part: a tour code (pre-filled from a /?tour=CODE link), the tours under way to pick
// from, a guide's sign-in, and the error line that says in the visitor's language why entering did not work.
import type { LiveTourListing } from "../../common/tour";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { tt } from "./tourStrings";
import "./tour.css";

export interface TourEntryChoice {
  tourCode?: string;
  guide?: { name: string; password: string };
}

export interface TourEntry {
  /** What the visitor typed or picked. */
  values(): TourEntryChoice;
  showError(text: string): void;
  clearError(): void;
  /** Stops refreshing the list (the visitor has entered). */
  close(): void;
}

/** Where the entry part reads from: the guide's sign-in in this tab, and the tours under way (the REST API). */
export interface TourEntrySources {
  session: { current(): { name: string } | null; signOut(): void };
  liveTours(): Promise<LiveTourListing[]>;
}

const LIST_REFRESH_MS = 15_000;

export function attachTourEntry(
  form: { extra: HTMLElement; element: HTMLElement },
  settings: SettingsStore,
  sources: TourEntrySources,
  submit: () => void,
): TourEntry {
  const fromLink = new URLSearchParams(location.search).get("tour")?.trim().toUpperCase() ?? "";
  const code = el("input", {
    type: "text",
    id: "entry-tour-code",
    maxlength: "6",
    autocomplete: "off",
    spellcheck: "false",
    autocapitalize: "characters",
  });
  code.value = fromLink;
  const codeLabel = el("label", { for: "entry-tour-code" });
  const listTitle = el("p", { class: "tour-list-title" });
  const list = el("ul", { id: "entry-tour-list", class: "tour-list" });
  const guideName = el("input", { type: "text", id: "entry-guide-name", autocomplete: "username", maxlength: "64" });
  const password = el("input", {
    type: "password",
    id: "entry-guide-password",
    autocomplete: "current-password",
    maxlength: "256",
  });
  const guideNameLabel = el("label", { for: "entry-guide-name" });
  const passwordLabel = el("label", { for: "entry-guide-password" });
  const summary = el("summary");
  const signedIn = el("p", { class: "signed-in hidden" });
  const signOut = el("button", { type: "button", class: "link-button" });
  const guideBox = el("details", { id: "entry-guide" }, summary, guideNameLabel, guideName, passwordLabel, password);
  const error = el("p", { id: "entry-tour-error", class: "tour-error hidden", role: "alert" });
  const heading = el("h2");
  form.extra.append(
    el(
      "section",
      { class: "tour-entry" },
      heading,
      codeLabel,
      code,
      listTitle,
      list,
      guideBox,
      el("div", {}, signedIn, signOut),
      error,
    ),
  );

  let tours: LiveTourListing[] = [];
  let listFailed = false;
  let shown = "";
  const renderList = () => {
    const lang = settings.get().lang;
    listTitle.textContent = tt("liveTours", lang);
    // Rebuild only what changed: replacing a button between a press and its release (a name typed and left, a
    // refresh) loses the click.
    const key = JSON.stringify([lang, listFailed, tours]);
    if (key === shown) return;
    shown = key;
    if (tours.length === 0) {
      list.replaceChildren(
        el("li", { class: "empty" }, listFailed ? tt("unreachable", lang) : tt("noLiveTours", lang)),
      );
      return;
    }
    list.replaceChildren(
      ...tours.map((tour) => {
        const pick = el(
          "button",
          { type: "button", "data-code": tour.code },
          el("strong", {}, tour.planTitle[lang]),
          el(
            "span",
            {},
            `${tour.guideName} · ${tt("stopOf", lang, { n: tour.stop + 1, m: tour.stopCount })} · ${tour.members} ${tt("members", lang)}`,
          ),
        );
        pick.addEventListener("click", () => {
          code.value = tour.code;
          submit();
        });
        return el("li", {}, pick);
      }),
    );
  };
  const render = () => {
    const lang = settings.get().lang;
    heading.textContent = tt("tours", lang);
    codeLabel.textContent = tt("tourCode", lang);
    code.placeholder = tt("tourCodePlaceholder", lang);
    summary.textContent = tt("imGuide", lang);
    guideNameLabel.textContent = tt("guideName", lang);
    passwordLabel.textContent = tt("password", lang);
    const who = sources.session.current();
    signedIn.textContent = who ? tt("signedInAs", lang, { name: who.name }) : "";
    signedIn.classList.toggle("hidden", !who);
    signOut.textContent = tt("signOut", lang);
    signOut.classList.toggle("hidden", !who);
    guideBox.classList.toggle("hidden", !!who);
    renderList();
  };
  signOut.addEventListener("click", () => {
    sources.session.signOut();
    render();
  });
  const unsubscribe = settings.subscribe(render);

  const refresh = async () => {
    try {
      tours = await sources.liveTours();
      listFailed = false;
    } catch {
      listFailed = true;
    }
    renderList();
  };
  void refresh();
  const timer = setInterval(() => void refresh(), LIST_REFRESH_MS);
  render();

  return {
    values() {
      const c = code.value.trim().toUpperCase();
      const g = guideName.value.trim();
      return {
        ...(c ? { tourCode: c } : {}),
        ...(g || password.value ? { guide: { name: g, password: password.value } } : {}),
      };
    },
    showError(text) {
      error.textContent = text;
      error.classList.remove("hidden");
    },
    clearError() {
      error.textContent = "";
      error.classList.add("hidden");
    },
    close() {
      clearInterval(timer);
      unsubscribe();
      password.value = ""; // not kept in the page once used
    },
  };
}
