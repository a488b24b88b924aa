// Exhibits in the visit: inspecting an item (stage + record), searching the collection, the museum map, and
// taking a visitor to an item. The stage and the record card load on the first inspection.
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Artifact, ExhibitSummary } from "../../common/catalog";
import { isWalkable, type WalkableWorld } from "../../common/walkable";
import type { SceneView } from "../render/sceneView";
import type { SettingsStore } from "../state/settings";
import { el } from "../ui/dom";
import { t } from "../ui/i18n";
import type { InspectionCard } from "../ui/inspection";
import type { MuseumMap, PlaceSummary } from "../ui/museumMap";
import type { SearchPanel, SearchQuery } from "../ui/searchPanel";
import { DEG } from "../../common/measures";

export interface ExhibitWiringContext {
  ui: HTMLElement;
  engine: Engine;
  canvas: HTMLCanvasElement;
  settings: SettingsStore;
  view(): (SceneView & { world: WalkableWorld }) | null;
  /** Goes to a scene; `arrive` runs once it is shown, before its models have loaded. */
  goto(sceneId: string, arrive?: () => Promise<void>): Promise<void>;
  /** Stands the visitor somewhere, facing a heading and looking up or down (radians; pitch > 0 looks up). */
  place(x: number, z: number, yaw: number, pitch: number): Promise<void>;
}

export interface ExhibitWiring {
  inspect(itemId: string): Promise<void>;
  closeInspection(): void;
  /** While an item is inspected, the scene to render instead of the hall. */
  overlay(): BabylonScene | null;
  inspection(): { id: string; title: string; lang: string } | null;
  narration(): { playing: boolean; positionSec: number; caption: string } | null;
  setPlaces(places: readonly PlaceSummary[]): void;
  /** The place shown now (the museum map marks it). */
  setCurrentPlace(id: string): void;
  /** Goes to the item's hall and stands in front of it, facing it. */
  goToItem(sceneId: string, itemId: string): Promise<void>;
  /** The exhibit part of window.bund. */
  automation: ExhibitHandle;
}

/** The exhibit part of window.bund (app/automation.ts). */
export interface ExhibitHandle {
  /** The exhibits of the current scene, titles in the visitor's language. */
  exhibits(): { id: string; title: string }[];
  /** Where an exhibit of the current scene is (its middle, metres), and its display. */
  exhibitPlace(id: string): { x: number; y: number; z: number; displayId: string } | null;
  /** Opens an exhibit of the current scene for inspection; resolves when its record is shown. */
  inspect(id: string): Promise<void>;
  inspection(): { id: string; title: string; lang: string } | null;
  closeInspection(): void;
  narration(): { playing: boolean; positionSec: number; caption: string } | null;
  /** Searches the collection as the search panel does. */
  search(query: {
    q?: string;
    era?: string;
    material?: string;
  }): Promise<{ id: string; location: { scene: string; display: string; slot: number } }[]>;
  /** What choosing a search result does: go to its hall and stand before it. */
  goToItem(sceneId: string, id: string): Promise<void>;
  /** The exhibits whose labels are drawn now (only those near the visitor are). */
  labels(): string[];
  /** Exhibits whose model failed to load and show a placeholder. */
  placeholders(): string[];
  /** Exhibits drawn from their glb model, loaded. */
  modelsShown(): string[];
}

export function wireExhibits(ctx: ExhibitWiringContext): ExhibitWiring {
  let stage: { scene: BabylonScene; dispose(): void } | null = null;
  let card: InspectionCard | null = null;
  let places: readonly PlaceSummary[] = [];
  const sceneName = (id: string) => places.find((p) => p.id === id)?.name[ctx.settings.get().lang] ?? id;

  const closeInspection = () => card?.hide();
  const inspect = async (itemId: string) => {
    const view = ctx.view();
    const item: ExhibitSummary | undefined = view?.hall?.items.get(itemId);
    if (!view || !item) throw new Error(`No exhibit "${itemId}" in this scene`);
    const [{ createInspectStage }, { createInspectionCard }, record] = await Promise.all([
      import("../render/gallery/inspectStage"),
      import("../ui/inspection"),
      fetch(`/api/catalog/${encodeURIComponent(itemId)}`).then(async (res) => {
        if (!res.ok) throw new Error(`The record of ${itemId} could not be loaded: HTTP ${res.status}`);
        return (await res.json()) as Artifact;
      }),
    ]);
    card ??= createInspectionCard(ctx.ui, ctx.settings);
    stage?.dispose();
    document.exitPointerLock?.();
    stage = createInspectStage(ctx.engine, ctx.canvas, item);
    card.show(record, () => {
      stage?.dispose();
      stage = null;
      ctx.canvas.focus();
    });
    // The certificate mark (issue 18), loaded only now: it hashes this record and the files the hall loaded for it.
    const shownCard = card;
    void import("../ui/certificateMark")
      .then((m) => m.markInspection(shownCard, record, ctx.settings.get().lang))
      .catch((err) => console.warn("The certificate could not be checked", err));
  };

  const goToItem = async (sceneId: string, itemId: string) => {
    closeInspection();
    const standBefore = async () => {
      const view = ctx.view();
      const slot = view?.hall?.slots.get(itemId);
      if (!view || !slot) throw new Error(`Exhibit "${itemId}" is not in scene ${sceneId}`);
      const a = slot.yawDeg * DEG;
      const item = view.hall!.items.get(itemId)!;
      const middle = slot.pose === "standing" ? slot.y + item.dimensions.heightCm / 200 : slot.y;
      // Stand in front of the item at a comfortable distance, the first that is free floor; face it and look at it.
      const at = (d: number) =>
        ctx.place(
          slot.x + Math.sin(a) * d,
          slot.z + Math.cos(a) * d,
          a + Math.PI,
          -Math.atan2(view.data.eyeHeight - middle, d),
        );
      for (const d of [1.4, 1.8, 2.4, 1.0, 3.2])
        if (isWalkable(view.world, slot.x + Math.sin(a) * d, slot.z + Math.cos(a) * d, 0.35)) return at(d);
      return at(1.4);
    };
    if (ctx.view()?.data.id !== sceneId) await ctx.goto(sceneId, standBefore);
    else await standBefore();
  };

  // The search panel and the museum map load on first use (they are not needed for the first frame).
  let search: Promise<SearchPanel> | null = null;
  const loadSearch = () =>
    (search ??= import("../ui/searchPanel").then(({ createSearchPanel }) => {
      const panel = createSearchPanel(ctx.ui, ctx.settings, sceneName, (hit) => {
        panel.close();
        void goToItem(hit.location.scene, hit.id).catch((err) => console.warn("Could not go to the item", err));
      });
      return panel;
    }));
  let map: Promise<MuseumMap> | null = null;
  let current = "";
  const loadMap = () =>
    (map ??= import("../ui/museumMap").then(({ createMuseumMap }) => {
      const m = createMuseumMap(
        ctx.ui,
        ctx.settings,
        (id) => void ctx.goto(id).catch((err) => console.warn("Could not go there", err)),
      );
      m.setPlaces(places);
      m.setCurrent(current);
      return m;
    }));
  const searchButton = el("button", { id: "search-open", type: "button" });
  const mapButton = el("button", { id: "map-open", type: "button" });
  searchButton.addEventListener("click", () => void loadSearch().then((s) => s.open()));
  mapButton.addEventListener("click", () => void loadMap().then((m) => m.open()));
  const labels = () => {
    const lang = ctx.settings.get().lang;
    searchButton.textContent = t("search", lang); // no emoji: without an emoji font it draws as a box
    mapButton.textContent = t("map", lang);
  };
  ctx.settings.subscribe(labels);
  labels();
  ctx.ui.querySelector("#hud")?.prepend(mapButton, searchButton);

  return {
    inspect,
    closeInspection,
    overlay: () => stage?.scene ?? null,
    inspection: () => card?.shown() ?? null,
    narration: () => card?.narration() ?? null,
    setPlaces(p) {
      places = p;
      void map?.then((m) => m.setPlaces(p));
    },
    setCurrentPlace(id) {
      current = id;
      void map?.then((m) => m.setCurrent(id));
    },
    goToItem,
    automation: {
      exhibits: () => {
        const hall = ctx.view()?.hall;
        const lang = ctx.settings.get().lang;
        return hall ? [...hall.items.values()].map((i) => ({ id: i.id, title: i.title[lang] })) : [];
      },
      exhibitPlace: (id) => {
        const hall = ctx.view()?.hall;
        const s = hall?.slots.get(id);
        const item = hall?.items.get(id);
        if (!s || !item) return null;
        const h = item.dimensions.heightCm / 100;
        // Standing items' slot height is their base; hung ones' their centre; lying ones lie on the table.
        return {
          x: s.x,
          y: s.pose === "standing" ? s.y + h / 2 : s.pose === "hung" ? s.y : s.y + 0.02,
          z: s.z,
          displayId: s.displayId,
        };
      },
      inspect,
      inspection: () => card?.shown() ?? null,
      closeInspection,
      narration: () => card?.narration() ?? null,
      search: async (query) => (await loadSearch()).search(query as SearchQuery),
      goToItem,
      labels: () => ctx.view()?.labels?.shown() ?? [],
      placeholders: () => ctx.view()?.hall?.placeholders() ?? [],
      modelsShown: () => ctx.view()?.hall?.modelsShown() ?? [],
    },
  };
}
