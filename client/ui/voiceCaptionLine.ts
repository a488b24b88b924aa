// The caption line for live voice (see state/voiceCaption.ts), low in the view where captions are read. Not a live
// region: a screen-reader user hears the voice itself; this is for those who cannot.
import { el } from "./dom";

export interface VoiceCaptionLine {
  show(caption: { line: string; note: string } | null): void;
}

export function createVoiceCaptionLine(root: HTMLElement): VoiceCaptionLine {
  const line = el("span", { class: "voice-caption-line" });
  const note = el("span", { class: "voice-caption-note" });
  const box = el("p", { id: "voice-caption", class: "hidden" }, line, note);
  root.append(box);
  return {
    show(caption) {
      box.classList.toggle("hidden", caption === null);
      line.textContent = caption?.line ?? "";
      note.textContent = caption ? ` ${caption.note}` : "";
    },
  };
}
