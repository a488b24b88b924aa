// Jingdezhen's Qing monochromes: one glaze colour a ware, each with what the colour is and how it was fired.
import type { WareDef } from "./ceramicWares";
import { bi } from "./records";

const monochrome = (
  key: string,
  count: number,
  en: string,
  zh: string,
  about: ReturnType<typeof bi>[],
  extra: Partial<WareDef>,
): WareDef => ({
  key,
  count,
  section: "monochromes",
  type: bi(`${en} porcelain`, `${zh}瓷器`),
  titleWare: bi(en, zh),
  material: "porcelain",
  periods: [["kangxi", 1]],
  forms: [["meiping", 1]],
  motifs: ["plain"],
  glazes: ["#ffffff"],
  lines: 0,
  about,
  ...extra,
});

export const MONOCHROMES: readonly WareDef[] = [
  monochrome(
    "langyao",
    5,
    "Langyao red-glazed",
    "郎窑红釉",
    [
      bi(
        "Langyao red is named after Lang Tingji, who oversaw the kilns at Jingdezhen about 1705 to 1712; the copper-red glaze thins to white at the rim and pools almost black at the foot without running over it.",
        "郎窑红得名于约1705至1712年间督理景德镇窑务的郎廷极，铜红釉色深艳，口沿处釉薄露白，足部积釉近黑而不流釉，有“脱口垂足郎不流”之说。",
      ),
    ],
    {
      periods: [["kangxi", 1]],
      forms: [
        ["guanyin", 2],
        ["meiping", 1],
        ["bowl", 1],
      ],
      glazes: ["#a0202a", "#93202a"],
      accents: ["#f1ece4"],
      lines: 1,
      highlights: 1,
    },
  ),
  monochrome(
    "peachbloom",
    4,
    "peachbloom-glazed",
    "豇豆红釉",
    [
      bi(
        "Peachbloom, a pink copper glaze mottled with green, was made in small numbers for the scholar's desk in the late Kangxi reign.",
        "豇豆红是康熙晚期烧造的一种粉红色铜红釉，间有绿色苔点，多为数量稀少的文房用器。",
      ),
    ],
    {
      periods: [["kangxi", 1]],
      forms: [
        ["washer", 2],
        ["cup", 1],
      ],
      glazes: ["#c4776d", "#c98277"],
      accents: ["#6f8a5a"],
      lines: 0,
    },
  ),
  monochrome(
    "teadust",
    4,
    "teadust-glazed",
    "茶叶末釉",
    [
      bi(
        "Teadust glaze, a speckled olive green from iron and magnesium, recalls ancient bronzes and was a favourite of the Qianlong emperor.",
        "茶叶末釉因铁、镁结晶呈黄绿相间的细点而得名，古朴似青铜，深得乾隆皇帝喜爱。",
      ),
    ],
    {
      periods: [
        ["yongzheng", 1],
        ["qianlong", 2],
      ],
      forms: [
        ["meiping", 1],
        ["hu", 1],
        ["gourd", 1],
      ],
      glazes: ["#5e5a2e", "#6a6434"],
    },
  ),
  monochrome(
    "yellow",
    5,
    "yellow-glazed",
    "娇黄釉",
    [
      bi(
        "Bright yellow was reserved for the emperor; the Hongzhi reign's soft 'delicate yellow' was copied throughout the Qing.",
        "明黄为帝王专用之色，弘治时期柔和的“娇黄”为整个清代所仿效。",
      ),
    ],
    {
      periods: [
        ["hongzhi", 1],
        ["kangxi", 1],
        ["yongzheng", 1],
      ],
      forms: [
        ["bowl", 2],
        ["dish", 2],
      ],
      glazes: ["#e3c23c", "#e8c94a"],
    },
  ),
  monochrome(
    "clair-de-lune",
    4,
    "sky-blue-glazed",
    "天蓝釉",
    [
      bi(
        "The pale sky-blue glaze, 'clair de lune' to French collectors, was coloured by a trace of cobalt.",
        "天蓝釉以微量钴料呈色，色调淡雅，法国藏家称之为“月光色”。",
      ),
    ],
    {
      periods: [
        ["kangxi", 1],
        ["yongzheng", 1],
      ],
      forms: [
        ["tianqiuping", 1],
        ["washer", 1],
        ["mallet", 1],
      ],
      glazes: ["#b7c9dc", "#aec3d8"],
    },
  ),
  monochrome(
    "powder-blue",
    4,
    "powder-blue-glazed",
    "洒蓝釉",
    [
      bi(
        "For powder blue the cobalt was blown onto the raw glaze through a bamboo tube covered with gauze, leaving a fine, even speckle.",
        "洒蓝釉以竹管蒙纱将钴料吹洒在生坯釉面上，形成细密均匀的蓝色斑点，又称“雪花蓝”。",
      ),
    ],
    {
      periods: [["kangxi", 1]],
      forms: [
        ["guanyin", 2],
        ["gourd", 1],
        ["dish", 1],
      ],
      glazes: ["#2e4f9e", "#33549f"],
      accents: ["#d7b45a"],
      lines: 1,
    },
  ),
  monochrome(
    "ru-type",
    4,
    "Ru-type glazed",
    "仿汝釉",
    [
      bi(
        "From the Yongzheng reign on, the imperial kilns copied the glazes of the famous Song wares from pieces sent out of the palace collection.",
        "自雍正时期起，御窑厂依据宫中所藏宋代名窑瓷器仿烧各类釉色，仿汝釉即其中之一。",
      ),
    ],
    {
      periods: [
        ["yongzheng", 2],
        ["qianlong", 1],
      ],
      forms: [
        ["washer", 1],
        ["meiping", 1],
        ["tianqiuping", 1],
      ],
      glazes: ["#a9c1bb", "#b0c6c0"],
    },
  ),
  monochrome(
    "sacrificial-red",
    2,
    "sacrificial-red-glazed",
    "霁红釉",
    [
      bi(
        "The even, deep 'sacrificial red' was used for vessels of the imperial Altar of the Sun.",
        "霁红釉色深沉匀净，曾用作皇家日坛祭器。",
      ),
    ],
    {
      periods: [
        ["yongzheng", 1],
        ["qianlong", 1],
      ],
      forms: [
        ["bowl", 1],
        ["dish", 1],
      ],
      glazes: ["#8e1b22", "#861a20"],
      accents: ["#f1ece4"],
      lines: 1,
    },
  ),
];
