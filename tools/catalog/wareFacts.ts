// Where each ware of the ceramics hall was made and how, as a collection record states place made and technique.
import { bi, type Bi } from "./records";

export interface WareFacts {
  place: Bi;
  technique: Bi;
  /** Diameters (cm) of dishes of this ware where they differ from the form's usual size, from published examples. */
  dishCm?: readonly [number, number];
}

const f = (place: Bi, technique: Bi, dishCm?: readonly [number, number]): WareFacts => ({ place, technique, dishCm });

const JDZ = bi("Jingdezhen, Jiangxi province", "江西景德镇");
const IMPERIAL = bi("Imperial kilns, Jingdezhen, Jiangxi province", "江西景德镇御窑厂");
const UNDERGLAZE = bi(
  "Porcelain painted in cobalt blue under a clear glaze, fired once at about 1300 °C",
  "瓷胎上以钴料绘画，罩透明釉，约1300°C一次烧成",
);
const ENAMELS = bi(
  "Porcelain fired with its glaze, then painted with enamels over the glaze and fired again at a lower heat",
  "瓷器先高温烧成，再于釉上以彩料绘画，低温二次烧成",
);
const MONO = bi("Porcelain covered in a single coloured glaze, high-fired", "瓷胎施单色釉，高温烧成");

/** Keys are the ware keys of the ceramics department. */
export const WARE_FACTS: Record<string, WareFacts> = {
  majiayao: f(
    bi("Upper Yellow River, present-day Gansu and Qinghai", "黄河上游，今甘肃、青海一带"),
    bi(
      "Earthenware coiled by hand, burnished and painted with mineral pigments, fired in an open kiln",
      "泥条盘筑，打磨后以矿物颜料彩绘，入窑烧成",
    ),
  ),
  "han-lead": f(
    bi("Northern China", "中国北方"),
    bi(
      "Moulded earthenware under a lead glaze coloured green with copper, low-fired",
      "模制陶胎，施含铜铅釉，低温烧成",
    ),
  ),
  sancai: f(
    bi("Gongyi (Henan) or Huangbao (Shaanxi) kilns", "河南巩义窑或陕西黄堡窑"),
    bi(
      "White earthenware with lead glazes coloured by copper and iron, fired twice",
      "白色陶胎，施以铜、铁着色的铅釉，二次烧成",
    ),
    [20, 30],
  ),
  yue: f(
    bi("Yue kilns, Shanglinhu, Zhejiang province", "浙江上林湖越窑"),
    bi("Stoneware under a thin celadon (green) glaze, high-fired in a dragon kiln", "炻胎施薄青釉，龙窑高温烧成"),
    [14, 22],
  ),
  ru: f(
    bi("Ru kilns, Qingliangsi, Baofeng county, Henan province", "河南宝丰清凉寺汝窑"),
    bi("Stoneware under an opaque blue-green celadon glaze, fired on small spurs", "炻胎施天青色乳浊釉，以支钉支烧"),
    [13, 20],
  ),
  jun: f(
    bi("Jun kilns, Yuzhou, Henan province", "河南禹州钧窑"),
    bi("Stoneware under a thick opalescent blue glaze, often splashed with copper", "炻胎施乳光蓝釉，常以铜料点染紫斑"),
    [15, 22],
  ),
  ding: f(
    bi("Ding kilns, Quyang, Hebei province", "河北曲阳定窑"),
    bi("Thin white porcelain, carved or moulded, fired upside down", "薄胎白瓷，刻花或印花，覆烧"),
    [15, 28],
  ),
  qingbai: f(JDZ, bi("Porcelain under a pale bluish (qingbai) glaze, carved before glazing", "瓷胎刻花，施青白釉")),
  cizhou: f(
    bi("Cizhou-type kilns, Hebei and Henan provinces", "河北、河南磁州窑系窑场"),
    bi(
      "Grey stoneware covered in white slip, painted or carved, under a clear glaze",
      "灰色炻胎施白色化妆土，彩绘或剔刻，罩透明釉",
    ),
  ),
  longquan: f(
    bi("Longquan kilns, south-western Zhejiang province", "浙江西南部龙泉窑"),
    bi("Stoneware under several coats of thick celadon glaze", "炻胎多次施厚青釉"),
    [16, 40],
  ),
  jian: f(
    bi("Jian kilns, Shuiji, Jianyang, Fujian province", "福建建阳水吉建窑"),
    bi("Iron-rich stoneware under a thick black-brown iron glaze", "含铁量高的炻胎，施厚黑褐色铁釉"),
  ),
  "yuan-blue-and-white": f(JDZ, UNDERGLAZE, [35, 46]),
  "ming-blue-and-white": f(IMPERIAL, UNDERGLAZE, [17, 40]),
  doucai: f(
    IMPERIAL,
    bi(
      "Outlines in underglaze blue, filled with enamels over the glaze ('contending colours')",
      "釉下青花勾勒轮廓，釉上填彩（斗彩）",
    ),
  ),
  wucai: f(
    IMPERIAL,
    bi("Underglaze blue combined with bold overglaze enamels ('five colours')", "釉下青花与浓艳的釉上彩相结合（五彩）"),
    [20, 36],
  ),
  "kangxi-blue-and-white": f(JDZ, UNDERGLAZE, [15, 36]),
  "famille-rose": f(IMPERIAL, ENAMELS, [15, 32]),
  langyao: f(
    IMPERIAL,
    bi("Porcelain under a thick copper-red glaze fired in a reducing kiln", "瓷胎施厚铜红釉，还原焰烧成"),
  ),
  peachbloom: f(
    IMPERIAL,
    bi("Porcelain with copper red sprayed between layers of clear glaze", "铜红料吹于两层透明釉之间"),
  ),
  teadust: f(
    IMPERIAL,
    bi("Porcelain under an iron glaze that crystallises to an olive speckle", "瓷胎施铁釉，析晶呈橄榄绿斑点"),
  ),
  yellow: f(
    IMPERIAL,
    bi("Porcelain with a lead-yellow glaze fired over a clear-glazed body", "在已烧成的白釉瓷上施铅黄釉，低温烧成"),
    [17, 22],
  ),
  "clair-de-lune": f(
    IMPERIAL,
    bi("Porcelain under a pale blue glaze tinted with a trace of cobalt", "瓷胎施含微量钴的淡蓝釉"),
  ),
  "powder-blue": f(
    IMPERIAL,
    bi("Cobalt blown onto the body through a bamboo tube, then glazed", "以竹管将钴料吹于胎上，再罩釉"),
    [20, 34],
  ),
  "ru-type": f(IMPERIAL, bi("Porcelain under an opaque glaze copying Song Ru ware", "瓷胎施仿宋代汝窑的乳浊釉")),
  "sacrificial-red": f(IMPERIAL, MONO, [17, 21]),
  dehua: f(
    bi("Dehua kilns, Fujian province", "福建德化窑"),
    bi("Ivory-white porcelain, moulded or modelled, under a clear glaze", "象牙白瓷，模制或捏塑，罩透明釉"),
  ),
  republic: f(JDZ, ENAMELS, [18, 30]),
};
