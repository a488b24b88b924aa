// The tour's voices as its guide manages them: mute everyone (or let everyone speak), and for each member, whether
// they are speaking, muted or have the floor, with the buttons to give or take back the floor and mute or unmute.
import type { SettingsStore } from "../state/settings";
import type { VoiceGroupModel, VoiceMemberView } from "../state/voiceRoster";
import { el } from "./dom";
import { voiceWords } from "./voiceStrings";

export interface VoiceGroupActions {
  floor(member: string | null): void;
  mute(member: string, on: boolean): void;
  muteAll(on: boolean): void;
}

export function createVoiceGroupPanel(
  root: HTMLElement,
  settings: SettingsStore,
  act: VoiceGroupActions,
): { show(model: VoiceGroupModel | null): void } {
  const title = el("h3");
  const all = el("button", { type: "button", id: "voice-mute-all" });
  const list = el("ul", { id: "voice-members", class: "voice-members" });
  const section = el("section", { id: "voice-group", class: "voice-group hidden" }, title, all, list);
  root.append(section);
  let model: VoiceGroupModel | null = null;
  let last = "";
  all.addEventListener("click", () => model && act.muteAll(!model.mutedAll));

  const row = (m: VoiceMemberView, lang: "en" | "zh", floor: string | null) => {
    const marks = [
      m.speaking ? voiceWords("isSpeaking", lang) : "",
      floor === m.id ? voiceWords("hasFloor", lang) : "",
      m.muted ? voiceWords("isMuted", lang) : "",
    ].filter(Boolean);
    const give = el(
      "button",
      { type: "button", "data-member": m.id, "data-action": "floor" },
      voiceWords(floor === m.id ? "takeFloor" : "giveFloor", lang),
    );
    give.addEventListener("click", () => act.floor(floor === m.id ? null : m.id));
    const mute = el(
      "button",
      { type: "button", "data-member": m.id, "data-action": "mute" },
      voiceWords(m.muted ? "unmute" : "mute", lang),
    );
    mute.addEventListener("click", () => act.mute(m.id, !m.muted));
    const name = el("span", { class: m.speaking ? "voice-name speaking" : "voice-name" }, m.name);
    return el("li", { "data-member": m.id }, name, marks.length ? ` (${marks.join(", ")}) ` : " ", give, mute);
  };

  const render = () => {
    const lang = settings.get().lang;
    const key = JSON.stringify([lang, model]);
    if (key === last) return;
    last = key;
    section.classList.toggle("hidden", !model);
    if (!model) return;
    title.textContent = voiceWords("voices", lang);
    all.textContent = voiceWords(model.mutedAll ? "unmuteAll" : "muteAll", lang);
    all.setAttribute("aria-pressed", String(model.mutedAll));
    const floor = model.floor;
    list.replaceChildren(...model.members.map((m) => row(m, lang, floor)));
  };
  settings.subscribe(render);
  return {
    show(next) {
      model = next;
      render();
    },
  };
}
