// Motifs painted with a brush on porcelain and stoneware: scrolls, creatures, scenes, emblems and wishes.
import { motif } from "./motifEntry";
import { bi } from "./records";

/** Painted images, from Tang sancai to the Qing enamels. */
export const PAINTED_MOTIFS = {
  lotusScroll: motif(
    "lotus scroll",
    "缠枝莲纹",
    bi(
      "The lotus scroll links blossoms on one meandering stem; the lotus, rising clean from the mud, stood for purity.",
      "缠枝莲纹以连绵的枝蔓串联莲花，莲花出淤泥而不染，寓意清净。",
    ),
  ),
  peonyScroll: motif(
    "peony scroll",
    "缠枝牡丹纹",
    bi(
      "The peony, 'king of flowers', promised wealth and honour, and its scrolling stems could fill any band of a vessel.",
      "牡丹为“花中之王”，寓意富贵，缠绕的枝叶可以布满器身的任何一道纹饰带。",
    ),
  ),
  dragon: motif(
    "dragon among clouds",
    "云龙纹",
    bi(
      "The dragon chasing through clouds was the emperor's emblem; on the finest wares it has five claws.",
      "云中腾跃的龙是帝王的象征，御用精品上的龙为五爪。",
    ),
  ),
  phoenix: motif(
    "phoenixes",
    "凤纹",
    bi(
      "Phoenixes, often paired with dragons, stood for the empress and for peace in the realm.",
      "凤凰常与龙相配，象征皇后，也寓意天下太平。",
    ),
  ),
  fish: motif(
    "fish and waterweed",
    "鱼藻纹",
    bi(
      "Fish swimming among waterweed make a pun: 'fish' sounds like 'abundance' in Chinese.",
      "鱼在水藻间游弋，“鱼”与“余”谐音，寓意年年有余。",
    ),
  ),
  threeFriends: motif(
    "pine, bamboo and plum",
    "松竹梅纹",
    bi(
      "Pine, bamboo and plum, the 'three friends of winter', stay green or bloom in the cold: a picture of a steadfast gentleman.",
      "松、竹、梅耐寒不凋，合称“岁寒三友”，比喻君子坚贞的品格。",
    ),
  ),
  seasons: motif(
    "flowers of the four seasons",
    "四季花卉纹",
    bi(
      "Flowers of the four seasons — often peony, lotus, chrysanthemum and camellia — wish for good fortune all year round.",
      "四季花卉常取牡丹、莲花、菊花与山茶，寓意四时吉祥。",
    ),
  ),
  landscape: motif(
    "landscape",
    "山水纹",
    bi(
      "The landscape is painted as on a scroll, with mountains, a pavilion and a scholar's boat on the water.",
      "山水纹仿照卷轴画的布局，绘山峦、亭阁和水上扁舟。",
    ),
  ),
  figures: motif(
    "figures in a garden",
    "庭院人物纹",
    bi(
      "Figures in a garden, scholars and attendants among rocks and railings, often illustrate a scene from a play or novel.",
      "庭院中的高士与侍童，置身湖石栏杆之间，多取材于戏曲小说中的情节。",
    ),
  ),
  boys: motif(
    "boys at play",
    "婴戏纹",
    bi(
      "Boys at play wish the owner many sons; the children fly kites, ride hobby-horses and play at being officials.",
      "婴戏纹寓意多子多福，画中孩童放风筝、骑竹马、扮作官员嬉戏。",
    ),
  ),
  fruit: motif(
    "fruit sprays",
    "折枝瑞果纹",
    bi(
      "Sprays of peach, pomegranate and lychee stand for long life, many children and official success.",
      "折枝桃、石榴与荔枝分别寓意长寿、多子与功名。",
    ),
  ),
  waves: motif(
    "waves and rocks",
    "海水江崖纹",
    bi(
      "Crested waves breaking on rocks, a border pattern of court dress, stand for the empire's lasting rule.",
      "海水江崖纹见于宫廷服饰的下摆，寓意江山永固。",
    ),
  ),
  emblems: motif(
    "the eight Buddhist emblems",
    "八吉祥纹",
    bi(
      "The eight Buddhist emblems — wheel, conch, canopy, parasol, lotus, vase, fish and endless knot — came to Chinese porcelain through Tibetan Buddhism.",
      "八吉祥即法轮、法螺、宝伞、白盖、莲花、宝瓶、双鱼和盘长，经由藏传佛教进入瓷器装饰。",
    ),
  ),
  prunusIce: motif(
    "prunus on cracked ice",
    "冰梅纹",
    bi(
      "Prunus blossom on cracked ice, painted in reserve on a blue ground, marks the turn from winter to spring.",
      "冰梅纹在蓝地上留白绘出梅花与冰裂纹，象征冬去春来。",
    ),
  ),
  batsPeaches: motif(
    "peaches and bats",
    "福寿纹",
    bi(
      "Bats and peaches make a rebus: the word for bat sounds like 'fortune', and the peach is the fruit of immortality.",
      "蝙蝠的“蝠”谐音“福”，桃为长生之果，合为福寿之意。",
    ),
  ),
  butterflies: motif(
    "butterflies",
    "蝴蝶纹",
    bi(
      "Butterflies, whose name sounds like the word for a septuagenarian, wish long life; here they flit over an open ground.",
      "蝶与“耋”谐音，寓意长寿，画中彩蝶翩飞于空白的器面上。",
    ),
  ),
  ladies: motif(
    "ladies in a garden",
    "仕女纹",
    bi(
      "Elegant ladies in a garden, tall and slender, were a favourite subject of Kangxi painters and their Dutch customers, who called them 'long Elizas' (lange lijzen).",
      "庭院仕女身形修长，是康熙瓷画的常见题材，也深受荷兰买家喜爱，他们称之为“长身丽人”（lange lijzen）。",
    ),
  ),
  chrysanthemum: motif(
    "chrysanthemums",
    "菊纹",
    bi(
      "Chrysanthemums, the flower of autumn and of the recluse poet Tao Yuanming, wish for a long and quiet life.",
      "菊为秋花，又因陶渊明而成为隐逸之花，寓意高洁长寿。",
    ),
  ),
  hundredFlowers: motif(
    "a hundred flowers",
    "百花纹",
    bi(
      "A hundred flowers crowd the whole surface, leaving no ground showing: a display of enamelling skill first made for the Qianlong court.",
      "百花纹花卉密布器身，不露地色，俗称“百花不落地”，最早为乾隆宫廷烧造，是彩绘技艺的炫示。",
    ),
  ),
  medallion: motif(
    "a floral medallion",
    "宝相花纹",
    bi(
      "The baoxiang flower, an imaginary bloom combining lotus and peony, came to Tang art with Buddhism.",
      "宝相花融合莲花与牡丹的特征，是随佛教艺术传入的想象之花。",
    ),
  ),
  blackPeony: motif(
    "black-painted peony",
    "白地黑花牡丹纹",
    bi(
      "The peony is painted in iron-black slip over white with a free, quick brush, like ink on paper.",
      "牡丹纹以铁褐色料在白色化妆土上随手绘成，笔意如同纸上水墨。",
    ),
  ),
  inscription: motif(
    "a painted poem",
    "诗文",
    bi(
      "A few lines of verse are painted in running script, often about wine or the pleasures of idleness.",
      "器身以行书题写诗句，内容多与饮酒或闲适之乐有关。",
    ),
  ),
  chickens: motif(
    "chickens",
    "鸡纹",
    bi(
      "A rooster, a hen and their chicks stand for family harmony; the Chenghua 'chicken cups' are among the most famous porcelains in China.",
      "公鸡、母鸡与雏鸡象征家庭和睦，成化“鸡缸杯”是中国最著名的瓷器之一。",
    ),
  ),
  grapes: motif(
    "grapes",
    "葡萄纹",
    bi("Hanging grapes, heavy with fruit, wish for many descendants.", "累累下垂的葡萄寓意子孙繁衍。"),
  ),
  lotusPond: motif(
    "a lotus pond",
    "莲池纹",
    bi(
      "A lotus pond with ducks and reeds suggests a scholar's summer retreat.",
      "莲池中鸳鸯戏水、芦苇摇曳，令人想到文人的夏日隐居。",
    ),
  ),
};
