// The keyboard help: a "?" button in the top bar and the key "?" open a dialog listing every shortcut, in the
// visitor's language, with the one-switch mode's toggle. The dialog keeps the focus while open (Tab stays inside),
// Esc or its button closes it, and the focus goes back where it was.
import type { SettingsStore } from "../state/settings";
import { accessWords as aw, type ACCESS_STRINGS } from "./accessStrings";
import { el } from "./dom";
import { createModalDialog } from "./modalDialog";
import { t } from "./i18n";

export interface KeyboardHelp {
  /** The "?" button, for the top bar. */
  readonly button: HTMLButtonElement;
  open(): void;
  close(): void;
  isOpen(): boolean;
}

const SHORTCUTS: [string, keyof typeof ACCESS_STRINGS][] = [
  ["W / ↑ · S / ↓", "keyWalk"],
  ["A · D", "keySide"],
  ["← · →", "keyTurn"],
  ["Shift", "keyHurry"],
  ["E", "keyRead"],
  ["L", "keyLook"],
  ["N", "keyNearby"],
  ["V", "keyTalk"],
  ["Esc", "keyEsc"],
  ["?", "keyHelp"],
];

export function createKeyboardHelp(
  root: HTMLElement,
  settings: SettingsStore,
  /** One-switch mode: whether it is on, and turning it on or off (the dialog's toggle). */
  switchMode: { on(): boolean; set(on: boolean): void },
): KeyboardHelp {
  const button = el("button", { type: "button", id: "help-open", "aria-haspopup": "dialog" }, "?");
  const title = el("h2", { id: "help-title" });
  const intro = el("p", { id: "help-intro" });
  const list = el("dl");
  const close = el("button", { type: "button", id: "help-close" });
  const toggle = el("button", { type: "button", id: "switch-toggle", "aria-pressed": "false" });
  const dialog = createModalDialog(
    root,
    { id: "keyboard-help", title, intro, body: [list, toggle, close], fallback: button },
    () => undefined,
    () => close,
  );

  const render = () => {
    const lang = settings.get().lang;
    button.setAttribute("aria-label", aw("helpOpen", lang));
    button.title = aw("helpOpen", lang);
    title.textContent = aw("helpTitle", lang);
    intro.textContent = aw("helpIntro", lang);
    close.textContent = t("close", lang);
    toggle.textContent = aw(switchMode.on() ? "switchOn" : "switchOff", lang);
    toggle.setAttribute("aria-pressed", String(switchMode.on()));
    list.replaceChildren(
      ...SHORTCUTS.flatMap(([keys, what]) => [el("dt", {}, el("kbd", {}, keys)), el("dd", {}, aw(what, lang))]),
    );
    dialog.element.lang = lang === "zh" ? "zh-Hans" : "en";
  };
  settings.subscribe(render);
  render();

  button.addEventListener("click", dialog.open);
  close.addEventListener("click", dialog.close);
  toggle.addEventListener("click", () => {
    switchMode.set(!switchMode.on());
    render();
  });
  window.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "?" && !typing && !dialog.isOpen()) {
      e.preventDefault();
      dialog.open();
    }
  });
  return { button, open: dialog.open, close: dialog.close, isOpen: dialog.isOpen };
}
