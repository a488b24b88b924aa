// The one-switch scan on screen: the choices in a row at the bottom, the one on offer marked (and spoken by the
// announcer, not here), with a line saying how it works. Hidden while the mode is off.
import type { SettingsStore } from "../state/settings";
import { accessWords as aw } from "./accessStrings";
import { el } from "./dom";

export interface SwitchPanel {
  show(labels: readonly string[], offered: number): void;
  hide(): void;
}

export function createSwitchPanel(root: HTMLElement, settings: SettingsStore): SwitchPanel {
  const how = el("p", { class: "switch-how" });
  const list = el("ol", { id: "switch-choices" });
  const panel = el("section", { id: "switch-scan", class: "hidden" }, how, list);
  root.append(panel);
  let drawn = "";
  const label = () => {
    const lang = settings.get().lang;
    panel.setAttribute("aria-label", aw("switchName", lang));
    how.textContent = aw("switchHow", lang);
  };
  settings.subscribe(label);
  label();
  return {
    show(labels, offered) {
      panel.classList.remove("hidden");
      const key = JSON.stringify([labels, offered]);
      if (key === drawn) return;
      drawn = key;
      list.replaceChildren(
        ...labels.map((text, i) => el("li", i === offered ? { class: "offered", "aria-current": "true" } : {}, text)),
      );
    },
    hide() {
      panel.classList.add("hidden");
      drawn = "";
    },
  };
}
