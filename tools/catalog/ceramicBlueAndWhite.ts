// Jingdezhen's blue-and-white: the Yuan wares painted with Persian cobalt, the Ming reigns' blues, Kangxi's.
import type { WareDef } from "./ceramicWares";
import { bi } from "./records";

const xuandeNote = bi(
  "In the Yongle and Xuande reigns the imperial kilns painted with imported 'sumali' cobalt, which ran into dark, almost black spots where it gathered — an effect later potters tried hard to imitate.",
  "永乐、宣德年间御器厂使用进口“苏麻离青”钴料，发色浓艳，聚料处呈黑褐色斑点，后世竭力模仿。",
);
const jiajingNote = bi(
  "In the Jiajing and Wanli reigns Jingdezhen used 'huiqing' cobalt mixed with local blue, which gave a strong, purplish tone.",
  "嘉靖、万历时期使用“回青”料并掺入国产青料，发色浓艳而泛紫。",
);
const transitionNote = bi(
  "When imperial orders dried up in the last decades of the Ming, Jingdezhen's painters worked freely for merchants and for export, with landscapes and scenes from novels and plays.",
  "明末官窑订单锐减，景德镇画工转而为商贾和外销市场生产，画风自由，多绘山水及小说戏曲人物。",
);

/** Yuan blue-and-white. */
export const YUAN_BLUE_AND_WHITE: WareDef = {
  key: "yuan-blue-and-white",
  count: 20,
  section: "blue-and-white",
  highlights: 1,
  type: bi("Yuan blue-and-white porcelain", "元青花瓷"),
  titleWare: bi("blue-and-white", "青花"),
  material: "porcelain",
  periods: [["lateYuan", 1]],
  forms: [
    ["meiping", 3],
    ["guan", 3],
    ["dish", 3],
    ["yuhuchunping", 2],
    ["gourd", 1],
    ["stemCup", 1],
  ],
  motifs: ["dragon", "peonyScroll", "fish", "lotusPond", "phoenix", "figures", "lotusScroll"],
  glazes: ["#eef1f0", "#f0f2ef"],
  accents: ["#1c3a8a", "#23408f"],
  lines: 4,
  about: [
    bi(
      "Blue-and-white came of age at Jingdezhen under the Yuan, painted with cobalt imported from Persia.",
      "青花瓷在元代景德镇走向成熟，以进口自波斯的钴料绘画。",
    ),
    bi(
      "Crowded bands of decoration and very large sizes suited the markets of the Islamic world, where many Yuan pieces still survive.",
      "层层繁密的纹饰和硕大的器型适应伊斯兰世界的需求，许多元青花至今仍保存在那里。",
    ),
  ],
};

/** Ming blue-and-white, reign by reign. */
export const MING_BLUE_AND_WHITE: WareDef = {
  key: "ming-blue-and-white",
  count: 70,
  section: "blue-and-white",
  highlights: 1,
  type: bi("Ming blue-and-white porcelain", "明代青花瓷"),
  titleWare: bi("blue-and-white", "青花"),
  material: "porcelain",
  periods: [
    ["xuande", 4],
    ["yongle", 3],
    ["chenghua", 2],
    ["hongzhi", 1],
    ["zhengde", 1],
    ["jiajing", 3],
    ["wanli", 3],
    ["tianqi", 1],
    ["chongzhen", 2],
  ],
  forms: [
    ["meiping", 2],
    ["yuhuchunping", 2],
    ["bowl", 4],
    ["dish", 4],
    ["stemCup", 2],
    ["gourd", 1],
    ["guan", 2],
    ["cup", 2],
    ["tianqiuping", 1],
  ],
  motifs: [
    "lotusScroll",
    "peonyScroll",
    "dragon",
    "phoenix",
    "threeFriends",
    "fruit",
    "waves",
    "emblems",
    "boys",
    "figures",
    "landscape",
    "fish",
  ],
  glazes: ["#f2f4f3", "#eef2f1", "#f4f5f1"],
  accents: ["#1f3f8f"],
  lines: 3,
  periodAccents: {
    xuande: ["#1c3a8a", "#17337d"],
    yongle: ["#1e3d8c"],
    chenghua: ["#4a67a8", "#5570ad"],
    hongzhi: ["#50689e"],
    zhengde: ["#3d5a9a"],
    jiajing: ["#3b3f9a", "#3a3a8f"],
    wanli: ["#34409a"],
    tianqi: ["#3a5a9e"],
    chongzhen: ["#2c4f9a"],
  },
  about: [
    bi(
      "Jingdezhen in Jiangxi, where the Ming emperors set up their imperial kilns in the early fifteenth century, made the finest blue-and-white of its age.",
      "江西景德镇在明初设立御器厂，所产青花瓷为一时之冠。",
    ),
  ],
  periodNotes: {
    yongle: xuandeNote,
    xuande: xuandeNote,
    chenghua: bi(
      "Chenghua porcelain is small, thin and delicately painted in a soft, pale blue from local cobalt; collectors have prized it since the sixteenth century.",
      "成化瓷器胎薄体小，以国产“平等青”绘画，青花淡雅柔和，自明代后期起即为藏家珍视。",
    ),
    hongzhi: bi("Under Hongzhi and Zhengde the blue grew quieter and greyer.", "弘治、正德时期青花色调趋于淡雅灰蓝。"),
    zhengde: bi(
      "Some Zhengde pieces carry Arabic or Persian inscriptions, made for Muslim officials at court.",
      "正德朝部分器物书有阿拉伯文或波斯文，与宫中的回族官员有关。",
    ),
    jiajing: jiajingNote,
    wanli: jiajingNote,
    tianqi: transitionNote,
    chongzhen: transitionNote,
  },
};

/** Kangxi blue-and-white. */
export const KANGXI_BLUE_AND_WHITE: WareDef = {
  key: "kangxi-blue-and-white",
  count: 25,
  section: "blue-and-white",
  highlights: 1,
  type: bi("Kangxi blue-and-white porcelain", "康熙青花瓷"),
  titleWare: bi("blue-and-white", "青花"),
  material: "porcelain",
  periods: [["kangxi", 1]],
  forms: [
    ["guanyin", 3],
    ["gourd", 1],
    ["dish", 2],
    ["bowl", 2],
    ["guan", 2],
    ["yuhuchunping", 1],
    ["tianqiuping", 1],
  ],
  motifs: ["landscape", "ladies", "prunusIce", "figures", "dragon", "seasons", "boys"],
  glazes: ["#f3f5f4", "#eff3f3"],
  accents: ["#1d4fa8", "#2453a6"],
  lines: 3,
  about: [
    bi(
      "Kangxi blue-and-white is prized for a pure, vivid sapphire blue, laid on in many shades like ink in a painting.",
      "康熙青花发色纯正、青翠明快，并以“分水”技法分出浓淡层次，如同水墨画一般。",
    ),
    bi(
      "After the kilns were rebuilt in the 1680s, Jingdezhen made vast quantities for Europe through the Dutch and English East India Companies.",
      "17世纪80年代景德镇窑业重建后，经荷兰、英国东印度公司大量销往欧洲。",
    ),
  ],
};
