// The wares of the ceramics department, Neolithic to Song: kilns, periods, forms, motifs, glaze colours, what to say.
import type { Material } from "../../common/catalog";
import type { MotifKey } from "./motifs";
import type { PeriodKey } from "./periods";
import type { CeramicFormKey } from "./profiles";
import { bi, type Bi } from "./records";

/** Sections of the ceramics hall, in the order a visitor walks them. */
export type CeramicSection = "early" | "tang" | "song-north" | "song-south" | "blue-and-white" | "enamels" | "monochromes" | "late";

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

export const EARLY_WARES: readonly WareDef[] = [
  {
    key: "majiayao", count: 20, section: "early", highlights: 1,
    type: bi("Majiayao painted pottery", "马家窑文化彩陶"), titleWare: bi("painted pottery", "彩陶"), material: "earthenware",
    periods: [["majiayao", 3], ["banshan", 4], ["machang", 3]],
    forms: [["painted", 6], ["basin", 3], ["guan", 1]],
    motifs: ["spiral", "net"],
    periodMotifs: { majiayao: ["spiral", "net", "circles"], banshan: ["sawtooth", "spiral", "net"], machang: ["frog", "circles", "net"] },
    glazes: ["#c48a5a", "#b97d4e", "#cf9a66"], accents: ["#2a1d16", "#3a2418", "#5b2a1c"], lines: 4,
    about: [
      bi("Coiled from reddish clay, burnished and painted in black and red-brown mineral pigments before firing, it belongs to the painted-pottery tradition of the upper Yellow River in present-day Gansu and Qinghai.",
        "此器以红陶泥条盘筑成型，打磨后用黑、红褐色矿物颜料彩绘再入窑烧成，属于今甘肃、青海一带黄河上游的彩陶传统。"),
      bi("The Majiayao culture produced the most accomplished painted pottery of Neolithic China; many jars come from cemeteries, where they held grain for the dead.",
        "马家窑文化的彩陶是中国新石器时代彩陶艺术的高峰，许多陶罐出自墓地，原用于为死者盛放谷物。"),
    ],
    periodNotes: {
      banshan: bi("Banshan-phase jars are broad-shouldered, painted only on the upper half that showed above the ground or the grave's edge.", "半山类型陶罐肩部宽阔，彩绘只施于上半部。"),
      machang: bi("In the Machang phase the painting grew simpler and freer, and red pigment gave way mostly to black.", "马厂类型的彩绘趋于简率奔放，多以黑彩为主。"),
    },
  },
  {
    key: "han-lead", count: 12, section: "early",
    type: bi("Han-dynasty green lead-glazed earthenware", "汉代绿釉陶"), titleWare: bi("green-glazed", "绿釉"), material: "earthenware",
    periods: [["westernHan", 1], ["easternHan", 4]],
    forms: [["hu", 5], ["guan", 3], ["basin", 1]],
    motifs: ["plain", "bowstring", "hunting", "bowstring"],
    glazes: ["#5e7d45", "#6b8a4e", "#567347"], accents: ["#c9c7a8"], lines: 2,
    about: [
      bi("Green lead glaze, coloured with copper and fired at a low temperature, was new in the Han dynasty; vessels like this were made for tombs, copying the shapes of bronzes.",
        "以铜为着色剂的低温铅釉是汉代的新工艺，此类器物多为仿青铜器造型的随葬明器。"),
      bi("Centuries of burial have turned the glaze silvery and iridescent in places, an effect collectors call 'silver glaze'.",
        "长期埋藏使釉面局部泛出银白色的虹彩，藏家称之为“银釉”。"),
    ],
  },
  {
    key: "sancai", count: 28, section: "tang", highlights: 1,
    type: bi("Tang sancai lead-glazed earthenware", "唐三彩"), titleWare: bi("sancai-glazed", "三彩"), material: "earthenware",
    periods: [["tang8th", 5], ["tang", 1]],
    forms: [["guan", 4], ["dish", 3], ["ewer", 2], ["bowl", 1]],
    motifs: ["splashed", "medallion", "cobaltSplash", "splashed"],
    glazes: ["#c98a3a", "#b9782f", "#d9b26a"], accents: ["#3f7a3c", "#e8dcc0", "#2f4f8f"], lines: 3,
    about: [
      bi("Sancai, 'three colours', is earthenware under lead glazes of amber, green and cream.",
        "三彩是施以黄、绿、白等低温铅釉的陶器。"),
      bi("It was made chiefly for the tombs of the Tang elite around Chang'an and Luoyang, at kilns such as Gongxian in Henan.",
        "三彩主要作为随葬品，供长安、洛阳一带的唐代贵族使用，河南巩县窑是主要产地之一。"),
    ],
  },
  {
    key: "yue", count: 12, section: "tang",
    type: bi("Yue-ware celadon", "越窑青瓷"), titleWare: bi("Yue celadon", "越窑青釉"), material: "celadon",
    periods: [["tang9th", 1]],
    forms: [["bowl", 4], ["ewer", 2], ["guan", 1], ["dish", 1]],
    motifs: ["plain", "plain", "lotusPetals", "incisedFlowers"],
    glazes: ["#9aa57c", "#8f9c70", "#a4ab82"], lines: 0,
    about: [
      bi("Yue ware, from kilns around Shanglin Lake in Zhejiang, was the finest green-glazed stoneware of the Tang.",
        "越窑位于浙江上林湖一带，是唐代最负盛名的青瓷窑场。"),
      bi("In his Classic of Tea, Lu Yu praised Yue bowls as 'like jade' and 'like ice', because they made the tea look green.",
        "陆羽《茶经》称越瓷“类玉”“类冰”，认为越窑茶碗最能衬托茶汤的绿色。"),
    ],
  },
  {
    key: "ru", count: 6, section: "song-north", highlights: 1,
    type: bi("Ru ware", "汝窑青瓷"), titleWare: bi("Ru ware", "汝窑天青釉"), material: "celadon",
    periods: [["lateNorthernSong", 1]],
    forms: [["washer", 3], ["dish", 2], ["mallet", 1]],
    motifs: ["plain"],
    glazes: ["#b3c6bf", "#a9bfb9", "#b8c9c2"], lines: 0,
    about: [
      bi("Ru ware was made for only a few decades for the Northern Song court, at Qingliangsi in Baofeng, Henan.",
        "汝窑为北宋宫廷烧造仅数十年，窑址在河南宝丰清凉寺。"),
      bi("Its opaque sky-blue glaze, said to contain powdered agate, is crazed with a fine crackle, and the piece stood on tiny spurs in the kiln, which left 'sesame-seed' marks on the base.",
        "其天青色釉乳浊温润，相传以玛瑙末入釉，釉面满布细碎开片；器物以细小支钉支烧，底部留有“芝麻钉”痕。"),
    ],
  },
  {
    key: "jun", count: 16, section: "song-north",
    type: bi("Jun ware", "钧窑瓷器"), titleWare: bi("Jun ware", "钧窑天蓝釉"), material: "stoneware",
    periods: [["northernSong", 3], ["yuan", 2]],
    forms: [["bowl", 4], ["dish", 2], ["flowerpot", 2], ["guan", 1]],
    motifs: ["plain", "purpleSplash", "purpleSplash"],
    glazes: ["#8aa3c4", "#93a9c6", "#a7b7cc"], accents: ["#8c3d6e", "#7b2f5a"], lines: 1,
    about: [
      bi("Jun ware, from Yuxian in Henan, has a thick, opalescent glaze from moon-white to sky blue.",
        "钧窑位于河南禹县（今禹州），釉层肥厚乳浊，色泽从月白到天蓝。"),
      bi("The thick glaze often shows 'earthworm tracks', where cracks in the drying glaze healed in the fire.",
        "釉面常见“蚯蚓走泥纹”，是釉层干燥时开裂、又在高温中弥合留下的痕迹。"),
    ],
  },
  {
    key: "ding", count: 20, section: "song-north", highlights: 1,
    type: bi("Ding ware", "定窑白瓷"), titleWare: bi("Ding ware", "定窑白釉"), material: "porcelain",
    periods: [["northernSong", 1]],
    forms: [["bowl", 4], ["dish", 3], ["meiping", 1], ["washer", 1]],
    motifs: ["carvedLotus", "incisedDucks", "mouldedPeony", "plain"],
    glazes: ["#efe5cc", "#f1e8d2", "#ece0c4"], lines: 0,
    about: [
      bi("Ding ware was made at Quyang in Hebei; its ivory-white glaze gathers in 'tear-drops' down the outside.",
        "定窑窑址在河北曲阳，白釉微泛牙黄，外壁常见釉水垂流形成的“泪痕”。"),
      bi("Bowls and dishes were fired upside down, leaving the rim unglazed, so it was often bound with silver or copper.",
        "碗盘多覆烧，口沿无釉形成“芒口”，故常镶以金银或铜口。"),
    ],
  },
  {
    key: "qingbai", count: 12, section: "song-north",
    type: bi("Jingdezhen qingbai porcelain", "景德镇青白瓷"), titleWare: bi("qingbai", "青白釉"), material: "porcelain",
    periods: [["northernSong", 1], ["southernSong", 2]],
    forms: [["bowl", 3], ["meiping", 2], ["ewer", 1], ["dish", 1]],
    motifs: ["incisedFlowers", "carvedLotus", "plain"],
    glazes: ["#dbe8e3", "#d4e4df", "#e1ebe6"], lines: 0,
    about: [
      bi("Qingbai, 'bluish white', was Jingdezhen's porcelain of the Song: a thin, translucent body under a glaze that pools pale blue in carved lines.",
        "青白瓷是宋代景德镇的主要产品，胎薄透光，釉色白中闪青，积釉处呈淡湖蓝色，又称“影青”。"),
    ],
  },
  {
    key: "cizhou", count: 20, section: "song-north",
    type: bi("Cizhou-type stoneware", "磁州窑系瓷器"), titleWare: bi("Cizhou-type", "磁州窑"), material: "stoneware",
    periods: [["northernSong", 3], ["yuan", 2]],
    forms: [["meiping", 3], ["guan", 2], ["yuhuchunping", 1], ["bowl", 1]],
    motifs: ["blackPeony", "sgraffito", "fish", "inscription"],
    glazes: ["#ece3cf", "#e6dcc6"], accents: ["#2a211b", "#3b2a20"], lines: 3,
    about: [
      bi("Cizhou-type wares, made at many kilns across northern China, covered a grey body in white slip and then painted, incised or carved through it.",
        "磁州窑系遍布中国北方，以灰色粗胎施白色化妆土，再加绘、划或剔刻纹饰。"),
      bi("They were the everyday pottery of Song and Yuan households, sold in markets rather than sent to court.",
        "它们是宋元百姓的日用器皿，行销于市井而非进奉宫廷。"),
    ],
  },
  {
    key: "longquan", count: 35, section: "song-south", highlights: 1,
    type: bi("Longquan celadon", "龙泉窑青瓷"), titleWare: bi("Longquan celadon", "龙泉窑青釉"), material: "celadon",
    periods: [["southernSong", 5], ["yuan", 3], ["earlyMing", 1]],
    forms: [["dish", 3], ["bowl", 3], ["mallet", 2], ["meiping", 1], ["guan", 1], ["washer", 2]],
    motifs: ["plain", "twinFish", "lotusPetals", "carvedLotus"],
    glazes: ["#93b6a2", "#7fa58a", "#6f9e7c", "#8fb5a3"], lines: 0,
    about: [
      bi("The Longquan kilns in the hills of south-west Zhejiang perfected a thick, jade-like celadon under the Southern Song, laying the glaze on in several coats.",
        "龙泉窑位于浙江西南山区，南宋时期以多次施釉烧出肥厚如玉的青釉。"),
      bi("Powder-green and plum-green were the prized colours, and Longquan wares were traded from Japan to East Africa.",
        "粉青、梅子青最为名贵，龙泉青瓷远销日本直至东非。"),
    ],
  },
  {
    key: "jian", count: 16, section: "song-south", highlights: 1,
    type: bi("Jian ware", "建窑黑釉瓷"), titleWare: bi("Jian ware", "建窑黑釉"), material: "stoneware",
    periods: [["southernSong", 3], ["northernSong", 1]],
    forms: [["teaBowl", 1]],
    motifs: ["hareFur", "hareFur", "oilSpot"],
    glazes: ["#1c1410", "#221812", "#19120e"], accents: ["#7a4a22", "#8a5a2b"], lines: 1,
    about: [
      bi("Jian ware was fired at Shuiji in Jianyang, Fujian, in long dragon kilns climbing the hillsides.",
        "建窑位于福建建阳水吉，窑炉为依山而建的长条形龙窑。"),
      bi("Such bowls were prized for whisked tea, whose white froth showed best against the dark glaze.",
        "宋人点茶以茶沫洁白为上，黑釉盏最能衬托，因而备受推崇。"),
    ],
  },
];
