// Builds the calligraphy records: classical texts in the five scripts, written by anonymous hands in period manners.
import type { Artifact, Material } from "../../common/catalog";
import { fittingManner, MAKERS, type MakerKey, type Manner } from "./makers";
import { PERIODS, titlePrefix, type PeriodKey } from "./periods";
import { randomFor } from "./random";
import { bi, ILLUSTRATIVE_LINE, envelope, periodOf, sentences, spanPhrase, type Bi, type Built } from "./records";
import { artSeed, groundColour, mountColour, MOUNTINGS, scrollSize, type Mounting } from "./scrolls";

type Script = "kaishu" | "xingshu" | "caoshu" | "lishu" | "zhuanshu";

const SCRIPTS: Record<Script, { name: Bi; note: Bi }> = {
  kaishu: {
    name: bi("regular script", "楷书"),
    note: bi(
      "Regular script, each stroke made separately and each character square and balanced, has been the standard hand since the Tang.",
      "楷书笔画分明、结体方正，自唐代以来一直是标准书体。",
    ),
  },
  xingshu: {
    name: bi("running script", "行书"),
    note: bi(
      "Running script joins strokes for speed while staying legible: the hand of letters and of poems exchanged among friends.",
      "行书笔画连带、书写便捷而不失可读，是书信与诗文唱和最常用的书体。",
    ),
  },
  caoshu: {
    name: bi("cursive script", "草书"),
    note: bi(
      "In cursive script whole characters collapse into a few sweeping strokes; it is read as much for its rhythm as for its words.",
      "草书将整字简化为几笔连绵的线条，观者欣赏其节奏不亚于其文字。",
    ),
  },
  lishu: {
    name: bi("clerical script", "隶书"),
    note: bi(
      "Clerical script, the official hand of the Han, with flat characters and flaring horizontal strokes, was revived by Qing scholars who studied ancient steles.",
      "隶书是汉代的官方书体，字形扁平、横画波挑，清代学者研究古代碑刻时使之复兴。",
    ),
  },
  zhuanshu: {
    name: bi("seal script", "篆书"),
    note: bi(
      "Seal script, with even, rounded lines, goes back to bronze inscriptions and the Qin unification of writing; Qing calligraphers revived it from ancient stones.",
      "篆书线条匀整圆转，源于青铜器铭文和秦统一文字；清代书家从古代石刻中使之复兴。",
    ),
  },
};

interface Text {
  en: string;
  zh: string;
  /** Short poems suit a hanging scroll or a fan; long prose a handscroll or an album. */
  long: boolean;
}

const TEXTS: readonly Text[] = [
  { en: "Wang Wei's poem 'Deer Park'", zh: "王维《鹿柴》诗", long: false },
  { en: "Li Bai's poem 'Quiet Night Thoughts'", zh: "李白《静夜思》诗", long: false },
  { en: "Du Fu's poem 'Spring View'", zh: "杜甫《春望》诗", long: false },
  { en: "Zhang Ji's poem 'Night Mooring at Maple Bridge'", zh: "张继《枫桥夜泊》诗", long: false },
  { en: "Wang Zhihuan's poem 'At Stork Tower'", zh: "王之涣《登鹳雀楼》诗", long: false },
  { en: "Meng Haoran's poem 'Spring Dawn'", zh: "孟浩然《春晓》诗", long: false },
  { en: "Du Mu's poem 'Mountain Walk'", zh: "杜牧《山行》诗", long: false },
  {
    en: "Li Bai's poem 'Seeing Off Meng Haoran at Yellow Crane Tower'",
    zh: "李白《黄鹤楼送孟浩然之广陵》诗",
    long: false,
  },
  { en: "Su Shi's lyric 'Prelude to Water Melody'", zh: "苏轼《水调歌头》词", long: false },
  { en: "Liu Yuxi's 'Inscription for a Humble Dwelling'", zh: "刘禹锡《陋室铭》", long: false },
  { en: "Zhou Dunyi's 'On Loving the Lotus'", zh: "周敦颐《爱莲说》", long: false },
  { en: "Zhuge Liang's 'Admonition to His Son'", zh: "诸葛亮《诫子书》", long: false },
  { en: "Su Shi's 'Ode on the Red Cliff'", zh: "苏轼《赤壁赋》", long: true },
  { en: "Tao Yuanming's 'Return Home!'", zh: "陶渊明《归去来兮辞》", long: true },
  { en: "Wang Xizhi's 'Preface to the Orchid Pavilion Poems'", zh: "王羲之《兰亭集序》", long: true },
  { en: "the Heart Sutra", zh: "《心经》", long: true },
  { en: "the Thousand Character Classic", zh: "《千字文》", long: true },
  { en: "Fan Zhongyan's 'Record of Yueyang Tower'", zh: "范仲淹《岳阳楼记》", long: true },
  { en: "Ouyang Xiu's 'Pavilion of the Old Drunkard'", zh: "欧阳修《醉翁亭记》", long: true },
  { en: "Bai Juyi's 'Song of the Pipa'", zh: "白居易《琵琶行》", long: true },
];

interface Era {
  periods: readonly (readonly [PeriodKey, number])[];
  scripts: readonly (readonly [Script, number])[];
  /** Period manners, with the scripts each master is known for. */
  manners: readonly (Manner & { scripts: readonly Script[] })[];
  note: Bi;
}

/** Generated works are never given to a named master: at most "in the manner of", in the scripts he wrote. */
const manner = (maker: MakerKey, en: string, zh: string, scripts: Script[]) => ({
  maker,
  line: bi(
    `Written by an unknown hand in the manner of ${MAKERS[maker].name.en}, ${en}.`,
    `书者不详，书风近${MAKERS[maker].name.zh}，${zh}。`,
  ),
  scripts,
});

const ERAS: readonly Era[] = [
  {
    periods: [
      ["jiajing", 2],
      ["wanli", 3],
      ["chongzhen", 1],
    ],
    scripts: [
      ["xingshu", 4],
      ["caoshu", 3],
      ["kaishu", 2],
    ],
    manners: [
      manner("wenZhengming", "with neat, upright strokes", "笔画工整挺秀", ["kaishu", "xingshu"]),
      manner("zhuYunming", "wild and free in its cursive", "草书狂放不羁", ["caoshu"]),
      manner("dongQichang", "light, spacious and unhurried", "疏朗淡雅、从容不迫", ["xingshu", "caoshu"]),
    ],
    note: bi(
      "Ming scholars of Suzhou and Songjiang made calligraphy a daily art of friendship, writing poems for one another on scrolls and fans.",
      "明代苏州、松江一带的文人把书法视为日常交往的艺术，常在卷轴和扇面上书诗相赠。",
    ),
  },
  {
    periods: [
      ["kangxi", 2],
      ["qianlong", 3],
    ],
    scripts: [
      ["xingshu", 4],
      ["kaishu", 3],
      ["caoshu", 1],
    ],
    manners: [
      manner("liuYong", "plump and soft in the ink", "用墨丰腴厚重", ["kaishu", "xingshu"]),
      manner("dongQichang", "as the Kangxi court preferred", "正合康熙朝的审美", ["xingshu", "caoshu"]),
    ],
    note: bi(
      "The Kangxi and Qianlong emperors favoured the elegant running script of Dong Qichang and Zhao Mengfu, and their officials wrote in the same manner.",
      "康熙、乾隆两帝推崇董其昌、赵孟頫一路的秀雅书风，朝臣书风多受其影响。",
    ),
  },
  {
    periods: [
      ["jiaqing", 1],
      ["daoguang", 2],
      ["xianfeng", 1],
      ["tongzhi", 1],
      ["guangxu", 3],
    ],
    scripts: [
      ["lishu", 3],
      ["zhuanshu", 2],
      ["xingshu", 3],
      ["kaishu", 2],
    ],
    manners: [
      manner("dengShiru", "with the weight of ancient stone inscriptions", "有古代碑刻的浑厚", ["zhuanshu", "lishu"]),
      manner("yiBingshou", "in broad, square strokes", "方整宽博", ["lishu"]),
      manner("heShaoji", "with the trembling line of his turned-wrist brush", "回腕执笔，线条颤涩", [
        "xingshu",
        "kaishu",
      ]),
      manner("zhaoZhiqian", "in the style of Northern Wei steles", "取法北魏碑刻", ["kaishu", "zhuanshu"]),
    ],
    note: bi(
      "From the Jiaqing reign on, the 'stele school' turned from the copybooks of the old masters to inscriptions on ancient stones and bronzes.",
      "嘉庆以后“碑学”兴起，书家由法帖转向古代碑刻与金石文字。",
    ),
  },
  {
    periods: [
      ["republic1910s", 1],
      ["republic1920s", 2],
      ["republic1930s", 2],
      ["republic1940s", 1],
    ],
    scripts: [
      ["xingshu", 3],
      ["zhuanshu", 2],
      ["caoshu", 2],
      ["kaishu", 1],
      ["lishu", 1],
    ],
    manners: [
      manner("wuChangshuo", "drawn from the Stone Drums of the Qin", "取法石鼓文", ["zhuanshu"]),
      manner("shenYinmo", "clean and poised, after the Jin masters", "清劲遒丽，上追晋人", ["xingshu", "kaishu"]),
      manner("yuYouren", "in his simplified 'standard cursive'", "近其“标准草书”", ["caoshu"]),
    ],
    note: bi(
      "In Republican Shanghai calligraphers lived by the brush, selling through the fan-and-paper shops and printing their price lists in the newspapers.",
      "民国时期的上海，书家以笔墨为生，通过笺扇庄出售作品，并在报纸上刊登润例。",
    ),
  },
];

export const CALLIGRAPHY_COUNT = 150;

function mountingFor(text: Text, rnd: ReturnType<typeof randomFor>): Mounting {
  return text.long
    ? rnd.weighted<Mounting>([
        ["handscroll", 3],
        ["album-leaf", 4],
        ["hanging", 1],
      ])
    : rnd.weighted<Mounting>([
        ["hanging", 6],
        ["fan", 3],
        ["album-leaf", 2],
      ]);
}

export function buildCalligraphy(): Built[] {
  const rnd = randomFor("calligraphy");
  const out: Built[] = [];
  const narrated = new Set<Script>();
  for (let n = 1; n <= CALLIGRAPHY_COUNT; n++) {
    const era = rnd.weighted(ERAS.map((e, i) => [e, [6, 5, 8, 6][i]] as const));
    const periodKey = rnd.weighted(era.periods);
    const script = rnd.weighted(era.scripts);
    const text = rnd.pick(TEXTS);
    const mounting = mountingFor(text, rnd);
    const material: Material = PERIODS[periodKey].era === "ming" && rnd.chance(0.25) ? "ink-on-silk" : "ink-on-paper";
    const m = MOUNTINGS[mounting];
    const s = SCRIPTS[script];
    const title = bi(
      `${text.en} in ${s.name.en}, ${m.name.en}`,
      `${titlePrefix(periodKey)}${s.name.zh}${text.zh}${m.zhSuffix}`,
    );
    const fitting = era.manners.filter((mn) => mn.scripts.includes(script));
    const drawn = fitting.length > 0 && rnd.chance(0.55) ? rnd.pick(fitting) : null;
    const chosen = drawn && fittingManner(drawn, fitting, periodOf(periodKey));
    const mannerLine =
      chosen?.line ??
      bi("The calligrapher did not sign it, or the signature has been lost.", "书者未署名款，或款识已佚。");
    const period = periodOf(periodKey);
    const record: Artifact = {
      ...envelope(
        "calligraphy",
        n,
        bi(`${s.name.en} calligraphy of the ${period.name.en}`, `${period.name.zh}${s.name.zh}书法`),
      ),
      title: { en: title.en.charAt(0).toUpperCase() + title.en.slice(1), zh: title.zh },
      description: sentences([
        bi(`A transcription of ${text.en} in ${s.name.en}.`, `此作以${s.name.zh}书写${text.zh}。`),
        s.note,
        mannerLine,
        era.note,
        m.note,
      ]),
      period,
      material,
      dimensions: scrollSize(mounting, rnd),
      form: {
        kind: "scroll",
        mounting,
        paper: groundColour(material, mounting, rnd),
        mount: mountColour(rnd),
        art: { subject: "calligraphy", seed: artSeed(rnd) },
      },
      illustrative: true,
    };
    // One narration per script, on a hanging scroll or handscroll that a visitor can read across the room.
    const speak = !narrated.has(script) && (mounting === "hanging" || mounting === "handscroll");
    if (speak) narrated.add(script);
    const span = spanPhrase(period.startYear, period.endYear);
    const script_ = [
      bi(
        `This ${m.name.en} was written ${span.en}: ${text.en}, in ${s.name.en}.`,
        `这件${m.name.zh}书写于${span.zh}，内容为${text.zh}，书体为${s.name.zh}。`,
      ),
      s.note,
      era.note,
      ILLUSTRATIVE_LINE,
    ];
    out.push({
      record,
      section: `calligraphy-${period.era}`,
      group: mounting,
      objectType: m.name,
      maker: chosen?.maker ?? null,
      ...(speak ? { script: script_ } : {}),
    });
  }
  return out;
}
