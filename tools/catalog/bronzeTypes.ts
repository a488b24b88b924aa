// What the bronze department says of a vessel type (what it was for, its shape, legs and handles) and the decoration
// cast on vessels.
import type { PeriodKey } from "./periods";
import type { Profile } from "./profiles";
import { bi, type Bi } from "./records";

export type Vessel = "ding" | "gui" | "zun" | "hu" | "jue" | "jian" | "zhong" | "mirror";

export interface Decor {
  name: Bi;
  look: Bi;
}

const d = (en: string, zh: string, lookEn: string, lookZh: string): Decor => ({
  name: bi(en, zh),
  look: bi(lookEn, lookZh),
});

export const DECOR = {
  taotie: d(
    "taotie masks",
    "饕餮纹",
    "The taotie, a frontal mask with bulging eyes and curling horns, can also be read as two dragons facing each other in profile.",
    "饕餮纹为正面兽面，双目突出、角部卷曲，也可以看作两条侧面相对的夔龙。",
  ),
  kui: d(
    "kui dragons",
    "夔龙纹",
    "Kui dragons, one-legged creatures seen in profile, march around the band on a ground of fine squared spirals called 'thunder pattern'.",
    "侧面的一足夔龙环绕器身，以细密的方形回旋“云雷纹”为地。",
  ),
  whorl: d(
    "whorl circles",
    "涡纹",
    "Raised whorl circles, perhaps a fire symbol, alternate with small dragons around the shoulder.",
    "凸起的圆涡纹或为火的象征，与小夔龙交替环绕肩部。",
  ),
  bowstring: d(
    "bowstring bands",
    "弦纹",
    "Its only ornament is a few raised bowstring bands, and the beauty is in the proportions.",
    "器身仅饰几道凸起的弦纹，美在比例。",
  ),
  birds: d(
    "long-tailed birds",
    "凤鸟纹",
    "Long-tailed birds with crests and trailing plumes replaced the taotie as the favourite motif of the Western Zhou.",
    "长冠垂尾的凤鸟纹取代饕餮，成为西周最受青睐的纹饰。",
  ),
  wave: d(
    "a wave band",
    "环带纹",
    "A broad undulating wave band circles the body, a bold, abstract design of the later Western Zhou.",
    "宽阔起伏的环带纹（波曲纹）环绕器身，是西周晚期简洁奔放的抽象纹样。",
  ),
  qiequ: d(
    "qiequ scrolls",
    "窃曲纹",
    "The qiequ band is a dragon pattern dissolved into S-shaped hooks, typical of the middle and late Western Zhou.",
    "窃曲纹由龙纹演变为S形的勾曲线条，是西周中晚期的典型纹样。",
  ),
  ribs: d(
    "vertical ribs",
    "直棱纹",
    "Close vertical ribs on the lower body catch the light like fluting.",
    "下腹密布竖直的棱纹，如同凹槽一般映出光影。",
  ),
  serpents: d(
    "interlaced serpents",
    "蟠虺纹",
    "Tiny interlaced serpents, stamped from a master pattern block and repeated, cover every band.",
    "细小的蟠虺纹由纹样母模压印、反复排列，布满每一道纹饰带。",
  ),
  chi: d(
    "interlaced dragons",
    "蟠螭纹",
    "Interlaced dragons with twisting bodies knot into a dense, rhythmic surface.",
    "身躯扭结的蟠螭纹交织成繁密而富有节奏的纹饰。",
  ),
  feasting: d(
    "scenes of feasting and hunting",
    "宴乐渔猎纹",
    "Bands of figures show archery, feasting with music, mulberry picking and battle by land and water.",
    "分层纹饰描绘射礼、宴乐、采桑以及水陆攻战的场景。",
  ),
  ringMasks: d(
    "animal masks holding rings",
    "铺首衔环",
    "Animal masks holding loose rings serve as handles, a Han convention also carved on tomb doors.",
    "兽面衔环作为器耳，这一样式在汉代墓门上也常见。",
  ),
  cloud: d(
    "cloud scrolls",
    "云气纹",
    "Flowing cloud scrolls, once inlaid or painted, suggest the breath of the cosmos that Han thinkers called qi.",
    "流动的云气纹原或有镶嵌或彩绘，象征汉代人所说的宇宙之“气”。",
  ),
};

export type DecorKey = keyof typeof DECOR;

export interface VesselDef {
  vessel: Vessel;
  count: number;
  name: Bi;
  about: Bi;
  profile: Profile;
  legs: 0 | 3 | 4;
  handles: 0 | 2;
  /** Handles, spouts and tails reach beyond the turned body: width = body diameter × this. */
  spread: number;
  periods: readonly (readonly [PeriodKey, number])[];
  heightCm: Partial<Record<PeriodKey, readonly [number, number]>>;
  decor: Partial<Record<PeriodKey, readonly DecorKey[]>>;
  /** Western Zhou vessels for the ancestral rites often carry a cast inscription. */
  inscribed?: boolean;
  highlights?: number;
}
