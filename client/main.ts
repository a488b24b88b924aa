// Composition root: the only module that wires state, render, UI and net together.
import "./styles.css";
import { Engine } from "@babylonjs/core/Engines/engine";
import type { Scene } from "../common/scene";
import type { Lang } from "../common/sceneParts";
import { buildWalkableWorld, type WalkableWorld } from "../common/walkable";
import { installHandle, reportVisitors, type BundHandle } from "./app/automation";
import { createDesktopInput } from "./app/desktopInput";
import { placeCamera, startFrameLoop } from "./app/frameLoop";
import { createFrameStats } from "./render/frameStats";
import type { BuildMode } from "./render/landmarkMeshes";
import { buildSceneView, type SceneView } from "./render/sceneView";
import { createPlayer, walkTo, type PlayerState } from "./state/player";
import { createVisitorStore } from "./state/visitors";
import type { AvatarLayer } from "./render/avatars";
import type { MuseumLink } from "./net/connection";
import { wireXr } from "./app/xrWiring";
import { wireExhibits } from "./app/exhibitWiring";
import { lazyTours } from "./app/lazyTours";
import { projectToPage } from "./app/screenProjection";
import { nextFrames } from "./app/nextFrames";
import type { EnterChoice } from "./app/tourWiring";
import { FIRST_SCENE, pathOfScene, sceneOfPath } from "./app/route";
import { createDoorwayWatch } from "../common/doorways";
import type { ExhibitSummary } from "../common/catalog";
import { fetchExhibits, fetchScene, loadGalleryKit } from "./app/sceneLoading";
import type { PlaceSummary } from "./ui/museumMap";
import { poseGrid } from "../common/pose";
import { createSettingsStore } from "./state/settings";
import { readXrSettings } from "./state/xrSettings";
import { createEntryScreen } from "./ui/entryScreen";
import { createHud, type NetState } from "./ui/hud";
import { createInfoCard } from "./ui/infoCard";
import { createMinimap, type Minimap } from "./ui/minimap";

const DEG = Math.PI / 180;
const INTERACT_RANGE = 400; // metres: E and clicks reach any façade in view along the Bund
const EXHIBIT_RANGE = 12; // an object is inspected from the room it is in, not from across the hall

performance.mark("bund:main-evaluated");

async function start(): Promise<void> {
  // Ask for the first scene and the standard material's shaders before anything else, so the network overlaps
  // creating the engine (otherwise the shader chunks are only requested, one include after another, at the first draw).
  const firstId = sceneOfPath(location.pathname) ?? FIRST_SCENE;
  const firstScene = fetchScene(firstId);
  // A deep link into a hall asks for its exhibits at once rather than after the scene arrives.
  const firstExhibits = firstId !== FIRST_SCENE ? fetchExhibits(firstId) : undefined;
  firstExhibits?.catch(() => undefined);
  const shaders = Promise.all([import("@babylonjs/core/Shaders/default.vertex"), import("@babylonjs/core/Shaders/default.fragment")]);
  const params = new URLSearchParams(location.search);
  const buildMode: BuildMode = params.get("build") === "naive" ? "naive" : "merged";
  const canvas = document.getElementById("museum-canvas") as HTMLCanvasElement;
  const ui = document.getElementById("ui-root")!;
  const stored = JSON.parse(localStorage.getItem("bund.settings") ?? "{}") as { name?: string; lang?: Lang; xr?: unknown };
  const settings = createSettingsStore(
    { name: stored.name ?? "", lang: stored.lang === "zh" || stored.lang === "en" ? stored.lang : navigator.language.startsWith("zh") ? "zh" : "en", xr: readXrSettings(stored.xr) },
    (s) => localStorage.setItem("bund.settings", JSON.stringify(s)),
  );
  const entry = createEntryScreen(ui, settings);
  // Size the canvas before the WebGL context exists: resizing a live context's drawing buffer costs a reallocation.
  canvas.width = Math.round(canvas.clientWidth * devicePixelRatio);
  canvas.height = Math.round(canvas.clientHeight * devicePixelRatio);
  const engine = new Engine(canvas, true, { preserveDrawingBuffer: true, stencil: false, antialias: true }, true);
  performance.mark("bund:engine-created");
  window.addEventListener("resize", () => engine.resize());

  let view: (SceneView & { world: WalkableWorld; minimap: Minimap; stats: ReturnType<typeof createFrameStats>; avatars: AvatarLayer | null }) | null = null;
  const visitors = createVisitorStore();
  let link: MuseumLink | null = null;
  let player: PlayerState = createPlayer(0, 0, 0);
  let entered = false;
  let netState: NetState = "connecting";
  const sceneIds: string[] = [];
  let doorways: ((x: number, z: number) => { to: { scene: string; spawn: string } } | null) | null = null;

  const hud = createHud(ui, settings);
  const card = createInfoCard(ui, settings);

  const showScene = async (id: string, place: { viewpoint?: string; spawn?: string } = {}, prefetched?: Promise<Scene>, exhibits?: Promise<ExhibitSummary[]>) => {
    const [data] = await Promise.all([prefetched ?? fetchScene(id), shaders]);
    const gallery = data.displays.length > 0 ? await loadGalleryKit(id, exhibits) : undefined;
    performance.mark("bund:scene-fetched");
    gallery_.closeInspection();
    view?.scene.dispose();
    ui.querySelector("#minimap")?.remove();
    const built = buildSceneView(engine, data, buildMode, settings.get().lang, gallery);
    view = { ...built, world: buildWalkableWorld(data), minimap: createMinimap(ui, data, settings), stats: createFrameStats(built.scene), avatars: null };
    void addAvatars();
    link?.setScene(data.id, poseGrid(data.bounds));
    const vp = data.viewpoints.find((v) => v.id === place.viewpoint);
    const spawn = data.spawnPoints.find((s) => s.id === place.spawn) ?? data.spawnPoints[0];
    player = vp ? { ...createPlayer(vp.position.x, vp.position.z, vp.yawDeg * DEG), pitch: vp.pitchDeg * DEG } : createPlayer(spawn.position.x, spawn.position.z, spawn.yawDeg * DEG);
    card.hide();
    doorways = createDoorwayWatch(data.doorways, player.x, player.z);
    gallery_.map.setCurrent(data.id);
    // The address follows the visitor, so a hall can be shared and Back returns to the previous place.
    const path = pathOfScene(data.id);
    if (location.pathname !== path) history.pushState({ scene: data.id }, "", path + location.search);
    await xr.carryInto(); // a visitor in VR stays in VR: the session goes on in the new place, at its spawn
    performance.mark("bund:scene-built");
    if (firstFrameMs !== null) void view.loadModels();
  };

  // Picking (and its ray code) arrives with the models, after the first frame; a click before that does nothing.
  let picking: typeof import("./render/picking") | null = null;
  const afterFirstFrame = async () => {
    picking = await import("./render/picking");
    await Promise.all([view?.loadModels(), addAvatars()]);
  };
  // Avatars (and their sprite code) are only needed once others can be seen: after the first frame.
  async function addAvatars() {
    if (firstFrameMs === null || !view || view.avatars) return;
    const target = view;
    const { createAvatarLayer } = await import("./render/avatars");
    if (view === target && !target.avatars) target.avatars = createAvatarLayer(target.scene);
  }
  const pickAt = (x: number, y: number) => (view && picking ? picking.pickAt(view.scene, view.camera, x, y) : null);
  const landmarkById = (id: string) => view?.data.landmarks.find((l) => l.id === id);
  const select = (x: number, y: number) => {
    if (!view || gallery_.overlay()) return;
    const hit = pickAt(x, y);
    if (hit?.kind === "exhibit" && hit.distance < EXHIBIT_RANGE) void gallery_.inspect(hit.itemId).catch((err) => console.warn("Could not inspect", err));
    else if (hit?.kind === "landmark" && hit.distance < INTERACT_RANGE) {
      const l = landmarkById(hit.landmarkId);
      if (l) card.show(l);
    } else if (hit?.kind === "ground") player = walkTo(player, { x: hit.x, z: hit.z });
  };
  const input = createDesktopInput(canvas, {
    onSelect: (x, y) => entered && select(x, y),
    onInteract: () => entered && select(canvas.clientWidth / 2, canvas.clientHeight / 2),
    onMouseLookChange: (on) => hud.setMouseLook(on),
  });

  let firstFrameMs: number | null = null;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const firstFrame = () => {
    if (firstFrameMs !== null) return;
    firstFrameMs = performance.now();
    resolveReady();
    void afterFirstFrame();
    void tours.load();
  };
  let frameStart = 0;
  startFrameLoop({
    engine,
    input,
    eyeHeight: 1.6,
    getPlayer: () => player,
    setPlayer: (p) => (player = p),
    getView: () => {
      frameStart = performance.now();
      return view;
    },
    active: () => entered,
    overlay: () => gallery_.overlay(),
    xrHead: () => {
      const pose = xr.pose();
      return pose ? { x: pose.x, z: pose.z, yaw: pose.yaw, pitch: pose.pitch } : null;
    },
    afterStep: (p) => {
      if (!view) return;
      const now = performance.now();
      player = p = tours.frame(p, now);
      view.minimap.update(p.x, p.z, p.yaw);
      view.labels?.update(p.x, p.z, settings.get().lang);
      const through = entered ? doorways?.(p.x, p.z) : null;
      if (through) void gotoPlace(through.to.scene, { spawn: through.to.spawn }).catch((err) => console.warn("Could not go through the doorway", err));
      const xrPose = xr.pose();
      xr.active()?.frame();
      link?.sendPose(xrPose ?? { x: p.x, y: view.data.eyeHeight, z: p.z, yaw: p.yaw, pitch: p.pitch }, now);
      view.avatars?.update(visitors.sample(now, view.data.id).map((v) => ({ id: v.id, name: v.name, color: v.color, role: v.role, pose: v.pose, away: !v.connected })));
    },
    onFrameRendered: () => {
      view?.stats.frameTook(performance.now() - frameStart);
      // The first frame counts once every mesh in it can draw (shaders compiled), not a frame of empty sky.
      // (Only meshes that draw: asking a hidden one would fix its shader before it has what it will draw with.)
      if (view && firstFrameMs === null && view.scene.meshes.every((m) => !m.isVisible || !m.isEnabled() || m.isReady(true))) firstFrame();
    },
  });

  const enter = async (opts: EnterChoice) => {
    if (entered) return;
    const { connectToMuseum } = await import("./net/connection"); // before a tour's seat is reserved: the seat expires
    const admitted = await tours.admit(opts); // a guide's sign-in and a tour's seat, or the reason on the entry screen
    if (!admitted || entered) return;
    entry.submit(opts);
    entered = true;
    canvas.focus();
    const data = view!.data;
    link = await connectToMuseum({ name: settings.get().name, sceneId: data.id, grid: poseGrid(data.bounds), store: visitors, onState: (s) => hud.setNetState((netState = s)), ...admitted });
  };
  entry.onSubmit(() => void enter({}));

  const xr = wireXr({
    view: () => view,
    player: () => player,
    setPlayer: (p) => (player = p),
    settings,
    hud,
    setMode: (mode) => link?.setMode(mode),
  });

  const placePlayer = async (x: number, z: number, yaw: number, pitch = 0) => {
    xr.active()?.placeHead(x, z, yaw);
    player = { ...createPlayer(x, z, yaw), pitch };
    await nextFrames(engine, 2);
  };
  // Scene changes run one at a time: a doorway and a search result at once must not build two halls.
  let changing: Promise<void> = Promise.resolve();
  const gotoPlace = (sceneId: string, place: { viewpoint?: string; spawn?: string; arrive?: () => Promise<void> }) => {
    const run = async () => {
      if (sceneId !== view?.data.id) await showScene(sceneId, place);
      else if (place.viewpoint) {
        const vp = view.data.viewpoints.find((v) => v.id === place.viewpoint);
        if (!vp) throw new Error(`No viewpoint "${place.viewpoint}" in scene ${sceneId}`);
        player = { ...createPlayer(vp.position.x, vp.position.z, vp.yawDeg * DEG), pitch: vp.pitchDeg * DEG };
        xr.active()?.placeHead(vp.position.x, vp.position.z, vp.yawDeg * DEG);
      }
      // Stand where the caller wants before the hall's models load: a glb may take seconds, the visitor should not.
      await place.arrive?.();
      await view?.loadModels();
      await nextFrames(engine, 2);
    };
    const next = changing.then(run, run);
    changing = next.catch(() => undefined);
    return next;
  };
  const gallery_ = wireExhibits({ ui, engine, canvas, settings, view: () => view, goto: (id, arrive) => gotoPlace(id, { arrive }), place: (x, z, yaw, pitch) => placePlayer(x, z, yaw, pitch) });
  const tours = lazyTours({ ui, entry, settings, visitors, view: () => view, player: () => player, goto: (id, arrive) => gotoPlace(id, { arrive }), place: (x, z, yaw) => placePlayer(x, z, yaw), xrActive: () => !!xr.active(),
    placeHead: (x, z, yaw) => xr.active()?.placeHead(x, z, yaw), pickCentre: () => pickAt(canvas.clientWidth / 2, canvas.clientHeight / 2) });

  const handle: BundHandle = {
    ready,
    loaded: () => ready.then(afterFirstFrame),
    enter: (opts) => enter(opts),
    get scene() {
      return view?.scene ?? null;
    },
    engine,
    get sceneId() {
      return view?.data.id ?? null;
    },
    player: () => ({ position: { x: player.x, y: 1.6, z: player.z }, yaw: player.yaw / DEG, pitch: player.pitch / DEG, mode: xr.active() ? "xr" : "desktop" }),
    enterXR: xr.enterXR,
    exitXR: xr.exitXR,
    xr: () => xr.active()?.state() ?? null,
    stats: () => view?.stats.read() ?? { drawCalls: 0, activeMeshes: 0, triangles: 0, frameMs: 0 },
    scenes: () => [...sceneIds],
    viewpoints: () => view?.data.viewpoints.map((v) => v.id) ?? [],
    goto: (sceneId, viewpoint) => gotoPlace(sceneId, { viewpoint }),
    teleport: (x, z, yawDeg = player.yaw / DEG, pitchDeg = 0) => placePlayer(x, z, yawDeg * DEG, pitchDeg * DEG),
    project: (x, y, z) => (view ? projectToPage(engine, view.scene, view.camera, canvas, x, y, z) : null),
    landmarkAt: (x, y) => {
      if (!view) return null;
      const hit = pickAt(x, y);
      return hit?.kind === "landmark" ? hit.landmarkId : null;
    },
    infoCard: () => card.shown(),
    lang: () => settings.get().lang,
    setLang: (lang) => settings.update({ lang }),
    netState: () => netState,
    visitors: () => reportVisitors(visitors, view?.data.id),
    timings: () => ({ firstFrameMs }),
    ...gallery_.automation,
    ...tours.automation,
    exhibitAt: (x, y) => {
      const hit = view ? pickAt(x, y) : null;
      return hit?.kind === "exhibit" ? hit.itemId : null;
    },
    select: (x, y) => select(x, y),
  };
  installHandle(handle);
  window.addEventListener("popstate", () => {
    const id = sceneOfPath(location.pathname);
    if (id && id !== view?.data.id) void gotoPlace(id, {}).catch((err) => console.warn("Could not go back", err));
  });

  // The scene list and the first scene load side by side: the first frame waits for nothing else.
  const [list] = await Promise.all([
    fetch("/api/scenes").then((r) => r.json() as Promise<{ scenes: PlaceSummary[] }>),
    showScene(firstId, {}, firstScene, firstExhibits).catch((err) => {
      // A shared link to a hall that no longer exists still opens the museum, on the Bund.
      if (firstId === FIRST_SCENE) throw err;
      console.warn(`Could not open ${location.pathname}; showing the Bund`, err);
      return showScene(FIRST_SCENE);
    }),
  ]);
  sceneIds.push(...list.scenes.map((s) => s.id));
  gallery_.setPlaces(list.scenes);
  placeCamera(view!.camera, player, 1.6);
  entry.setReady(true);
}

start().catch((err) => {
  console.error("Digital Bund failed to start", err);
  document.body.dataset.failed = String((err as Error).message);
});
