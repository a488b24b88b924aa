// The chat panel: the lines of one's scene and tour (newest last, announced politely to screen readers), a field to
// write in with a choice of scene or tour, what became of one's own line, and for each other person (by their line,
// or in the list of people here with their speaking mark) Report and Block, and a moderator's Silence and Remove.
// A tour's guide sets the tour chat's slow mode here.
import { SLOW_MODE_STEPS, MAX_CHAT_CHARS, type ChatChannel, type ChatLineMessage } from "../../common/chatWire";
import type { SettingsStore } from "../state/settings";
import { chatWords } from "./chatStrings";
import { el } from "./dom";

/** Lines the panel keeps (the oldest go). */
const KEPT_LINES = 100;

export interface ChatActions {
  say(channel: ChatChannel, text: string): void;
  report(visitor: string, line?: number): void;
  block(visitor: string, on: boolean): void;
  silence(visitor: string, on: boolean): void;
  remove(visitor: string): void;
  slow(seconds: number): void;
  readLog(): void;
}

/** A person of the scene as the panel lists them. */
export interface ChatPerson {
  id: string;
  name: string;
  speaking: boolean;
}

export interface ChatView {
  me: string;
  inTour: boolean;
  leadsTour: boolean;
  moderator: boolean;
  people: ChatPerson[];
}

export interface ChatPanel {
  add(line: ChatLineMessage): void;
  /** A notice from the server, already in words. */
  tell(text: string): void;
  show(view: ChatView): void;
  showLog(rows: string[]): void;
}

export function createChatPanel(root: HTMLElement, settings: SettingsStore, act: ChatActions): ChatPanel {
  const lang = () => settings.get().lang;
  const toggle = el("button", { type: "button", id: "chat-toggle", "aria-expanded": "false", "aria-controls": "chat" });
  const title = el("h2", { id: "chat-title" });
  const closeButton = el("button", { type: "button", id: "chat-close" });
  const lines = el("ol", { id: "chat-lines", role: "log", "aria-live": "polite", "aria-labelledby": "chat-title" });
  const notice = el("p", { id: "chat-notice", role: "status" });
  const channel = el("select", { id: "chat-channel" });
  const input = el("input", { id: "chat-input", type: "text", maxlength: String(MAX_CHAT_CHARS), autocomplete: "off" });
  const send = el("button", { type: "submit", id: "chat-send" });
  const form = el("form", { id: "chat-form" }, channel, input, send);
  const slow = el("select", { id: "chat-slow" });
  const slowLabel = el("label", { class: "chat-slow hidden" }, "", slow);
  const peopleTitle = el("h3");
  const people = el("ul", { id: "chat-people" });
  const logButton = el("button", { type: "button", id: "chat-log-read", class: "hidden" });
  const log = el("ol", { id: "chat-log", class: "hidden" });
  const panel = el(
    "section",
    { id: "chat", class: "chat hidden", "aria-labelledby": "chat-title" },
    el("header", {}, title, closeButton),
    lines,
    notice,
    form,
    slowLabel,
    peopleTitle,
    people,
    logButton,
    log,
  );
  (root.querySelector("#hud") ?? root).append(toggle);
  root.append(panel);
  const blocked = new Set<string>();
  const silenced = new Set<string>();
  let view: ChatView = { me: "", inTour: false, leadsTour: false, moderator: false, people: [] };
  let unread = 0;
  let lastPeople = "";

  const open = (on: boolean) => {
    panel.classList.toggle("hidden", !on);
    toggle.setAttribute("aria-expanded", String(on));
    if (on) {
      unread = 0;
      input.focus();
    } else toggle.focus();
    words();
  };
  toggle.addEventListener("click", () => open(panel.classList.contains("hidden")));
  closeButton.addEventListener("click", () => open(false));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") open(false);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    act.say(channel.value === "tour" ? "tour" : "scene", text);
    input.value = "";
  });
  slow.addEventListener("change", () => act.slow(Number(slow.value)));
  logButton.addEventListener("click", () => act.readLog());

  /** The buttons one may use on another person. */
  const actionsFor = (id: string, name: string, line?: number) => {
    const l = lang();
    const button = (action: string, label: string, run: () => void) => {
      const b = el("button", { type: "button", "data-action": action, "data-visitor": id }, label);
      b.addEventListener("click", run);
      return b;
    };
    const isBlocked = blocked.has(id);
    const buttons = [
      button("report", chatWords("report", l), () => act.report(id, line)),
      button("block", chatWords(isBlocked ? "unblock" : "block", l), () => {
        if (isBlocked) blocked.delete(id);
        else blocked.add(id);
        act.block(id, !isBlocked);
        lastPeople = "";
        render();
      }),
    ];
    if (view.moderator) {
      const isSilenced = silenced.has(id);
      buttons.push(
        button("silence", chatWords(isSilenced ? "unsilence" : "silence", l), () => {
          if (isSilenced) silenced.delete(id);
          else silenced.add(id);
          act.silence(id, !isSilenced);
          lastPeople = "";
          render();
        }),
        button("remove", chatWords("remove", l), () => act.remove(id)),
      );
    }
    const summary = el("summary", { "aria-label": chatWords("actionsFor", l, { name }) }, "⋯");
    return el("details", { class: "chat-actions" }, summary, ...buttons);
  };

  const words = () => {
    const l = lang();
    title.textContent = chatWords("chat", l);
    toggle.textContent = unread > 0 ? chatWords("unread", l, { n: unread }) : chatWords("chat", l);
    toggle.setAttribute("aria-label", unread > 0 ? chatWords("unread", l, { n: unread }) : chatWords("openChat", l));
    closeButton.textContent = chatWords("close", l);
    input.setAttribute("aria-label", chatWords("write", l));
    input.placeholder = chatWords("write", l);
    channel.setAttribute("aria-label", chatWords("channel", l));
    send.textContent = chatWords("send", l);
    peopleTitle.textContent = chatWords("people", l);
    logButton.textContent = chatWords("reports", l);
    (slowLabel.firstChild as Text).textContent = `${chatWords("slowMode", l)} `;
  };

  const render = () => {
    const l = lang();
    words();
    const channels = view.inTour ? ["tour", "scene"] : ["scene"];
    if (channel.options.length !== channels.length || channel.dataset.lang !== l) {
      channel.replaceChildren(
        ...channels.map((c) => el("option", { value: c }, chatWords(c === "tour" ? "toTour" : "toScene", l))),
      );
      channel.dataset.lang = l;
    }
    slowLabel.classList.toggle("hidden", !view.leadsTour);
    if (slow.options.length === 0 || slow.dataset.lang !== l) {
      const chosen = slow.value || "0";
      slow.replaceChildren(
        ...SLOW_MODE_STEPS.map((s) =>
          el("option", { value: String(s) }, s === 0 ? chatWords("slowOff", l) : chatWords("slowSec", l, { n: s })),
        ),
      );
      slow.value = chosen;
      slow.dataset.lang = l;
    }
    logButton.classList.toggle("hidden", !view.moderator);
    const key = JSON.stringify([l, view.people, view.moderator, [...blocked]]);
    if (key === lastPeople) return;
    lastPeople = key;
    people.replaceChildren(
      ...view.people
        .filter((p) => p.id !== view.me)
        .map((p) =>
          el(
            "li",
            { "data-visitor": p.id, class: p.speaking ? "speaking" : "" },
            el("span", { class: "chat-name" }, p.name),
            p.speaking ? el("span", { class: "chat-speaking" }, ` 🔊 ${chatWords("speakingMark", l)}`) : "",
            " ",
            actionsFor(p.id, p.name),
          ),
        ),
    );
  };
  settings.subscribe(render);
  render();

  return {
    add(line) {
      const l = lang();
      const marks = [
        line.channel === "tour" ? chatWords("tourMark", l) : "",
        line.guide ? chatWords("guideMark", l) : "",
      ];
      const mark = marks.filter(Boolean).join(" · ");
      const item = el(
        "li",
        { "data-line": String(line.id), "data-from": line.from, "data-channel": line.channel },
        el("span", { class: "chat-name" }, line.name),
        mark ? el("span", { class: "chat-mark" }, ` (${mark})`) : "",
        ": ",
        el("span", { class: "chat-text", lang: "" }, line.text),
        line.from !== view.me ? actionsFor(line.from, line.name, line.id) : "",
      );
      lines.append(item);
      while (lines.children.length > KEPT_LINES) lines.firstElementChild?.remove();
      lines.scrollTop = lines.scrollHeight;
      if (panel.classList.contains("hidden") && line.from !== view.me) {
        unread += 1;
        words();
      }
    },
    tell(text) {
      notice.textContent = text;
    },
    show(next) {
      view = next;
      render();
    },
    showLog(rows) {
      log.classList.remove("hidden");
      log.replaceChildren(...rows.map((r) => el("li", {}, r)));
    },
  };
}
