// Builds the seal records: Shoushan-stone (and a few jade) seals of the Qing and Republic, with knobs and legends.
import type { Artifact } from "../../common/catalog";
import { fittingManner, type Manner } from "./makers";
import { titlePrefix, type PeriodKey } from "./periods";
import { randomFor } from "./random";
import { bi, ILLUSTRATIVE_LINE, envelope, periodOf, sentences, spanPhrase, type Bi, type Built } from "./records";

type Knob = "flat" | "beast" | "tile" | "ring";

const STONES = [
  {
    name: bi("tianhuang stone", "田黄石"),
    colour: ["#d4a23c", "#c9952f"],
    weight: 1,
    note: bi(
      "Tianhuang, found as pebbles in the paddy fields of Shoushan village, was said to be worth more than its weight in gold.",
      "田黄石出于寿山村的水田之中，为独石，素有“一两田黄三两金”之说。",
    ),
  },
  {
    name: bi("furong stone", "芙蓉石"),
    colour: ["#eee3d0", "#f1e6d6"],
    weight: 3,
    note: bi(
      "Furong stone, milky white to pale pink, is prized for its fine, jade-like texture.",
      "芙蓉石色如乳白至淡粉，质地细腻温润如玉。",
    ),
  },
  {
    name: bi("gaoshan stone", "高山石"),
    colour: ["#d6a98a", "#cf9f86", "#e0bfa4"],
    weight: 4,
    note: bi(
      "Gaoshan stone, the most common Shoushan stone, comes in bands of white, pink and brown.",
      "高山石是最常见的寿山石，色呈白、粉、褐相间的纹理。",
    ),
  },
  {
    name: bi("duling stone", "杜陵坑石"),
    colour: ["#c98b4f", "#bf8045"],
    weight: 2,
    note: bi(
      "Duling stone, a warm yellow-brown from a single famous pit, is dense and glossy.",
      "杜陵坑石出自寿山著名的杜陵坑，色呈暖黄褐，质地凝结而有光泽。",
    ),
  },
  {
    name: bi("shanbo stone", "善伯洞石"),
    colour: ["#b86e5a", "#a9624f"],
    weight: 2,
    note: bi(
      "Shanbo stone, reddish and flecked with fine 'gold sand', is named after the man said to have died finding it.",
      "善伯洞石色泽偏红，内含细密的“金砂”，相传因发现此洞而丧生的善伯得名。",
    ),
  },
] as const;

const KNOBS: Record<Knob, { name: Bi; zh: string }> = {
  flat: { name: bi("", ""), zh: "方章" },
  beast: { name: bi("a lion knob", "狮钮"), zh: "印" },
  tile: { name: bi("a tile-shaped knob", "瓦钮"), zh: "印" },
  ring: { name: bi("a ring knob", "环钮"), zh: "印" },
};

const LEGENDS: readonly Bi[] = [
  bi("Lasting Joy", "长乐"),
  bi("Peace and Safety", "平安"),
  bi("Clear Breeze, Bright Moon", "清风明月"),
  bi("Wandering in the Arts", "游于艺"),
  bi("Tranquillity Reaches Far", "宁静致远"),
  bi("Listening to the Rain", "听雨"),
  bi("Rivers and Mountains Like a Painting", "江山如画"),
  bi("Taking the Ancients as Companions", "与古为徒"),
  bi("Contentment Is Happiness", "知足常乐"),
  bi("Between Clouds and Water", "云水间"),
  bi("Studio for Listening to the Pines", "听松斋"),
  bi("Plum Blossom Study", "梅花书屋"),
  bi("Fair Flowers, Full Moon", "花好月圆"),
  bi("A Heart of Ice in a Jade Vessel", "一片冰心在玉壶"),
  bi("By the Huangpu", "家在黄浦江边"),
  bi("Great Freedom", "得大自在"),
];

/** The four manners of seal carving a record may follow; the Zhe and Wan schools are older than every seal here. */
const MANNERS: readonly Manner[] = [
  {
    maker: null,
    line: bi(
      "Carved by an unknown hand in the manner of the Zhe school of Hangzhou, with short, chiselled cuts.",
      "刻者不详，刀法近浙派，以短切刀刻成。",
    ),
  },
  {
    maker: "dengShiru",
    line: bi(
      "Carved by an unknown hand in the manner of Deng Shiru's Wan school, with smooth, rounded strokes.",
      "刻者不详，风格近邓石如一路的皖派，线条圆润流畅。",
    ),
  },
  {
    maker: "wuChangshuo",
    line: bi(
      "Carved by an unknown hand in the manner of Wu Changshuo, with rough, weathered edges like an ancient seal.",
      "刻者不详，风格近吴昌硕，边栏残破斑驳，如古印般浑朴。",
    ),
  },
  {
    maker: "huangShiling",
    line: bi(
      "Carved by an unknown hand in the manner of Huang Shiling, crisp and straight as cast bronze.",
      "刻者不详，风格近黄士陵，线条光洁挺直，有铜器铸款之感。",
    ),
  },
];

const ABOUT = bi(
  "Shoushan stone, a soft, waxy stone from the hills north of Fuzhou, has been the scholar's favourite seal stone since the Ming, because it cuts easily and takes a polish.",
  "寿山石产于福州北郊山中，质地温润、易于奏刀，磨光后光泽可人，明代以来深受文人喜爱。",
);
const USE = bi(
  "Pressed into red seal paste, a seal like this marked a painting or a book as its owner's.",
  "钤以朱红印泥，此类印章用于在书画或书籍上标明收藏者的身份。",
);
const PERIODS_: readonly (readonly [PeriodKey, number])[] = [
  ["qianlong", 1],
  ["jiaqing", 1],
  ["daoguang", 1],
  ["tongzhi", 1],
  ["guangxu", 3],
  ["republic1910s", 1],
  ["republic1920s", 2],
  ["republic1930s", 2],
];

export const SEAL_COUNT = 60;

export function buildSeals(): Built[] {
  const rnd = randomFor("seal");
  const out: Built[] = [];
  for (let n = 1; n <= SEAL_COUNT; n++) {
    const periodKey = rnd.weighted(PERIODS_);
    const stone = rnd.weighted(STONES.map((s) => [s, s.weight] as const));
    const knob = rnd.weighted<Knob>([
      ["flat", 3],
      ["beast", 3],
      ["tile", 1],
      ["ring", 1],
    ]);
    const legend = rnd.pick(LEGENDS);
    const relief = rnd.chance(0.5);
    const face = rnd.range(2, 5, 1);
    const heightCm = rnd.range(knob === "flat" ? 3.5 : 4.5, knob === "flat" ? 8 : 9.5, 1);
    const k = KNOBS[knob];
    const period = periodOf(periodKey);
    const title = {
      en: `${stone.name.en.charAt(0).toUpperCase()}${stone.name.en.slice(1)} seal${k.name.en ? ` with ${k.name.en}` : ""}: '${legend.en}'`,
      zh: `${titlePrefix(periodKey)}寿山${stone.name.zh}${k.name.zh}“${legend.zh}”${k.zh}`,
    };
    const cut = relief
      ? bi(
          `The legend, ${legend.zh} ('${legend.en}'), is cut in relief, so it prints as red characters.`,
          `印文“${legend.zh}”为朱文，钤出红字。`,
        )
      : bi(
          `The legend, ${legend.zh} ('${legend.en}'), is cut in intaglio, so it prints as white characters on red.`,
          `印文“${legend.zh}”为白文，钤出红地白字。`,
        );
    const chosen = fittingManner(rnd.pick(MANNERS), MANNERS, period) ?? MANNERS[0];
    const manner = chosen.line;
    const record: Artifact = {
      ...envelope("seal", n, bi("Shoushan-stone seals of the Qing and Republic", "清代及民国寿山石印章")),
      title,
      description: sentences([ABOUT, stone.note, cut, manner, USE]),
      period,
      material: "soapstone",
      dimensions: { heightCm, widthCm: face, depthCm: face },
      form: { kind: "seal", stone: rnd.pick(stone.colour), knob },
      illustrative: true,
    };
    const span = spanPhrase(period.startYear, period.endYear);
    const script = [
      bi(`This seal of ${stone.name.en} was carved ${span.en}.`, `这方${stone.name.zh}印章刻于${span.zh}。`),
      stone.note,
      cut,
      USE,
      ILLUSTRATIVE_LINE,
    ];
    const objectType = bi("seal", "印章");
    out.push({
      record,
      section: "seals",
      group: "seal",
      objectType,
      maker: chosen.maker,
      ...(n === 1 ? { script } : {}),
    });
  }
  return out;
}
