// Composition root: creates the page's parts and connects them, nothing else. What each part does lives in it.
import "./styles.css";
import { Engine } from "@babylonjs/core/Engines/engine";
import type { PlaceSummary } from "./ui/museumMap";
import type { BuildMode } from "./render/landmarkMeshes";
import { createHandle, installHandle } from "./app/automation";
import { createDesktopInput } from "./app/desktopInput";
import { createEntrance } from "./app/entrance";
import { wireExhibits } from "./app/exhibitWiring";
import { joinFirstFrame } from "./app/firstFrame";
import { createFrameLoop } from "./app/frameLoop";
import { lazyTours } from "./app/lazyTours";
import { createPlaceRegistry } from "./app/places";
import { BUND_PLACE } from "./app/places/bundPlace";
import { HALL_PLACE } from "./app/places/hallPlace";
import { joinPresence } from "./app/presence";
import { FIRST_SCENE, sceneOfPath } from "./app/route";
import { fetchExhibits, fetchScene } from "./app/sceneLoading";
import { createSelection } from "./app/selection";
import { createVisit } from "./app/visit";
import { joinVisitFrames } from "./app/visitFrames";
import { wireXr } from "./app/xrWiring";
import { loadSavedSettings } from "./state/savedSettings";
import { createVisitorStore } from "./state/visitors";
import { createEntryScreen } from "./ui/entryScreen";
import { createHud } from "./ui/hud";
import { createInfoCard } from "./ui/infoCard";

performance.mark("bund:main-evaluated");

async function start(): Promise<void> {
  // Ask for the first scene and the standard material's shaders before anything else, so the network overlaps
  // creating the engine (otherwise the shader chunks are only requested, one include after another, at the first draw).
  const firstId = sceneOfPath(location.pathname) ?? FIRST_SCENE;
  const firstScene = fetchScene(firstId);
  // A deep link into a hall asks for its exhibits at once rather than after the scene arrives.
  const firstExhibits = firstId !== FIRST_SCENE ? fetchExhibits(firstId) : undefined;
  firstExhibits?.catch(() => undefined);
  const shaders = Promise.all([
    import("@babylonjs/core/Shaders/default.vertex"),
    import("@babylonjs/core/Shaders/default.fragment"),
  ]);
  const mode: BuildMode = new URLSearchParams(location.search).get("build") === "naive" ? "naive" : "merged";
  const canvas = document.getElementById("museum-canvas") as HTMLCanvasElement;
  const ui = document.getElementById("ui-root")!;
  const settings = loadSavedSettings(localStorage, navigator.language);
  const entry = createEntryScreen(ui, settings);
  // Size the canvas before the WebGL context exists: resizing a live context's drawing buffer costs a reallocation.
  canvas.width = Math.round(canvas.clientWidth * devicePixelRatio);
  canvas.height = Math.round(canvas.clientHeight * devicePixelRatio);
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: true, stencil: false, antialias: true }, true);
  performance.mark("bund:engine-created");
  window.addEventListener("resize", () => engine.resize());

  const places = createPlaceRegistry(); // each kind of place registers; a new wing adds a line (general kinds first)
  for (const kind of [BUND_PLACE, HALL_PLACE]) places.register(kind);

  const visitors = createVisitorStore();
  const hud = createHud(ui, settings);
  const card = createInfoCard(ui, settings);
  const loop = createFrameLoop(engine);
  const visit = createVisit({ engine, ui, settings, places, mode, shaders });
  const gallery = wireExhibits({
    ui,
    engine,
    canvas,
    settings,
    view: visit.view,
    goto: (id, arrive) => visit.goto(id, { arrive }),
    place: visit.place,
  });
  const selection = createSelection({
    visit,
    inspecting: () => !!gallery.overlay(),
    inspect: gallery.inspect,
    showLandmark: (l) => card.show(l),
  });
  const xr = wireXr({
    view: visit.view,
    player: visit.player,
    standAt: (x, z, yaw) => void visit.place(x, z, yaw),
    settings,
    hud,
    loop,
  });
  const tours = lazyTours({
    ui,
    entry,
    settings,
    visitors,
    loop,
    view: visit.view,
    player: visit.player,
    goto: (id, arrive) => visit.goto(id, { arrive }),
    place: (x, z, yaw) => visit.place(x, z, yaw),
    xrActive: () => !!xr.active(),
    placeHead: (x, z, yaw) => xr.active()?.placeHead(x, z, yaw),
    pickCentre: () => selection.pickAt(canvas.clientWidth / 2, canvas.clientHeight / 2),
  });
  const entrance = createEntrance({ loop, visit, visitors, settings, entry, hud, tours, xr, canvas });
  const input = createDesktopInput(canvas, {
    onSelect: (x, y) => entrance.entered() && selection.select(x, y),
    onInteract: () => entrance.entered() && selection.select(canvas.clientWidth / 2, canvas.clientHeight / 2),
    onMouseLookChange: (on) => hud.setMouseLook(on),
  });

  // The frame's jobs join their phases (whose order is written in app/frameLoop.ts): XR's in wireXr, the room link's in
  // createEntrance; here the visitor's own body, the tour's rules over it, the others' avatars and the first frame.
  joinVisitFrames(loop, visit, input, settings, entrance.entered);
  visit.obey((p, frame) => tours.step(p, frame));
  const presence = joinPresence(loop, visitors, () => visit.view()?.data.id ?? null);
  const firstFrame = joinFirstFrame(loop, () => {
    void tours.load();
    const view = visit.view();
    return Promise.all([selection.load(), view?.loadModels(), view && presence.show(view.scene)]);
  });
  visit.onLeave(() => gallery.closeInspection());
  visit.onLeave(() => card.hide());
  visit.onPlaced((x, z, yaw) => xr.active()?.placeHead(x, z, yaw));
  visit.onShown((view) => gallery.map.setCurrent(view.data.id));
  visit.onShown(() => xr.carryInto()); // a visitor in VR stays in VR: the session goes on in the new place
  // Avatars and models wait for the first frame; after it, each new scene gets them at once.
  visit.onShown((view) => {
    if (firstFrame.ms() !== null)
      Promise.all([presence.show(view.scene), view.loadModels()]).catch((err) =>
        console.warn(`${view.data.id}: avatars or models failed`, err),
      );
  });
  loop.start({
    scene: () => visit.view()?.scene ?? null,
    overlay: gallery.overlay,
    duringOverlay: () => input.takeLook(),
  });

  const sceneIds: string[] = [];
  installHandle(
    createHandle({
      engine,
      canvas,
      visit,
      firstFrame,
      entrance,
      xr,
      selection,
      card,
      settings,
      visitors,
      sceneIds: () => sceneIds,
      exhibits: gallery,
      tours,
    }),
  );
  window.addEventListener("popstate", () => {
    const id = sceneOfPath(location.pathname);
    if (id && id !== visit.view()?.data.id) void visit.goto(id).catch((err) => console.warn("Could not go back", err));
  });

  // The scene list and the first scene load side by side: the first frame waits for nothing else.
  const [list] = await Promise.all([
    fetch("/api/scenes").then((r) => r.json() as Promise<{ scenes: PlaceSummary[] }>),
    visit.show(firstId, {}, firstScene, firstExhibits).catch((err) => {
      // A shared link to a hall that no longer exists still opens the museum, on the Bund.
      if (firstId === FIRST_SCENE) throw err;
      console.warn(`Could not open ${location.pathname}; showing the Bund`, err);
      return visit.show(FIRST_SCENE);
    }),
  ]);
  sceneIds.push(...list.scenes.map((s) => s.id));
  gallery.setPlaces(list.scenes);
  entry.setReady(true);
}

start().catch((err) => {
  console.error("Digital Bund failed to start", err);
  document.body.dataset.failed = String((err as Error).message);
});
