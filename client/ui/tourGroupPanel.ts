// The guide's view of the group: headcount (with the guide, behind, elsewhere, offline, who left; who is speaking;
// a button to remove a member from the tour), the raised hands in the order they went up, and handing the tour to a
// co-guide.
import { MemberPlace, MessageType } from "../../common/messageTypes";
import type { SettingsStore } from "../state/settings";
import type { TourMemberView } from "../state/tourStore";
import { el } from "./dom";
import { gt, type GuideStringKey } from "./tourGuideStrings";

export interface GroupModel {
  /** Everyone in the tour but the leading guide. */
  members: TourMemberView[];
  left: string[];
  /** Members whose voice is heard now. */
  speaking: string[];
}

const PLACES: [MemberPlace, GuideStringKey][] = [
  [MemberPlace.With, "with"],
  [MemberPlace.Behind, "behind"],
  [MemberPlace.Elsewhere, "elsewhere"],
  [MemberPlace.Offline, "offline"],
];

export function createGroupPanel(
  host: HTMLElement,
  settings: SettingsStore,
  send: (type: string, body?: unknown) => void,
): { show(model: GroupModel | null): void } {
  const countTitle = el("h3");
  const counts = el("p", { id: "tour-headcount" });
  const roster = el("ul", { id: "tour-roster", class: "tour-roster" });
  const left = el("p", { class: "tour-left" });
  const handsTitle = el("h3");
  const hands = el("ol", { id: "tour-hands", class: "tour-hands" });
  const handLabel = el("label", { for: "tour-handover-to" });
  const handTo = el("select", { id: "tour-handover-to" });
  const handButton = el("button", { type: "button", id: "tour-handover" });
  const section = el(
    "div",
    { class: "tour-group hidden" },
    countTitle,
    counts,
    roster,
    left,
    handsTitle,
    hands,
    el("div", { class: "row" }, handLabel, handTo, handButton),
  );
  host.append(section);
  handButton.addEventListener("click", () => handTo.value && send(MessageType.TourHandover, { to: handTo.value }));

  let model: GroupModel | null = null;
  let last = "";
  const render = () => {
    const lang = settings.get().lang;
    const key = JSON.stringify([lang, model]);
    if (key === last) return; // the headcount changes about once a second; the page need not
    last = key;
    section.classList.toggle("hidden", !model);
    if (!model) return;
    const { members } = model;
    countTitle.textContent = `${gt("headcount", lang)} (${members.length})`;
    counts.textContent = PLACES.map(
      ([p, word]) => `${members.filter((m) => m.place === p).length} ${gt(word, lang)}`,
    ).join(" · ");
    roster.replaceChildren(
      ...members.map((m) => {
        const word = PLACES.find(([p]) => p === m.place)?.[1] ?? "with";
        const talking = model!.speaking.includes(m.id) ? ` · 🔊 ${gt("speaking", lang)}` : "";
        const remove = el(
          "button",
          { type: "button", "data-action": "remove", "data-member": m.id },
          gt("remove", lang),
        );
        remove.addEventListener("click", () => send(MessageType.TourRemove, { member: m.id }));
        return el(
          "li",
          { "data-place": word, "data-member": m.id },
          `${m.name} — ${gt(word, lang)}${talking} `,
          remove,
        );
      }),
    );
    left.textContent = model.left.length ? gt("leftTour", lang, { names: model.left.join(", ") }) : "";
    handsTitle.textContent = gt("hands", lang);
    const raised = members.filter((m) => m.hand > 0).sort((a, b) => a.hand - b.hand);
    hands.replaceChildren(
      ...(raised.length
        ? raised.map((m) => {
            const lower = el("button", { type: "button", "data-member": m.id }, gt("lower", lang));
            lower.addEventListener("click", () => send(MessageType.TourLowerHand, { member: m.id }));
            return el("li", {}, `${m.name} `, lower);
          })
        : [el("li", { class: "empty" }, gt("noHands", lang))]),
    );
    const coGuides = members.filter((m) => m.isGuide && m.place !== MemberPlace.Offline);
    handLabel.textContent = gt("handOver", lang);
    handTo.replaceChildren(
      ...(coGuides.length
        ? coGuides.map((m) => el("option", { value: m.id }, m.name))
        : [el("option", { value: "" }, gt("noCoGuide", lang))]),
    );
    handTo.disabled = handButton.disabled = coGuides.length === 0;
    handButton.textContent = gt("handOverButton", lang);
  };
  settings.subscribe(render);
  return {
    show(next) {
      model = next;
      render();
    },
  };
}
