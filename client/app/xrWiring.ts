// VR in the visit: offers Enter VR when the browser can, loads the XR code on demand, tells it what the visitor can
// point at, keeps its comfort settings with the others, and hands the body back and forth.
import { restartRenderLoop } from "../render/babylonSeams";
import type { AbstractEngine } from "@babylonjs/core/Engines/abstractEngine";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Artifact } from "../../common/catalog";
import type { WalkableWorld } from "../../common/walkable";
import type { SceneView } from "../render/sceneView";
import { itemOfPick } from "../render/gallery/exhibitPick";
import { landmarkOfPick } from "../render/landmarkMeshes";
import type { PlayerState } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { readXrSettings, type XrSettings } from "../state/xrSettings";
import type { Hud } from "../ui/hud";
import { t } from "../ui/i18n";
import { pageChat } from "../state/chatHistory";
import type { XrMode, XrPanelContent } from "../xr/xrMode";
import type { ScanReport } from "../xr/switchScanPanel";
import type { FrameLoop } from "./frameLoop";
import { hasLayers } from "../../common/periodLayers";

/** The panel texts, loaded with the XR code (not in the start-up bundle). */
type Readings = typeof import("../xr/readings");

export interface XrWiringContext {
  /** The visit: its place, its body, and (leaving VR) the body handed back to the desktop where the head last stood. */
  visit: {
    view(): (SceneView & { world: WalkableWorld }) | null;
    player(): PlayerState;
    place(x: number, z: number, yaw: number): Promise<void>;
  };
  loop: FrameLoop;
  settings: SettingsStore;
  hud: Hud;
}

export interface XrWiring {
  enterXR(): Promise<void>;
  exitXR(): Promise<void>;
  /**
   * Once the next place's scene is built (and the visitor placed at its spawn): if the visitor was in VR when the
   * last place's scene went, VR carries on here in the same session, the head at the spawn facing its heading.
   */
  carryInto(): Promise<void>;
  /** The live XR mode, or null outside VR. */
  active(): XrMode | null;
  /** Entering and leaving VR, for the room to tell the others. */
  onModeChange(fn: (mode: "desktop" | "xr") => void): void;
  /** The controller's talk button held or released (push-to-talk in VR). */
  onTalk(fn: (held: boolean) => void): void;
  /** One-switch mode (loaded with the access features): its choice on offer shown in VR, pressed with A or X. */
  useSwitch(scan: { report(): ScanReport; press(): void }): void;
  /** In VR, opens a landmark's or an exhibit's reading panel before the eyes; false outside VR (or unknown). */
  readInVr(kind: "landmark" | "exhibit", id: string): boolean;
}

/** An exhibit's full record from the catalog API (as the desktop inspection fetches it). */
async function fetchRecord(itemId: string): Promise<Artifact> {
  const res = await fetch(`/api/catalog/${encodeURIComponent(itemId)}`);
  if (!res.ok) throw new Error(`The record of ${itemId} could not be loaded: HTTP ${res.status}`);
  return (await res.json()) as Artifact;
}

/**
 * What the visitor's ray rests on, as a panel to read, or null: a landmark's card, or an exhibit's label that
 * brings its full record (the one place for every kind of thing that can be read in VR).
 */
function describePick(view: SceneView, readings: Readings, mesh: AbstractMesh, faceId: number): XrPanelContent | null {
  const itemId = itemOfPick(mesh, faceId);
  if (itemId && view.hall?.items.has(itemId)) return describeThing(view, readings, "exhibit", itemId);
  const landmarkId = landmarkOfPick(mesh, faceId);
  return landmarkId ? describeThing(view, readings, "landmark", landmarkId) : null;
}

/** A landmark's card, or an exhibit's label that brings its full record, by id. */
function describeThing(
  view: SceneView,
  readings: Readings,
  kind: "landmark" | "exhibit",
  id: string,
): XrPanelContent | null {
  const item = kind === "exhibit" ? view.hall?.items.get(id) : undefined;
  if (item)
    return {
      ...readings.exhibitReading(item),
      more: async () => {
        const record = await fetchRecord(item.id);
        // The certificate mark (issue 18), loaded only now: it hashes the record and the files the hall loaded.
        const marks = await import("../ui/certificateMark");
        const full = readings.recordReading(record);
        return {
          ...full,
          seal: marks.CHECKING_SEAL,
          more: async () => ({ ...full, seal: marks.sealOf(await marks.checkLoaded(record)) }),
        };
      },
    };
  const landmark = kind === "landmark" ? view.data.landmarks.find((l) => l.id === id) : undefined;
  return landmark ? readings.landmarkReading(landmark) : null;
}

/**
 * After a carried session ended with no scene holding it, the engine still waits on the session's frames: hand it
 * back to the page's own, as Babylon does when a session it holds ends.
 */
function restartDesktopFrames(engine: AbstractEngine): void {
  restartRenderLoop(engine);
}

export function wireXr(ctx: XrWiringContext): XrWiring {
  let xr: XrMode | null = null;
  const modeWatchers: ((mode: "desktop" | "xr") => void)[] = [];
  const talkWatchers: ((held: boolean) => void)[] = [];
  let scan: { report(): ScanReport; press(): void } | null = null;
  let readingsLoaded: Readings | null = null;
  const setMode = (mode: "desktop" | "xr") => {
    for (const fn of modeWatchers) fn(mode);
  };
  const xrSettings = {
    get: (): XrSettings => ctx.settings.get().xr ?? readXrSettings(undefined),
    update: (patch: Partial<XrSettings>) => ctx.settings.update({ xr: { ...xrSettings.get(), ...patch } }),
  };

  ctx.settings.subscribe(() => xr?.refreshMenu()); // a guide may switch the period while the menu is open

  // The session of the place just left, between its scene's disposal and the next place's scene taking it up.
  let carried: XRSession | null = null;

  /** This place's XR mode, made the first time VR is wanted here. */
  const modeFor = async (view: SceneView & { world: WalkableWorld }): Promise<XrMode> => {
    if (xr && xr.scene === view.scene) return xr;
    const [{ createXrMode }, readings] = await Promise.all([import("../xr/xrMode"), import("../xr/readings")]);
    readingsLoaded = readings;
    const mode = await createXrMode({
      scene: view.scene,
      // Galleries may lay their floor in several pieces: each mesh named "ground" takes the teleport arc.
      floors: view.scene.meshes.filter((m) => m.name === "ground"),
      world: view.world,
      describe: (mesh, faceId) => describePick(view, readings, mesh, faceId),
      lang: () => ctx.settings.get().lang,
      closeLabel: (lang) => t("close", lang),
      settings: xrSettings,
      eyeHeight: view.data.eyeHeight,
      onTalkButton: (held) => {
        for (const fn of talkWatchers) fn(held);
      },
      switchScan: () => scan?.report() ?? null,
      onSwitchButton: () => scan?.press(),
      chat: () => pageChat.recent(6),
      layer: hasLayers(view.data.landmarks)
        ? { get: () => ctx.settings.get().layer ?? "1937", set: (layer) => ctx.settings.update({ layer }) }
        : null,
    });
    // Going to another place disposes this scene: in VR its session is kept (before Babylon, disposing, would end it)
    // for the next place's scene to carry on in.
    view.scene.onDisposeObservable.add(
      () => {
        if (!mode.active()) return;
        carried = mode.release();
        carried?.addEventListener("end", endedBetweenPlaces, { once: true });
      },
      undefined,
      true,
    );
    xr = mode;
    return mode;
  };

  const enterXR = async () => {
    const view = ctx.visit.view();
    if (!view) throw new Error("No scene to enter VR in");
    const mode = await modeFor(view);
    const p = ctx.visit.player();
    await mode.enter({ x: p.x, z: p.z, yaw: p.yaw });
    setMode("xr");
    ctx.hud.setXr(true);
  };
  const toDesktop = () => {
    setMode("desktop");
    ctx.hud.setXr(false);
  };
  const exitXR = async () => {
    const at = await xr?.exit();
    if (at) void ctx.visit.place(at.x, at.z, at.yaw);
    toDesktop();
  };
  /** The session ended while no scene held it (between places): the page gets its own frames back. */
  function endedBetweenPlaces(this: XRSession) {
    if (carried !== this) return;
    carried = null;
    console.warn("The VR session ended between two places: back to the desktop view");
    const engine = ctx.visit.view()?.scene.getEngine();
    if (engine) restartDesktopFrames(engine);
    toDesktop();
  }
  const carryInto = async () => {
    const session = carried;
    const view = ctx.visit.view();
    if (!session || !view) return;
    let mode: XrMode;
    try {
      mode = await modeFor(view);
    } catch (err) {
      // No experience took the session up: end it here and give the page back its own frames.
      carried = null;
      await session.end().catch(() => undefined);
      restartDesktopFrames(view.scene.getEngine());
      toDesktop();
      throw err;
    }
    if (carried !== session) return; // it ended meanwhile (endedBetweenPlaces saw to the page)
    carried = null;
    session.removeEventListener("end", endedBetweenPlaces);
    const p = ctx.visit.player();
    try {
      await mode.enter({ x: p.x, z: p.z, yaw: p.yaw }, session);
    } catch (err) {
      await mode.exit(); // Babylon ends the session it took up and restores the page's frames
      toDesktop();
      throw err;
    }
  };
  void navigator.xr?.isSessionSupported("immersive-vr").then(
    (ok) =>
      ok &&
      ctx.hud.offerXr(
        () => void enterXR().catch((err) => console.warn("Could not enter VR", err)),
        () => void exitXR(),
      ),
    () => undefined,
  );
  const active = () => (xr?.active() ? xr : null);
  // In VR the frame loop runs inside the XR frame, after the camera took the headset's pose: the sticks move the rig
  // first, then the head is read, once, for the whole frame (the body follows it, the room is sent it).
  ctx.loop.join("input", (frame) => {
    const mode = active();
    mode?.move(frame.now);
    frame.head = mode ? mode.pose() : null;
    // The place's own use of the controllers (the studio's brush) reads them after the rig has moved.
    ctx.visit.view()?.handTool?.frame(mode ? mode.tips() : null, frame.now);
  });
  ctx.loop.join("present", () => {
    const mode = active();
    // A place's own reading (the theatre's line gloss, asked for from its VR card) opens on the reading panel.
    const reading = ctx.visit.view()?.takeVrReading?.();
    if (mode && reading) mode.read(reading);
    mode?.present();
  });
  return {
    enterXR,
    exitXR,
    carryInto,
    active,
    onModeChange: (fn) => void modeWatchers.push(fn),
    onTalk: (fn) => void talkWatchers.push(fn),
    useSwitch: (s) => void (scan = s),
    readInVr(kind, id) {
      const view = ctx.visit.view();
      const content = xr?.active() && view && readingsLoaded ? describeThing(view, readingsLoaded, kind, id) : null;
      if (content) xr!.read(content);
      return content !== null;
    },
  };
}
