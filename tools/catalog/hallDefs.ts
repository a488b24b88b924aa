// What each hall is: its size, doorways, colours, the places displays stand and which sections fill them.
import type { Built } from "./records";
import type { HallDoor, HallPalette } from "./hallShell";
import { island, wallRun, type HallBox, type Place } from "./hallPlaces";
import { bi, type Bi } from "./records";

export interface HallDef {
  id: string;
  name: Bi;
  description: Bi;
  reconstructionNote: Bi;
  box: HallBox;
  /** The first is the doorway to the Bund, where visitors arrive from the city. */
  doors: HallDoor[];
  palette: HallPalette;
  holds(b: Built): boolean;
  pools: { prefix: string; places: Place[]; sections: string[]; spacing: number; takes(b: Built): boolean }[];
  sectionNames: Record<string, Bi>;
  sectionOrder: string[];
  /** Benches on the walking route, in the aisles the displays leave free (the layout checks hold them there). */
  benches: { x: number; z: number; yawDeg: number }[];
}

const VIRTUAL_NOTE = (en: string, zh: string): Bi =>
  bi(
    `A virtual gallery, not a reconstruction: no such hall stood on the Bund in the 1930s. ${en} Its objects are illustrative records modelled on well-known types, not documented pieces; their labels say so.`,
    `这是虚拟展厅，并非历史复原：20世纪30年代的外滩并没有这样一座展馆。${zh}馆内展品均为依据典型器类编写的示意性记录，并非实物档案，展签上亦有注明。`,
  );

const toBund = (at: number): HallDoor => ({
  id: "door-bund",
  side: "south",
  at,
  width: 4,
  name: bi("Back to the Bund", "返回外滩"),
  to: { scene: "bund", spawn: "from-galleries" },
  arrive: "entrance",
});
const door = (side: HallDoor["side"], scene: string, from: string, name: Bi): HallDoor => ({
  id: `door-${scene}`,
  side,
  at: 0,
  width: 4,
  name,
  to: { scene, spawn: `from-${from}` },
  arrive: `from-${scene}`,
});

const warm = {
  key: { intensity: 0.55, color: "#ffe2bd" },
  fill: { intensity: 0.85, color: "#fff1dc", groundColor: "#6a5844" },
};

const ceramicsBox: HallBox = {
  halfW: 32,
  halfD: 18,
  doors: [
    { side: "south", at: 0, width: 4 },
    { side: "west", at: 0, width: 4 },
    { side: "east", at: 0, width: 4 },
  ],
};
const caseRun = { target: 8, gap: 1.2, depth: 0.7, offset: 0.7, cornerClear: 2.8, doorClear: 2 };

const ceramics: HallDef = {
  id: "ceramics",
  name: bi("Ceramics Hall", "陶瓷馆"),
  description: bi(
    "Five thousand years of Chinese ceramics, from Neolithic painted pottery to Republic-period porcelain, arranged from the west end of the hall to the east by period.",
    "五千年的中国陶瓷，从新石器时代彩陶到民国瓷器，自展厅西端至东端按时代陈列。",
  ),
  reconstructionNote: VIRTUAL_NOTE("The hall and its cases were designed for this museum.", "展厅与展柜均为本馆设计。"),
  box: ceramicsBox,
  doors: [
    toBund(0),
    door("west", "calligraphy-painting", "ceramics", bi("Calligraphy and Painting Hall", "书画馆")),
    door("east", "bronzes", "ceramics", bi("Bronze Hall", "青铜馆")),
  ],
  palette: { wall: "#d8d0c0", floor: "#6b5a48", ceiling: "#efe9de", light: "daylight", ...warm },
  holds: (b) => b.record.category === "ceramic",
  pools: [
    {
      prefix: "case",
      places: [
        ...(["north", "south", "east", "west"] as const).flatMap((side) => wallRun(ceramicsBox, side, "case", caseRun)),
        ...[-22, -11, 11, 22].flatMap((x) =>
          [-12.5, -7.5, 7.5, 12.5].flatMap((z) => island("case", x, z, 7, 0.7, "x")),
        ),
      ],
      sections: ["early", "tang", "song-north", "song-south", "blue-and-white", "enamels", "monochromes", "late"],
      spacing: 0.14,
      takes: () => true,
    },
  ],
  sectionNames: {
    early: bi("Neolithic and Han pottery", "新石器时代与汉代陶器"),
    tang: bi("Tang ceramics", "唐代陶瓷"),
    "song-north": bi("Song wares: Ru, Jun, Ding, qingbai and Cizhou", "宋代名窑：汝、钧、定、青白瓷与磁州窑"),
    "song-south": bi("Longquan celadon and Jian tea bowls", "龙泉青瓷与建窑茶盏"),
    "blue-and-white": bi("Blue-and-white, Yuan to Kangxi", "青花：从元代到康熙"),
    enamels: bi("Doucai, wucai and famille rose", "斗彩、五彩与粉彩"),
    monochromes: bi("Qing monochrome glazes", "清代单色釉"),
    late: bi("Dehua white and Republic porcelain", "德化白瓷与民国瓷器"),
  },
  sectionOrder: ["early", "tang", "song-north", "song-south", "blue-and-white", "enamels", "monochromes", "late"],
  benches: [-16.5, 16.5].map((x) => ({ x, z: 0, yawDeg: 0 })),
};

const bronzesBox: HallBox = {
  halfW: 26,
  halfD: 16,
  doors: [
    { side: "south", at: 0, width: 4 },
    { side: "west", at: 0, width: 4 },
  ],
};
const plinthRun = { target: 8, gap: 1.5, depth: 0.9, offset: 1.2, cornerClear: 3, doorClear: 2 };
const onPlinths = (b: Built) =>
  b.record.form.kind === "bronze" && ["ding", "zun", "hu", "jian", "zhong"].includes(b.record.form.vessel);

const bronzes: HallDef = {
  id: "bronzes",
  name: bi("Bronze Hall", "青铜馆"),
  description: bi(
    "Ritual vessels, bells and mirrors from the Shang to the Tang: large vessels on plinths around the walls, cups, food vessels and mirrors in the cases.",
    "从商代到唐代的礼器、编钟与铜镜：大型器物陈列于沿墙的展台上，酒器、食器和铜镜陈列于展柜中。",
  ),
  reconstructionNote: VIRTUAL_NOTE(
    "The dark walls and low light follow the way bronzes are often shown today.",
    "深色墙面与低照度参照了当今青铜器展陈的常见做法。",
  ),
  box: bronzesBox,
  doors: [toBund(0), door("west", "ceramics", "bronzes", bi("Ceramics Hall", "陶瓷馆"))],
  palette: {
    wall: "#3b3633",
    floor: "#4a4038",
    ceiling: "#2a2623",
    light: "spotlit",
    key: { intensity: 0.6, color: "#ffdcb0" },
    fill: { intensity: 0.6, color: "#f3e2c8", groundColor: "#3a3028" },
  },
  holds: (b) => b.record.category === "bronze",
  pools: [
    {
      prefix: "plinths",
      places: [
        ...(["north", "south", "east", "west"] as const).flatMap((side) =>
          wallRun(bronzesBox, side, "plinths", plinthRun),
        ),
        ...[-17, 17].flatMap((x) => [-10.5, 10.5].flatMap((z) => island("plinths", x, z, 6, 0.9, "x"))),
      ],
      sections: ["shang", "western-zhou", "eastern-zhou", "han", "bells"],
      spacing: 0.35,
      takes: onPlinths,
    },
    {
      prefix: "case",
      places: [-8, 8].flatMap((x) => [-10.5, -5.5, 5.5, 10.5].flatMap((z) => island("case", x, z, 6, 0.7, "x"))),
      sections: ["shang", "western-zhou", "mirrors"],
      spacing: 0.14,
      takes: (b) => !onPlinths(b),
    },
  ],
  sectionNames: {
    shang: bi("Shang ritual bronzes", "商代礼器"),
    "western-zhou": bi("Western Zhou ritual bronzes", "西周礼器"),
    "eastern-zhou": bi("Bronzes of the Eastern Zhou states", "东周列国青铜器"),
    han: bi("Han bronzes", "汉代青铜器"),
    bells: bi("Zhong bells", "甬钟"),
    mirrors: bi("Bronze mirrors, Warring States to Tang", "铜镜：从战国到唐"),
  },
  sectionOrder: ["shang", "western-zhou", "eastern-zhou", "han", "bells", "mirrors"],
  benches: [-12.5, 12.5].map((x) => ({ x, z: 0, yawDeg: 0 })),
};

const paintingBox: HallBox = {
  halfW: 36,
  halfD: 20,
  doors: [
    { side: "south", at: 0, width: 4 },
    { side: "east", at: 0, width: 4 },
    { side: "west", at: 0, width: 4 },
  ],
};
const hangRun = { target: 10, gap: 1, depth: 0.1, offset: 0.1, cornerClear: 2.3, doorClear: 2 };
const onTables = (b: Built) =>
  (b.record.form.kind === "scroll" && b.record.form.mounting === "handscroll") || b.record.form.kind === "seal";

const calligraphyPainting: HallDef = {
  id: "calligraphy-painting",
  name: bi("Calligraphy and Painting Hall", "书画馆"),
  description: bi(
    "Calligraphy in the five scripts, Ming and Qing literati painting, the Shanghai School and oil painting in 1930s Shanghai, with scholars' seals of Shoushan stone.",
    "五体书法、明清文人画、海派绘画与20世纪30年代的上海油画，并陈列文人所用的寿山石印章。",
  ),
  reconstructionNote: VIRTUAL_NOTE(
    "Scrolls hang on the walls and on free-standing panels; handscrolls and seals lie in table cases.",
    "立轴悬挂于墙面和独立展板上，手卷与印章平置于桌柜中。",
  ),
  box: paintingBox,
  doors: [
    toBund(0),
    door("east", "ceramics", "calligraphy-painting", bi("Ceramics Hall", "陶瓷馆")),
    door("west", "calligraphy-studio", "calligraphy-painting", bi("Calligraphy Studio", "书法工作室")),
  ],
  // Paper and silk are kept in low light: warm grey walls, a dim room, the works lit at their walls and cases.
  palette: {
    wall: "#9c907c",
    floor: "#5e4e3e",
    ceiling: "#4a4239",
    light: "conservation",
    key: { intensity: 0.4, color: "#ffe0b8" },
    fill: { intensity: 0.65, color: "#f6e6cc", groundColor: "#4a3c2e" },
  },
  holds: (b) => b.record.category === "calligraphy" || b.record.category === "painting" || b.record.category === "seal",
  pools: [
    {
      prefix: "wall",
      places: [
        ...(["north", "south", "east", "west"] as const).flatMap((side) => wallRun(paintingBox, side, "wall", hangRun)),
        ...[-25, 25].flatMap((x) => [-15, -10, 10, 15].flatMap((z) => island("wall", x, z, 10, 0.15, "x", true))),
        ...[-11, 11].flatMap((x) => [-15, 15].flatMap((z) => island("wall", x, z, 10, 0.15, "x", true))),
      ],
      sections: ["calligraphy-ming", "calligraphy-qing", "calligraphy-republic", "literati", "shanghai-school", "oil"],
      spacing: 0.25,
      takes: (b) => !onTables(b),
    },
    {
      prefix: "table",
      places: [-25, -11, 11, 25].flatMap((x) => [-5, 5].flatMap((z) => island("table-case", x, z, 6.5, 0.8, "x"))),
      sections: ["calligraphy-ming", "calligraphy-qing", "calligraphy-republic", "literati", "seals"],
      spacing: 0.15,
      takes: onTables,
    },
  ],
  sectionNames: {
    "calligraphy-ming": bi("Ming calligraphy", "明代书法"),
    "calligraphy-qing": bi("Qing calligraphy", "清代书法"),
    "calligraphy-republic": bi("Calligraphy of the Republic", "民国书法"),
    literati: bi("Ming and Qing literati painting", "明清文人画"),
    "shanghai-school": bi("The Shanghai School", "海派绘画"),
    oil: bi("Oil painting in 1930s Shanghai", "20世纪30年代上海油画"),
    seals: bi("Shoushan-stone seals", "寿山石印章"),
  },
  sectionOrder: [
    "calligraphy-ming",
    "calligraphy-qing",
    "calligraphy-republic",
    "literati",
    "shanghai-school",
    "oil",
    "seals",
  ],
  benches: [-18, 18].map((x) => ({ x, z: 0, yawDeg: 0 })),
};

export const HALL_DEFS: readonly HallDef[] = [ceramics, bronzes, calligraphyPainting];
