// The Song wares of the ceramics department: the northern kilns (Ru, Jun, Ding, Qingbai, Cizhou) and the southern
// (Longquan, Jian).
import type { WareDef } from "./ceramicWares";
import { bi } from "./records";

export const SONG_WARES: readonly WareDef[] = [
  {
    key: "ru",
    count: 6,
    section: "song-north",
    highlights: 1,
    type: bi("Ru ware", "汝窑青瓷"),
    titleWare: bi("Ru ware", "汝窑天青釉"),
    material: "stoneware",
    periods: [["lateNorthernSong", 1]],
    forms: [
      ["washer", 3],
      ["dish", 2],
      ["mallet", 1],
    ],
    motifs: ["plain"],
    glazes: ["#b3c6bf", "#a9bfb9", "#b8c9c2"],
    lines: 0,
    about: [
      bi(
        "Ru ware was made for only a few decades for the Northern Song court, at Qingliangsi in Baofeng, Henan.",
        "汝窑为北宋宫廷烧造仅数十年，窑址在河南宝丰清凉寺。",
      ),
      bi(
        "Its opaque sky-blue glaze, said to contain powdered agate, is crazed with a fine crackle, and the piece stood on tiny spurs in the kiln, which left 'sesame-seed' marks on the base.",
        "其天青色釉乳浊温润，相传以玛瑙末入釉，釉面满布细碎开片；器物以细小支钉支烧，底部留有“芝麻钉”痕。",
      ),
    ],
  },
  {
    key: "jun",
    count: 16,
    section: "song-north",
    type: bi("Jun ware", "钧窑瓷器"),
    titleWare: bi("Jun ware", "钧窑天蓝釉"),
    material: "stoneware",
    periods: [
      ["northernSong", 3],
      ["yuan", 2],
    ],
    forms: [
      ["bowl", 4],
      ["dish", 2],
      ["flowerpot", 2],
      ["guan", 1],
    ],
    motifs: ["plain", "purpleSplash", "purpleSplash"],
    glazes: ["#8aa3c4", "#93a9c6", "#a7b7cc"],
    accents: ["#8c3d6e", "#7b2f5a"],
    lines: 1,
    about: [
      bi(
        "Jun ware, from Yuxian in Henan, has a thick, opalescent glaze from moon-white to sky blue.",
        "钧窑位于河南禹县（今禹州），釉层肥厚乳浊，色泽从月白到天蓝。",
      ),
      bi(
        "The thick glaze often shows 'earthworm tracks', where cracks in the drying glaze healed in the fire.",
        "釉面常见“蚯蚓走泥纹”，是釉层干燥时开裂、又在高温中弥合留下的痕迹。",
      ),
    ],
  },
  {
    key: "ding",
    count: 20,
    section: "song-north",
    highlights: 1,
    type: bi("Ding ware", "定窑白瓷"),
    titleWare: bi("Ding ware", "定窑白釉"),
    material: "porcelain",
    periods: [["northernSong", 1]],
    forms: [
      ["bowl", 4],
      ["dish", 3],
      ["meiping", 1],
      ["washer", 1],
    ],
    motifs: ["carvedLotus", "incisedDucks", "mouldedPeony", "plain"],
    glazes: ["#efe5cc", "#f1e8d2", "#ece0c4"],
    lines: 0,
    about: [
      bi(
        "Ding ware was made at Quyang in Hebei; its ivory-white glaze gathers in 'tear-drops' down the outside.",
        "定窑窑址在河北曲阳，白釉微泛牙黄，外壁常见釉水垂流形成的“泪痕”。",
      ),
      bi(
        "Bowls and dishes were fired upside down, leaving the rim unglazed, so it was often bound with silver or copper.",
        "碗盘多覆烧，口沿无釉形成“芒口”，故常镶以金银或铜口。",
      ),
    ],
  },
  {
    key: "qingbai",
    count: 12,
    section: "song-north",
    type: bi("Jingdezhen qingbai porcelain", "景德镇青白瓷"),
    titleWare: bi("qingbai", "青白釉"),
    material: "porcelain",
    periods: [
      ["northernSong", 1],
      ["southernSong", 2],
    ],
    forms: [
      ["bowl", 3],
      ["meiping", 2],
      ["ewer", 1],
      ["dish", 1],
    ],
    motifs: ["incisedFlowers", "carvedLotus", "plain"],
    glazes: ["#dbe8e3", "#d4e4df", "#e1ebe6"],
    lines: 0,
    about: [
      bi(
        "Qingbai, 'bluish white', was Jingdezhen's porcelain of the Song: a thin, translucent body under a glaze that pools pale blue in carved lines.",
        "青白瓷是宋代景德镇的主要产品，胎薄透光，釉色白中闪青，积釉处呈淡湖蓝色，又称“影青”。",
      ),
    ],
  },
  {
    key: "cizhou",
    count: 20,
    section: "song-north",
    type: bi("Cizhou-type stoneware", "磁州窑系瓷器"),
    titleWare: bi("Cizhou-type", "磁州窑"),
    material: "stoneware",
    periods: [
      ["northernSong", 3],
      ["yuan", 2],
    ],
    forms: [
      ["meiping", 3],
      ["guan", 2],
      ["yuhuchunping", 1],
      ["bowl", 1],
    ],
    motifs: ["blackPeony", "sgraffito", "fish", "inscription"],
    glazes: ["#ece3cf", "#e6dcc6"],
    accents: ["#2a211b", "#3b2a20"],
    lines: 3,
    about: [
      bi(
        "Cizhou-type wares, made at many kilns across northern China, covered a grey body in white slip and then painted, incised or carved through it.",
        "磁州窑系遍布中国北方，以灰色粗胎施白色化妆土，再加绘、划或剔刻纹饰。",
      ),
      bi(
        "They were the everyday pottery of Song and Yuan households, sold in markets rather than sent to court.",
        "它们是宋元百姓的日用器皿，行销于市井而非进奉宫廷。",
      ),
    ],
  },
  {
    key: "longquan",
    count: 35,
    section: "song-south",
    highlights: 1,
    type: bi("Longquan celadon", "龙泉窑青瓷"),
    titleWare: bi("Longquan celadon", "龙泉窑青釉"),
    material: "stoneware",
    periods: [
      ["southernSong", 5],
      ["yuan", 3],
      ["earlyMing", 1],
    ],
    forms: [
      ["dish", 3],
      ["bowl", 3],
      ["mallet", 2],
      ["meiping", 1],
      ["guan", 1],
      ["washer", 2],
    ],
    motifs: ["plain", "twinFish", "lotusPetals", "carvedLotus"],
    glazes: ["#93b6a2", "#7fa58a", "#6f9e7c", "#8fb5a3"],
    lines: 0,
    about: [
      bi(
        "The Longquan kilns in the hills of south-west Zhejiang perfected a thick, jade-like celadon under the Southern Song, laying the glaze on in several coats.",
        "龙泉窑位于浙江西南山区，南宋时期以多次施釉烧出肥厚如玉的青釉。",
      ),
      bi(
        "Powder-green and plum-green were the prized colours, and Longquan wares were traded from Japan to East Africa.",
        "粉青、梅子青最为名贵，龙泉青瓷远销日本直至东非。",
      ),
    ],
  },
  {
    key: "jian",
    count: 16,
    section: "song-south",
    highlights: 1,
    type: bi("Jian ware", "建窑黑釉瓷"),
    titleWare: bi("Jian ware", "建窑黑釉"),
    material: "stoneware",
    periods: [
      ["southernSong", 3],
      ["northernSong", 1],
    ],
    forms: [["teaBowl", 1]],
    motifs: ["hareFur", "hareFur", "oilSpot"],
    glazes: ["#1c1410", "#221812", "#19120e"],
    accents: ["#7a4a22", "#8a5a2b"],
    lines: 1,
    about: [
      bi(
        "Jian ware was fired at Shuiji in Jianyang, Fujian, in long dragon kilns climbing the hillsides.",
        "建窑位于福建建阳水吉，窑炉为依山而建的长条形龙窑。",
      ),
      bi(
        "Such bowls were prized for whisked tea, whose white froth showed best against the dark glaze.",
        "宋人点茶以茶沫洁白为上，黑釉盏最能衬托，因而备受推崇。",
      ),
    ],
  },
];
