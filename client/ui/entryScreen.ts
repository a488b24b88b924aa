// The entry screen: display name, language, Enter. What its button does is also bund.enter().
import type { Lang } from "../../common/sceneParts";
import { cleanDisplayName, MAX_DISPLAY_NAME } from "../../common/displayName";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { t } from "./i18n";

export interface EntryScreen {
  element: HTMLElement;
  /** Where more of the entry screen (guided tours) goes, above the Enter button. */
  extra: HTMLElement;
  /** What pressing Enter does (before it, Enter just enters). */
  onSubmit(handler: () => void): void;
  /** Takes the visitor's choices and closes the screen. */
  submit(choice: { name?: string; lang?: Lang }): { name: string; lang: Lang };
  setReady(ready: boolean): void;
}

export function createEntryScreen(root: HTMLElement, settings: SettingsStore): EntryScreen {
  const lang = settings.get().lang;
  const name = el("input", {
    type: "text",
    id: "entry-name",
    maxlength: String(MAX_DISPLAY_NAME),
    autocomplete: "nickname",
  });
  name.value = settings.get().name;
  const radio = (value: Lang, label: string) => {
    const input = el("input", { type: "radio", name: "lang", value, id: `entry-lang-${value}` });
    input.checked = value === lang;
    return el("label", { for: `entry-lang-${value}` }, input, ` ${label}`);
  };
  const button = el("button", { type: "submit", id: "entry-submit" });
  const title = el("h1", { id: "entry-title" });
  const tagline = el("p", { id: "entry-tagline" });
  const nameLabel = el("label", { for: "entry-name" });
  const langLegend = el("legend");
  const extra = el("div", { class: "entry-extra" });
  const form = el(
    "form",
    {},
    title,
    tagline,
    nameLabel,
    name,
    el("fieldset", {}, langLegend, radio("en", "English"), radio("zh", "中文")),
    extra,
    button,
  );
  const element = el(
    "div",
    {
      id: "entry",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": "entry-title",
      "aria-describedby": "entry-tagline",
    },
    form,
  );
  root.append(element);

  let ready = false;
  const render = (l: Lang) => {
    title.textContent = t("title", l);
    tagline.textContent = t("tagline", l);
    nameLabel.textContent = t("nameLabel", l);
    langLegend.textContent = t("langLabel", l);
    name.placeholder = t("namePlaceholder", l);
    button.textContent = ready ? t("enter", l) : t("loading", l);
    button.disabled = !ready;
    document.documentElement.lang = l === "zh" ? "zh-Hans" : "en";
  };
  render(lang);
  form.addEventListener("change", () => {
    const picked = form.querySelector<HTMLInputElement>("input[name=lang]:checked")?.value as Lang | undefined;
    if (picked) settings.update({ lang: picked });
  });
  settings.subscribe((s) => render(s.lang));

  let handler: (() => void) | null = null;
  const submit = (choice: { name?: string; lang?: Lang }) => {
    const l = choice.lang ?? settings.get().lang;
    const n = cleanDisplayName(choice.name ?? name.value) || t("namePlaceholder", l);
    settings.update({ name: n, lang: l });
    element.classList.add("hidden");
    return { name: n, lang: l };
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (ready) (handler ?? (() => submit({})))();
  });
  return {
    element,
    extra,
    onSubmit: (h) => void (handler = h),
    submit,
    setReady(r) {
      ready = r;
      render(settings.get().lang);
      if (r) name.focus();
    },
  };
}
