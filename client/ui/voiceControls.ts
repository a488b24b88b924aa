// The microphone button on the heads-up bar, the choice of microphone, and a plain line when voice cannot work.
// Push-to-talk: holding V opens the microphone for as long as it is held (not while typing in a field).
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { voiceWords } from "./voiceStrings";
import type { VoiceProblem } from "../net/voiceCall";
import type { MemberVoice } from "../state/voiceRoster";

export interface VoiceControlsState {
  micOn: boolean;
  problem: VoiceProblem;
  /** In a tour: this visitor has the floor, or the guide muted them. */
  tourVoice: MemberVoice;
}

export interface VoiceControls {
  render(state: VoiceControlsState): void;
  /** The microphones the browser offers (labels appear once permission was given). */
  listMicrophones(devices: { deviceId: string; label: string }[]): void;
  dispose(): void;
}

export interface VoiceControlActions {
  toggleMic(): void;
  pushToTalk(held: boolean): void;
  chooseMic(deviceId: string): void;
  originalSound(on: boolean): void;
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;

export function createVoiceControls(
  root: HTMLElement,
  settings: SettingsStore,
  act: VoiceControlActions,
): VoiceControls {
  const button = el("button", { id: "voice-mic", type: "button", "aria-pressed": "false" });
  const picker = el("select", { id: "voice-device", class: "hidden" });
  const status = el("div", { id: "voice-status", role: "status", class: "hidden" });
  const original = el("input", { id: "voice-original", type: "checkbox" });
  const originalLabel = el("label", { for: "voice-original", id: "voice-original-label" });
  // The finer choices appear once the microphone was used: until then the bar holds one button.
  const originalBox = el("span", { class: "voice-original hidden" }, original, originalLabel);
  const hud = root.querySelector("#hud") ?? root;
  hud.prepend(button, picker, originalBox);
  root.append(status);
  let last: VoiceControlsState = { micOn: false, problem: null, tourVoice: null };

  const render = (s: VoiceControlsState = last) => {
    last = s;
    const lang = settings.get().lang;
    button.textContent = voiceWords(s.micOn ? "micOn" : "micOff", lang);
    button.title = voiceWords("micHint", lang);
    button.setAttribute("aria-pressed", String(s.micOn));
    button.dataset.state = s.micOn ? "on" : "off";
    if (s.micOn) originalBox.classList.remove("hidden");
    picker.setAttribute("aria-label", voiceWords("chooseMic", lang));
    original.checked = settings.get().originalSound === true;
    originalLabel.textContent = voiceWords("originalSound", lang);
    const line = s.problem
      ? voiceWords(s.problem, lang)
      : s.tourVoice === "floor"
        ? voiceWords("youHaveFloor", lang)
        : s.tourVoice === "muted"
          ? voiceWords("youAreMuted", lang)
          : "";
    status.classList.toggle("hidden", line === "");
    status.textContent = line;
  };
  button.addEventListener("click", () => act.toggleMic());
  picker.addEventListener("change", () => act.chooseMic(picker.value));
  original.addEventListener("change", () => act.originalSound(original.checked));
  const down = (e: KeyboardEvent) => {
    if (e.code === "KeyV" && !e.repeat && !typing(e.target)) act.pushToTalk(true);
  };
  const up = (e: KeyboardEvent) => {
    if (e.code === "KeyV") act.pushToTalk(false);
  };
  window.addEventListener("keydown", down);
  window.addEventListener("keyup", up);
  const unsubscribe = settings.subscribe(() => render());
  render();
  return {
    render,
    listMicrophones(devices) {
      picker.replaceChildren(...devices.map((d, i) => el("option", { value: d.deviceId }, d.label || `${i + 1}`)));
      picker.classList.toggle("hidden", devices.length < 2);
    },
    dispose() {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
      unsubscribe();
      button.remove();
      picker.remove();
      originalBox.remove();
      status.remove();
    },
  };
}
