// Where the theatre's stage (戏台) stands in its scene, how the choreography's stage metres map onto it, and the
// couplet on its front pillars. Shared by the builder, the seats and the tests.
import type { LocalizedText } from "../sceneParts";

/** The stage platform: x across (−halfWidth…halfWidth), front edge at frontZ, back at backZ, floor at height. */
export const STAGE = {
  halfWidth: 4,
  frontZ: 2,
  backZ: 8,
  height: 1,
  /** Top of the pillars (the canopy's eaves) above the stage floor. */
  pillarHeight: 4.2,
  /** The musicians' corner: a low platform beside the stage, on its right (west, −x). */
  band: { minX: -6.6, maxX: -4.3, minZ: 3.2, maxZ: 7.4, height: 0.45 },
} as const;

/** The stage as a tour's target: built with the theatre rather than listed in its scene, like a studio's desk. */
export const THEATRE_STAGE_TARGET = "stage";
export const STAGE_CENTRE = { x: 0, z: (STAGE.frontZ + STAGE.backZ) / 2 };

/** A choreography point (stage metres: x across, z back from the front edge) in the scene's ground plane. */
export function stageToScene(x: number, z: number): { x: number; z: number } {
  return { x, z: STAGE.frontZ + z };
}

/** A facing in the choreography (0 = to the audience, positive to stage left, +x) as a scene yaw (0 = north, +z). */
export const facingToYawDeg = (facing: number): number => 180 - facing;

/** The couplet (楹联) carved beside the stage of the Jiayuguan fort's theatre, copied onto our front pillars. */
export const STAGE_COUPLET: { upper: string; lower: string; meaning: LocalizedText; source: LocalizedText } = {
  upper: "离合悲欢演往事",
  lower: "愚贤忠佞认当场",
  meaning: {
    en: "Parting and meeting, grief and joy: the past played out again. / Fool or sage, loyal or false: known on the spot. (Translation: Digital Bund)",
    zh: "台上重演往事的悲欢离合；谁愚谁贤、谁忠谁奸，当场便见分明。",
  },
  source: {
    en: "Qing dynasty, author unknown: carved on the brick walls either side of the stage of the theatre in the Jiayuguan fort, Gansu (recorded in the Collected Couplets of Gansu, 《甘肃对联集成》). Copied here; this stage is the museum's own.",
    zh: "清代佚名撰，刻于甘肃嘉峪关关城戏台两侧砖墙（见《甘肃对联集成》）。此处为移录；本馆戏台为新建的虚拟舞台。",
  },
};
