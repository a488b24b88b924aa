// A signed-in guide's plan tools: pick a plan and start a tour with it; add the spot they stand on as a stop to a plan
// (or to a new one); move a plan's stops up or down and delete them. Changes go through the plans REST API.
import { MessageType } from "../../common/messageTypes";
import type { StoredTourPlan } from "../../common/tour";
import type { PlanSummary } from "../net/tourApi";
import type { SettingsStore } from "../state/settings";
import { el } from "./dom";
import { gt } from "./tourGuideStrings";

export interface PlanToolsActions {
  guideName(): string;
  plans(): Promise<PlanSummary[]>;
  /** One plan with its stops. */
  plan(id: string): Promise<StoredTourPlan>;
  send(type: string, body?: unknown): void;
  /** Adds the spot to the plan (null: a new plan); resolves with a message for the guide, rejects with one. */
  addStop(planId: string | null): Promise<string>;
  /** Stores the plan's stops in this order (ids); rejects with a message for the guide. */
  reorder(planId: string, stopIds: string[]): Promise<void>;
  /** Removes one stop (the last one cannot go: a plan has at least one stop). */
  removeStop(planId: string, stopId: string): Promise<void>;
}

export interface PlanTools {
  /** Whether a tour is being led (then the start part hides). */
  setLeading(leading: boolean): void;
  refresh(): Promise<void>;
}

export function createPlanTools(host: HTMLElement, settings: SettingsStore, act: PlanToolsActions): PlanTools {
  const startTitle = el("h3");
  const planLabel = el("label", { for: "tour-plan" });
  const planSelect = el("select", { id: "tour-plan" });
  const start = el("button", { type: "button", id: "tour-start" });
  const startPart = el("div", { class: "tour-start" }, startTitle, planLabel, planSelect, start);
  const editTitle = el("h3");
  const addButton = el("button", { type: "button", id: "tour-add-stop" });
  const addLabel = el("label", { for: "tour-add-stop-plan" });
  const addSelect = el("select", { id: "tour-add-stop-plan" });
  const stopList = el("ol", { id: "tour-plan-stops", class: "tour-plan-stops" });
  const addResult = el("p", { id: "tour-add-stop-result", class: "tour-result", role: "status" });
  const addPart = el("div", { class: "tour-add-stop" }, editTitle, addLabel, addSelect, addButton, stopList, addResult);
  host.append(startPart, addPart);

  let plans: PlanSummary[] | null = null;
  /** The plan being edited, with its stops. */
  let editing: StoredTourPlan | null = null;
  let leading = false;
  const busy = (run: () => Promise<unknown>) => {
    addPart.classList.add("busy");
    void run()
      .then(
        () => refresh(),
        (err: Error) => void (addResult.textContent = err.message),
      )
      .finally(() => addPart.classList.remove("busy"));
  };
  start.addEventListener(
    "click",
    () => planSelect.value && act.send(MessageType.TourStart, { planId: planSelect.value }),
  );
  addButton.addEventListener("click", () =>
    busy(async () => (addResult.textContent = await act.addStop(addSelect.value || null))),
  );
  addSelect.addEventListener("change", () => void loadEditing());

  const editable = () => {
    const me = act.guideName().toLowerCase();
    // The museum's sample plans (no owner) any guide may edit; other guides' plans only their authors.
    return (plans ?? []).filter((p) => p.owner === null || p.owner.toLowerCase() === me);
  };
  const renderStops = (plan: StoredTourPlan | null) => {
    const lang = settings.get().lang;
    if (!plan || plan.id !== addSelect.value) return stopList.replaceChildren();
    const ids = plan.stops.map((s) => s.id);
    const moved = (from: number, to: number) => {
      const order = [...ids];
      order.splice(to, 0, ...order.splice(from, 1));
      return order;
    };
    stopList.replaceChildren(
      ...plan.stops.map((s, i) => {
        const up = el(
          "button",
          { type: "button", class: "stop-up", "aria-label": gt("moveUp", lang), title: gt("moveUp", lang) },
          "↑",
        );
        const down = el(
          "button",
          { type: "button", class: "stop-down", "aria-label": gt("moveDown", lang), title: gt("moveDown", lang) },
          "↓",
        );
        const drop = el(
          "button",
          { type: "button", class: "stop-delete", "aria-label": gt("deleteStop", lang), title: gt("deleteStop", lang) },
          "✕",
        );
        up.disabled = i === 0;
        down.disabled = i === ids.length - 1;
        drop.disabled = ids.length === 1;
        up.addEventListener("click", () => busy(() => act.reorder(plan.id, moved(i, i - 1))));
        down.addEventListener("click", () => busy(() => act.reorder(plan.id, moved(i, i + 1))));
        drop.addEventListener(
          "click",
          () =>
            confirm(gt("deleteConfirm", lang, { title: s.title[lang] })) && busy(() => act.removeStop(plan.id, s.id)),
        );
        return el("li", { "data-stop": s.id }, el("span", {}, s.title[lang]), up, down, drop);
      }),
    );
  };
  const render = () => {
    const lang = settings.get().lang;
    startPart.classList.toggle("hidden", leading);
    startTitle.textContent = gt("startTitle", lang);
    planLabel.textContent = gt("plan", lang);
    start.textContent = gt("start", lang);
    const chosen = planSelect.value;
    planSelect.replaceChildren(
      ...(plans ?? []).map((p) =>
        el("option", { value: p.id }, `${p.title[lang]} (${gt("stops", lang, { n: p.stopCount })})`),
      ),
    );
    if (plans === null) planSelect.append(el("option", { value: "" }, gt("loadingPlans", lang)));
    else if (plans.length === 0) planSelect.append(el("option", { value: "" }, gt("noPlans", lang)));
    if (chosen) planSelect.value = chosen;
    start.disabled = !plans?.length;
    editTitle.textContent = gt("editPlans", lang);
    addButton.textContent = gt("addStop", lang);
    addLabel.textContent = gt("addTo", lang);
    const mine = editable();
    const target = addSelect.value;
    addSelect.replaceChildren(
      ...mine.map((p) => el("option", { value: p.id }, p.title[lang])),
      el("option", { value: "" }, gt("newPlan", lang)),
    );
    addSelect.value = mine.some((p) => p.id === target) ? target : (mine[0]?.id ?? "");
    renderStops(editing);
  };
  const loadEditing = async () => {
    const id = addSelect.value;
    try {
      editing = id ? await act.plan(id) : null;
    } catch (err) {
      editing = null;
      addResult.textContent = (err as Error).message;
    }
    render();
  };
  const refresh = async () => {
    try {
      plans = await act.plans();
    } catch (err) {
      plans = [];
      addResult.textContent = (err as Error).message;
    }
    render();
    await loadEditing();
  };
  settings.subscribe(render);
  render();
  void refresh();
  return {
    setLeading(l) {
      if (l === leading) return;
      leading = l;
      render();
    },
    refresh,
  };
}
