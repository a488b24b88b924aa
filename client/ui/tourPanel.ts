// The tour as every member sees it: the stop's title and narration (as captions) in their own language, the guide's
// announcement, the follow invitation, and a member's own buttons (raise hand, to the guide, leave). No guide controls.
import { FollowState } from "../../common/messageTypes";
import type { TourStop } from "../../common/tour";
import type { SettingsStore } from "../state/settings";
import type { NarrationReport } from "./narrationPlayer";
import { el } from "./dom";
import { tt } from "./tourStrings";

/** What the panel shows, worked out by the tour wiring from the tour store. */
export interface TourPanelModel {
  /** The visitor leads this tour (their controls are in the guide panel). */
  leads: boolean;
  guideName: string;
  stopIndex: number;
  stopCount: number;
  stop: TourStop | null;
  guideAway: boolean;
  /** The stop is in another scene than the one shown. */
  elsewhere: boolean;
  lockRadius: number;
  follow: FollowState;
  handRaised: boolean;
  announcement: { seq: number; text: string };
}

export interface TourPanelActions {
  raiseHand(raised: boolean): void;
  toGuide(): void;
  leave(): void;
  followReply(accept: boolean): void;
  listen(): void;
}

export interface TourPanel {
  show(model: TourPanelModel | null): void;
  /** Once a frame: touches the page only when the line changes. */
  caption(r: NarrationReport): void;
  /** A short message (a refusal, the tour ending) that goes away by itself. */
  notice(text: string): void;
}

const NOTICE_MS = 8000;

export function createTourPanel(root: HTMLElement, settings: SettingsStore, act: TourPanelActions): TourPanel {
  const header = el("p", { class: "tour-header" });
  const title = el("h2", { id: "tour-stop-title" });
  const status = el("p", { class: "tour-status", role: "status" });
  const caption = el("p", { id: "tour-caption", class: "tour-caption", "aria-live": "polite" });
  const listen = el("button", { type: "button", id: "tour-listen", class: "hidden" });
  const fullText = el("p", { class: "tour-narration" });
  const summary = el("summary");
  const hand = el("button", { type: "button", id: "tour-hand" });
  const toGuide = el("button", { type: "button", id: "tour-to-guide" });
  const leave = el("button", { type: "button", id: "tour-leave" });
  const followText = el("span");
  const followYes = el("button", { type: "button", id: "tour-follow-yes" });
  const followNo = el("button", { type: "button", id: "tour-follow-no" });
  const followRow = el("div", { class: "tour-follow hidden", id: "tour-follow" }, followText, followYes, followNo);
  const memberRow = el("div", { class: "tour-actions" }, hand, toGuide, leave);
  const panel = el(
    "section",
    { id: "tour-panel", class: "hidden", "aria-label": "tour" },
    header,
    title,
    status,
    caption,
    listen,
    el("details", {}, summary, fullText),
    followRow,
    memberRow,
  );
  const bannerText = el("span", { id: "tour-announcement-text" });
  const bannerLabel = el("strong");
  const bannerClose = el("button", { type: "button", class: "close" }, "✕");
  const banner = el(
    "div",
    { id: "tour-announcement", class: "hidden", role: "alert" },
    bannerLabel,
    bannerText,
    bannerClose,
  );
  const noticeBox = el("div", { id: "tour-notice", class: "hidden", role: "status" });
  root.append(panel, banner, noticeBox);

  let model: TourPanelModel | null = null;
  let dismissedSeq = -1;
  let shownCaption = "\u0000";
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  hand.addEventListener("click", () => model && act.raiseHand(!model.handRaised));
  toGuide.addEventListener("click", () => act.toGuide());
  leave.addEventListener("click", () => act.leave());
  followYes.addEventListener("click", () => act.followReply(true));
  followNo.addEventListener("click", () => act.followReply(false));
  listen.addEventListener("click", () => act.listen());
  bannerClose.addEventListener("click", () => {
    dismissedSeq = model?.announcement.seq ?? -1;
    banner.classList.add("hidden");
  });

  const render = () => {
    const lang = settings.get().lang;
    panel.classList.toggle("hidden", !model);
    banner.classList.toggle("hidden", !model || !model.announcement.text || model.announcement.seq === dismissedSeq);
    if (!model) return;
    const m = model;
    panel.lang = lang === "zh" ? "zh-Hans" : "en";
    header.textContent = `${tt("tourWith", lang, { guide: m.guideName })} · ${tt("stopOf", lang, { n: m.stopIndex + 1, m: m.stopCount })}`;
    title.textContent = m.stop?.title[lang] ?? "";
    fullText.textContent = m.stop?.narration[lang] ?? "";
    summary.textContent = tt("readAll", lang);
    const notes = [
      m.guideAway ? tt("guideAway", lang) : "",
      m.elsewhere ? tt("stopElsewhere", lang) : "",
      !m.leads && m.lockRadius > 0 ? tt("locked", lang, { r: m.lockRadius }) : "",
    ].filter(Boolean);
    status.textContent = notes.join(" ");
    status.classList.toggle("hidden", notes.length === 0);
    memberRow.classList.toggle("hidden", m.leads);
    hand.textContent = tt(m.handRaised ? "lowerHand" : "raiseHand", lang);
    hand.setAttribute("aria-pressed", String(m.handRaised));
    toGuide.textContent = tt("toGuide", lang);
    leave.textContent = tt("leave", lang);
    followRow.classList.toggle("hidden", m.leads || m.follow === FollowState.Off);
    followText.textContent = tt(m.follow === FollowState.Following ? "following" : "followAsk", lang);
    followYes.textContent = tt("follow", lang);
    followNo.textContent = tt("noThanks", lang);
    followYes.classList.toggle("hidden", m.follow !== FollowState.Invited);
    followNo.classList.toggle("hidden", m.follow !== FollowState.Invited);
    bannerLabel.textContent = `${tt("announcement", lang)}: `;
    bannerText.textContent = m.announcement.text;
    bannerClose.setAttribute("aria-label", tt("dismiss", lang));
    listen.textContent = tt("listen", lang);
  };
  settings.subscribe(render);

  return {
    show(next) {
      model = next;
      render();
    },
    caption(r) {
      listen.classList.toggle("hidden", !r.blocked);
      if (r.caption === shownCaption) return;
      shownCaption = r.caption;
      caption.textContent = r.caption;
      caption.classList.toggle("empty", !r.caption);
    },
    notice(text) {
      noticeBox.textContent = text;
      noticeBox.classList.remove("hidden");
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => noticeBox.classList.add("hidden"), NOTICE_MS);
    },
  };
}
