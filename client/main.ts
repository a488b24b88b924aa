// Composition root: creates the page's parts and connects them, nothing else. What each part does lives in it.
import "./styles.css";
import { createDesktopInput } from "./app/desktopInput";
import { createEntrance } from "./app/entrance";
import { wireExhibits } from "./app/exhibitWiring";
import { joinFirstFrame } from "./app/firstFrame";
import { createFrameLoop } from "./app/frameLoop";
import { lazyTours } from "./app/lazyTours";
import { lazyVoice } from "./app/lazyVoice";
import { createPlaceRegistry } from "./app/places";
import { BUND_PLACE } from "./app/places/bundPlace";
import { HALL_PLACE } from "./app/places/hallPlace";
import { STUDIO_PLACE } from "./app/places/studioPlace";
import { THEATRE_PLACE } from "./app/places/theatrePlace";
import { joinPresence } from "./app/presence";
import { followHistory, openFirstPlace } from "./app/firstPlace";
import { followPlaceChanges } from "./app/placeChanges";
import { createSelection } from "./app/selection";
import { createMuseumEngine, requestFirstPlace } from "./app/startUp";
import { createVisit } from "./app/visit";
import { joinVisitFrames } from "./app/visitFrames";
import { wireLayers } from "./app/layerWiring";
import { wireXr } from "./app/xrWiring";
import { loadSavedSettings } from "./state/savedSettings";
import { createVisitorStore } from "./state/visitors";
import { createEntryScreen } from "./ui/entryScreen";
import { createHud } from "./ui/hud";
import { createInfoCard } from "./ui/infoCard";
import { createReconstructionNote } from "./ui/reconstructionNote";
import type { Access } from "./app/accessWiring";
import { loadMuseumFonts } from "./ui/webFonts";

performance.mark("bund:main-evaluated");

async function start(): Promise<void> {
  const first = requestFirstPlace(); // before anything else: the network overlaps creating the engine
  const canvas = document.getElementById("museum-canvas") as HTMLCanvasElement;
  const ui = document.getElementById("ui-root")!;
  const settings = loadSavedSettings(localStorage, navigator.language);
  const entry = createEntryScreen(ui, settings);
  const engine = createMuseumEngine(canvas);

  const places = createPlaceRegistry(); // each kind of place registers; a new wing adds a line (general kinds first)
  for (const kind of [BUND_PLACE, HALL_PLACE, STUDIO_PLACE, THEATRE_PLACE]) places.register(kind);

  const visitors = createVisitorStore();
  const hud = createHud(ui, settings);
  const card = createInfoCard(ui, settings);
  const note = createReconstructionNote(ui, settings);
  const loop = createFrameLoop(engine);
  const visit = createVisit({ engine, ui, settings, places, mode: first.mode, shaders: first.shaders });
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
  const layers = wireLayers({ ui, settings, visit, engine });
  const xr = wireXr({ visit, settings, hud, loop });
  const tours = lazyTours({ ui, entry, settings, visitors, loop, visit, xr, selection, canvas });
  const voice = lazyVoice({ ui, settings, loop, visit, visitors });
  xr.onTalk((held) => void voice.pushToTalk(held));
  const entrance = createEntrance({ loop, visit, visitors, settings, entry, hud, tours, voice, xr, canvas });
  const input = createDesktopInput(canvas, {
    onSelect: (x, y) => entrance.entered() && selection.select(x, y),
    onInteract: () => entrance.entered() && selection.select(canvas.clientWidth / 2, canvas.clientHeight / 2),
    onMouseLookChange: (on) => hud.setMouseLook(on),
  });

  // The frame's jobs join their phases (whose order is written in app/frameLoop.ts): XR's in wireXr, the room link's in
  // createEntrance; here the visitor's own body, the tour's rules over it, the others' avatars and the first frame.
  joinVisitFrames(loop, visit, input, settings, entrance.entered);
  // For visitors using the keyboard alone, a screen reader or one switch: loaded with the first frame (not in the
  // start-up bundle); with one switch, its Space then presses the focused Enter button.
  let access: Access | null = null;
  // Once: what follows the first frame runs again for each automated `loaded()`, and wiring twice would double
  // every button and key handler.
  let accessLoaded: Promise<void> | null = null;
  const loadAccess = () =>
    (accessLoaded ??= import("./app/accessWiring").then((m) => {
      access = m.wireAccess({
        ui,
        canvas,
        hud,
        visit,
        loop,
        settings,
        card,
        gallery,
        selection,
        tours,
        entered: entrance.entered,
        intent: input.intent,
        xr,
      });
      focusEnterForSwitch();
    })).catch((err: unknown) => {
      accessLoaded = null; // a chunk that failed to load may load next time
      throw err;
    });
  const focusEnterForSwitch = () => {
    const enter = document.getElementById("entry-submit") as HTMLButtonElement | null;
    if (access?.switchMode.on() && enter && !enter.disabled && !entrance.entered()) enter.focus();
  };
  visit.obey((p, frame) => tours.step(p, frame));
  const presence = joinPresence(loop, visitors, () => visit.view()?.data.id ?? null);
  const firstFrame = joinFirstFrame(loop, () => {
    void tours.load();
    const view = visit.view();
    return Promise.all([
      loadMuseumFonts(),
      selection.load(),
      view?.loadDetails(),
      view && presence.show(view.scene),
      loadAccess(),
    ]);
  });
  followPlaceChanges(visit, { gallery, card, xr, presence, firstFrame, note });
  loop.start({
    scene: () => visit.view()?.scene ?? null,
    overlay: gallery.overlay,
    duringOverlay: () => input.takeLook(),
  });

  const sceneIds: string[] = [];
  // The automation handle (window.bund, for tests and benchmarks) loads beside the museum, not in its start-up bundle.
  void import("./app/automation").then(({ createHandle, installHandle }) =>
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
        voice,
        layers,
        access: () => access,
      }),
    ),
  );
  followHistory(visit);
  const placeList = await openFirstPlace(visit, first);
  sceneIds.push(...placeList.map((s) => s.id));
  gallery.setPlaces(placeList);
  entry.setReady(true);
  focusEnterForSwitch();
}

// /verify/<id> is the certificate page (issue 18): it loads only its own chunk, never the museum.
const started = location.pathname.startsWith("/verify/")
  ? import("./ui/verifyPage").then((m) => m.openVerifyPage())
  : start();
started.catch((err) => {
  console.error("Digital Bund failed to start", err);
  document.body.dataset.failed = String((err as Error).message);
});
