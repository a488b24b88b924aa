// How the calligraphy studio is built (loaded with it): the room from the landmark kit, the desk, and the writing
// panel whose sheet the desk's paper shows. The panel goes when the scene does.
import { fetchCharacter } from "../../net/strokeData";
import { buildStudioDesk, type StudioDesk } from "../../render/studio/studioDesk";
import { buildSceneView } from "../../render/sceneView";
import { createInkStudio, type InkStudio } from "../../ui/ink/inkStudio";
import type { PlaceBuild } from "../places";
import { createStudioBrush, type StudioBrush } from "./studioBrush";

/** The studio open now, for the automation handle; null elsewhere. */
let current: { studio: InkStudio; desk: StudioDesk; brush: StudioBrush } | null = null;
export const currentStudio = () => current;

const FIRST_CHAR = "永";

export async function prepare({ engine, data, mode, lang }: PlaceBuild) {
  const first = await fetchCharacter(FIRST_CHAR);
  return () => {
    const view = buildSceneView(engine, data, mode, lang);
    const desk = buildStudioDesk(view.scene);
    const root = document.getElementById("ui-root") ?? document.body;
    const studio = createInkStudio({ root, lang, fetchCharacter, storage: localStorage });
    studio.sheet.onDrawn(() => desk.showSheet(studio.sheet.canvas));
    const showModel = () => {
      const s = studio.session();
      const f = studio.feedback();
      desk.showModel(s?.data ?? first, f ? [f.zh, f.en] : []);
    };
    studio.onChange(showModel);
    void studio.open(FIRST_CHAR);
    const brush = createStudioBrush(view.scene, studio);
    const mine = { studio, desk, brush };
    current = mine;
    view.scene.onDisposeObservable.add(() => {
      brush.dispose();
      studio.dispose();
      if (current === mine) current = null;
    });
    return { ...view, handTool: brush };
  };
}
