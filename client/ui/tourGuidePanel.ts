// The leading guide's controls: the code and link to share, stops, gather, follow, spotlight, narration, the
// announcement, lock roaming, keeping the tour private (unlisted), the period the group sees and ending the tour. Only ever built for the guide who leads the tour.
import { MessageType } from "../../common/messageTypes";
import type { LocalizedText } from "../../common/sceneParts";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { gt } from "./tourGuideStrings";
import { otherLayer } from "./layerSwitch";
import type { PeriodLayer } from "../../common/periodLayers";

export interface GuidePanelModel {
  code: string;
  /** The full address members open. */
  link: string;
  stops: readonly { title: LocalizedText }[];
  stopIndex: number;
  /** Anyone invited or following. */
  followOn: boolean;
  spotlightOn: boolean;
  lockRadius: number;
  announcement: string;
  /** Private (unlisted), as the room has it. */
  unlisted: boolean;
  /** The period the whole group sees the Bund in. */
  layer: PeriodLayer;
}

export interface GuidePanel {
  /** The section the headcount and plan tools add themselves to. */
  body: HTMLElement;
  show(model: GuidePanelModel | null): void;
  /** Once a frame: the narration button and position slider (left alone while the guide drags it). */
  narration(n: { playing: boolean; positionSec: number; lengthSec: number }): void;
}

const LOCK_CHOICES = [0, 5, 10, 20, 40];

export function createGuidePanel(
  root: HTMLElement,
  settings: SettingsStore,
  send: (type: string, body?: unknown) => void,
  spotlightCurrent: () => void,
): GuidePanel {
  const heading = el("h2", { id: "tour-guide-heading" });
  const codeLine = el("p", { class: "tour-code" });
  const codeValue = el("strong", { id: "tour-guide-code" });
  const linkInput = el("input", { type: "text", id: "tour-guide-link", readonly: "" });
  const copy = el("button", { type: "button" });
  const prev = el("button", { type: "button", id: "tour-prev" });
  const next = el("button", { type: "button", id: "tour-next" });
  const stopSelect = el("select", { id: "tour-goto" });
  const gather = el("button", { type: "button", id: "tour-gather" });
  const facing = el("select", { id: "tour-gather-facing" });
  const follow = el("button", { type: "button", id: "tour-follow-toggle" });
  const spot = el("button", { type: "button", id: "tour-spotlight" });
  const play = el("button", { type: "button", id: "tour-narration-play" });
  const seek = el("input", { type: "range", id: "tour-narration-seek", min: "0", max: "60", step: "1", value: "0" });
  const seekLabel = el("label", { for: "tour-narration-seek", class: "sr-only" });
  const announceInput = el("input", { type: "text", id: "tour-announce-text", maxlength: "200" });
  const announceSend = el("button", { type: "button", id: "tour-announce-send" });
  const announceClear = el("button", { type: "button", id: "tour-announce-clear" });
  const lockLabel = el("label", { for: "tour-lock" });
  const lock = el("select", { id: "tour-lock" });
  const privateBox = el("input", { type: "checkbox", id: "tour-private" });
  const privateLabel = el("label", { for: "tour-private" });
  const layerButton = el("button", { type: "button", id: "tour-layer" });
  const end = el("button", { type: "button", id: "tour-end", class: "danger" });
  const commands = el(
    "div",
    { class: "tour-commands" },
    codeLine,
    linkInput,
    el("div", { class: "row" }, prev, stopSelect, next),
    el("div", { class: "row" }, gather, facing),
    el("div", { class: "row" }, follow, spot),
    el("div", { class: "row" }, play, seekLabel, seek),
    el("div", { class: "row" }, announceInput, announceSend, announceClear),
    el("div", { class: "row" }, lockLabel, lock),
    el("div", { class: "row" }, privateBox, privateLabel),
    el("div", { class: "row" }, layerButton),
    end,
  );
  const body = el("div", { class: "tour-guide-body" });
  const panel = el("section", { id: "tour-guide", "aria-labelledby": "tour-guide-heading" }, heading, commands, body);
  root.append(panel);

  let model: GuidePanelModel | null = null;
  let dragging = false;
  let playing = false;

  prev.addEventListener("click", () => send(MessageType.TourPrev));
  next.addEventListener("click", () => send(MessageType.TourNext));
  stopSelect.addEventListener("change", () => send(MessageType.TourGoto, { stop: Number(stopSelect.value) }));
  gather.addEventListener("click", () =>
    send(MessageType.TourGather, { facing: facing.value === "target" ? "target" : "guide" }),
  );
  follow.addEventListener("click", () => send(MessageType.TourFollow, { on: !model?.followOn }));
  spot.addEventListener("click", () =>
    model?.spotlightOn ? send(MessageType.TourSpotlight, { target: null }) : spotlightCurrent(),
  );
  play.addEventListener("click", () => send(MessageType.TourNarration, { action: playing ? "pause" : "play" }));
  seek.addEventListener("input", () => (dragging = true));
  seek.addEventListener("change", () => {
    dragging = false;
    send(MessageType.TourNarration, { action: "seek", toSec: Number(seek.value) });
  });
  const announce = () => send(MessageType.TourAnnounce, { text: announceInput.value.trim() });
  announceSend.addEventListener("click", announce);
  announceInput.addEventListener("keydown", (e) => e.key === "Enter" && announce());
  announceClear.addEventListener("click", () => {
    announceInput.value = "";
    send(MessageType.TourAnnounce, { text: "" });
  });
  lock.addEventListener("change", () => send(MessageType.TourLock, { radius: Number(lock.value) }));
  privateBox.addEventListener("change", () => send(MessageType.TourPrivacy, { private: privateBox.checked }));
  layerButton.addEventListener("click", () => model && send(MessageType.TourLayer, { layer: otherLayer(model.layer) }));
  end.addEventListener("click", () => {
    if (confirm(gt("endConfirm", settings.get().lang))) send(MessageType.TourEnd);
  });
  copy.addEventListener("click", () => {
    linkInput.select();
    void navigator.clipboard?.writeText(linkInput.value).then(
      () => (copy.textContent = gt("copied", settings.get().lang)),
      () => undefined,
    );
  });

  const options = (select: HTMLSelectElement, items: [string, string][], value: string) => {
    const same =
      select.options.length === items.length &&
      items.every(([v, text], i) => select.options[i].value === v && select.options[i].text === text);
    if (!same) select.replaceChildren(...items.map(([v, text]) => el("option", { value: v }, text)));
    select.value = value;
  };

  const render = () => {
    const lang = settings.get().lang;
    heading.textContent = gt("guideTools", lang);
    commands.classList.toggle("hidden", !model);
    if (!model) return;
    const m = model;
    codeLine.replaceChildren(`${gt("code", lang)}: `, codeValue, " ", copy);
    codeValue.textContent = m.code;
    copy.textContent = gt("copy", lang);
    linkInput.value = m.link;
    linkInput.setAttribute("aria-label", gt("shareLink", lang));
    prev.textContent = gt("prev", lang);
    next.textContent = gt("next", lang);
    prev.disabled = m.stopIndex <= 0;
    next.disabled = m.stopIndex >= m.stops.length - 1;
    stopSelect.setAttribute("aria-label", gt("goTo", lang));
    options(
      stopSelect,
      m.stops.map((s, i) => [String(i), `${i + 1}. ${s.title[lang]}`]),
      String(m.stopIndex),
    );
    gather.textContent = gt("gather", lang);
    facing.setAttribute("aria-label", gt("gatherFacing", lang));
    options(
      facing,
      [
        ["guide", gt("facingGuide", lang)],
        ["target", gt("facingTarget", lang)],
      ],
      facing.value || "guide",
    );
    follow.textContent = gt(m.followOn ? "followOff" : "followOn", lang);
    follow.setAttribute("aria-pressed", String(m.followOn));
    spot.textContent = gt(m.spotlightOn ? "spotOff" : "spotOn", lang);
    spot.setAttribute("aria-pressed", String(m.spotlightOn));
    seekLabel.textContent = gt("seek", lang);
    announceInput.placeholder = gt("announcePlaceholder", lang);
    announceSend.textContent = gt("send", lang);
    announceClear.textContent = gt("clear", lang);
    announceClear.disabled = !m.announcement;
    lockLabel.textContent = gt("lock", lang);
    const radii = LOCK_CHOICES.includes(m.lockRadius)
      ? LOCK_CHOICES
      : [...LOCK_CHOICES, m.lockRadius].sort((a, b) => a - b);
    options(
      lock,
      radii.map((r) => [String(r), r === 0 ? gt("lockOff", lang) : gt("lockRadius", lang, { r })]),
      String(m.lockRadius),
    );
    privateLabel.textContent = gt("privateTour", lang);
    privateBox.checked = m.unlisted;
    layerButton.textContent = gt(m.layer === "1937" ? "layerTodayForAll" : "layer1937ForAll", lang);
    layerButton.dataset.layer = m.layer;
    end.textContent = gt("end", lang);
    play.textContent = gt(playing ? "pause" : "play", lang);
  };
  settings.subscribe(render);
  render();

  return {
    body,
    show(next) {
      model = next;
      render();
    },
    narration(n) {
      if (n.playing !== playing) {
        playing = n.playing;
        play.textContent = gt(playing ? "pause" : "play", settings.get().lang);
      }
      const max = String(Math.max(1, Math.ceil(n.lengthSec)));
      if (seek.max !== max) seek.max = max;
      if (!dragging) {
        const v = String(Math.floor(n.positionSec));
        if (seek.value !== v) seek.value = v;
      }
    },
  };
}
