// What a ware of the ceramics department is (kilns, periods, forms, motifs, glaze colours, what to say), and the wares
// from the Neolithic to the Tang.
import type { Material } from "../../common/catalog";
import type { MotifKey } from "./motifs";
import type { PeriodKey } from "./periods";
import type { CeramicFormKey } from "./ceramicForms";
import { bi, type Bi } from "./records";

/** Sections of the ceramics hall, in the order a visitor walks them. */
export type CeramicSection =
  "early" | "tang" | "song-north" | "song-south" | "blue-and-white" | "enamels" | "monochromes" | "late";

export interface WareDef {
  key: string;
  count: number;
  section: CeramicSection;
  /** What the ware is, for provenance and narration: "Longquan celadon" / "龙泉窑青瓷“. */
  type: Bi;
  /** The words of a title: before the form in English, between period and motif in Chinese ("龙泉窑青釉"). */
  titleWare: Bi;
  material: Material;
  periods: readonly (readonly [PeriodKey, number])[];
  forms: readonly (readonly [CeramicFormKey, number])[];
  motifs: readonly MotifKey[];
  glazes: readonly string[];
  accents?: readonly string[];
  /** Decorated lines drawn in the accent colour (0 for monochromes). */
  lines: number;
  about: readonly Bi[];
  /** What is particular to a reign or phase. */
  periodNotes?: Partial<Record<PeriodKey, Bi>>;
  /** Motifs particular to a phase or reign (instead of `motifs`). */
  periodMotifs?: Partial<Record<PeriodKey, readonly MotifKey[]>>;
  /** Cobalt and enamels changed from reign to reign: accent colours particular to a period. */
  periodAccents?: Partial<Record<PeriodKey, readonly string[]>>;
  /** Heights that differ from the form's usual ones for this ware (cm). */
  heights?: Partial<Record<CeramicFormKey, readonly [number, number]>>;
  /** How many of this ware's records get a spoken narration (the first ones). */
  highlights?: number;
}

/** Neolithic to Tang. */
export const EARLY_WARES: readonly WareDef[] = [
  {
    key: "majiayao",
    count: 20,
    section: "early",
    highlights: 1,
    type: bi("Majiayao painted pottery", "马家窑文化彩陶"),
    titleWare: bi("painted pottery", "彩陶"),
    material: "earthenware",
    periods: [
      ["majiayao", 3],
      ["banshan", 4],
      ["machang", 3],
    ],
    forms: [
      ["painted", 6],
      ["basin", 3],
      ["guan", 1],
    ],
    motifs: ["spiral", "net"],
    periodMotifs: {
      majiayao: ["spiral", "net", "circles"],
      banshan: ["sawtooth", "spiral", "net"],
      machang: ["frog", "circles", "net"],
    },
    glazes: ["#c48a5a", "#b97d4e", "#cf9a66"],
    accents: ["#2a1d16", "#3a2418", "#5b2a1c"],
    lines: 4,
    about: [
      bi(
        "Coiled from reddish clay, burnished and painted in black and red-brown mineral pigments before firing, it belongs to the painted-pottery tradition of the upper Yellow River in present-day Gansu and Qinghai.",
        "此器以红陶泥条盘筑成型，打磨后用黑、红褐色矿物颜料彩绘再入窑烧成，属于今甘肃、青海一带黄河上游的彩陶传统。",
      ),
      bi(
        "The Majiayao culture produced the most accomplished painted pottery of Neolithic China; many jars come from cemeteries, where they held grain for the dead.",
        "马家窑文化的彩陶是中国新石器时代彩陶艺术的高峰，许多陶罐出自墓地，原用于为死者盛放谷物。",
      ),
    ],
    periodNotes: {
      banshan: bi(
        "Banshan-phase jars are broad-shouldered, painted only on the upper half that showed above the ground or the grave's edge.",
        "半山类型陶罐肩部宽阔，彩绘只施于上半部。",
      ),
      machang: bi(
        "In the Machang phase the painting grew simpler and freer, and red pigment gave way mostly to black.",
        "马厂类型的彩绘趋于简率奔放，多以黑彩为主。",
      ),
    },
  },
  {
    key: "han-lead",
    count: 12,
    section: "early",
    type: bi("Han-dynasty green lead-glazed earthenware", "汉代绿釉陶"),
    titleWare: bi("green-glazed", "绿釉"),
    material: "earthenware",
    periods: [
      ["westernHan", 1],
      ["easternHan", 4],
    ],
    forms: [
      ["hu", 5],
      ["guan", 3],
      ["basin", 1],
    ],
    motifs: ["plain", "bowstring", "hunting", "bowstring"],
    glazes: ["#5e7d45", "#6b8a4e", "#567347"],
    accents: ["#c9c7a8"],
    lines: 2,
    about: [
      bi(
        "Green lead glaze, coloured with copper and fired at a low temperature, was new in the Han dynasty; vessels like this were made for tombs, copying the shapes of bronzes.",
        "以铜为着色剂的低温铅釉是汉代的新工艺，此类器物多为仿青铜器造型的随葬明器。",
      ),
      bi(
        "Centuries of burial have turned the glaze silvery and iridescent in places, an effect collectors call 'silver glaze'.",
        "长期埋藏使釉面局部泛出银白色的虹彩，藏家称之为“银釉”。",
      ),
    ],
  },
  {
    key: "sancai",
    count: 28,
    section: "tang",
    highlights: 1,
    type: bi("Tang sancai lead-glazed earthenware", "唐三彩"),
    titleWare: bi("sancai-glazed", "三彩"),
    material: "earthenware",
    periods: [
      ["tang8th", 5],
      ["tang", 1],
    ],
    forms: [
      ["guan", 4],
      ["dish", 3],
      ["ewer", 2],
      ["bowl", 1],
    ],
    motifs: ["splashed", "medallion", "cobaltSplash", "splashed"],
    glazes: ["#c98a3a", "#b9782f", "#d9b26a"],
    accents: ["#3f7a3c", "#e8dcc0", "#2f4f8f"],
    lines: 3,
    about: [
      bi(
        "Sancai, 'three colours', is earthenware under lead glazes of amber, green and cream.",
        "三彩是施以黄、绿、白等低温铅釉的陶器。",
      ),
      bi(
        "It was made chiefly for the tombs of the Tang elite around Chang'an and Luoyang, at kilns such as Gongxian in Henan.",
        "三彩主要作为随葬品，供长安、洛阳一带的唐代贵族使用，河南巩县窑是主要产地之一。",
      ),
    ],
  },
  {
    key: "yue",
    count: 12,
    section: "tang",
    type: bi("Yue-ware celadon", "越窑青瓷"),
    titleWare: bi("Yue celadon", "越窑青釉"),
    material: "stoneware",
    periods: [["tang9th", 1]],
    forms: [
      ["bowl", 4],
      ["ewer", 2],
      ["guan", 1],
      ["dish", 1],
    ],
    motifs: ["plain", "plain", "lotusPetals", "incisedFlowers"],
    glazes: ["#9aa57c", "#8f9c70", "#a4ab82"],
    lines: 0,
    about: [
      bi(
        "Yue ware, from kilns around Shanglin Lake in Zhejiang, was the finest green-glazed stoneware of the Tang.",
        "越窑位于浙江上林湖一带，是唐代最负盛名的青瓷窑场。",
      ),
      bi(
        "In his Classic of Tea, Lu Yu praised Yue bowls as 'like jade' and 'like ice', because they made the tea look green.",
        "陆羽《茶经》称越瓷“类玉”“类冰”，认为越窑茶碗最能衬托茶汤的绿色。",
      ),
    ],
  },
];
