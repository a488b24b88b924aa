// Decoration on ceramics: the motif as a title names it, and a sentence on what it shows or means.
import { bi, type Bi } from "./records";

export interface Motif {
  /** As in a title: "lotus scroll" / "缠枝莲纹“. */
  name: Bi;
  /** What to look for; null when a title says all there is to say. */
  look: Bi | null;
}

const m = (en: string, zh: string, look: Bi | null = null): Motif => ({ name: bi(en, zh), look });

export const MOTIFS = {
  lotusScroll: m("lotus scroll", "缠枝莲纹", bi("The lotus scroll links blossoms on one meandering stem; the lotus, rising clean from the mud, stood for purity.", "缠枝莲纹以连绵的枝蔓串联莲花，莲花出淤泥而不染，寓意清净。")),
  peonyScroll: m("peony scroll", "缠枝牡丹纹", bi("The peony, 'king of flowers', promised wealth and honour, and its scrolling stems could fill any band of a vessel.", "牡丹为“花中之王”，寓意富贵，缠绕的枝叶可以布满器身的任何一道纹饰带。")),
  dragon: m("dragon among clouds", "云龙纹", bi("The dragon chasing through clouds was the emperor's emblem; on the finest wares it has five claws.", "云中腾跃的龙是帝王的象征，御用精品上的龙为五爪。")),
  phoenix: m("phoenixes", "凤纹", bi("Phoenixes, often paired with dragons, stood for the empress and for peace in the realm.", "凤凰常与龙相配，象征皇后，也寓意天下太平。")),
  fish: m("fish and waterweed", "鱼藻纹", bi("Fish swimming among waterweed make a pun: 'fish' sounds like 'abundance' in Chinese.", "鱼在水藻间游弋，“鱼”与“余”谐音，寓意年年有余。")),
  threeFriends: m("pine, bamboo and plum", "松竹梅纹", bi("Pine, bamboo and plum, the 'three friends of winter', stay green or bloom in the cold: a picture of a steadfast gentleman.", "松、竹、梅耐寒不凋，合称“岁寒三友”，比喻君子坚贞的品格。")),
  seasons: m("flowers of the four seasons", "四季花卉纹", bi("Flowers of the four seasons — often peony, lotus, chrysanthemum and camellia — wish for good fortune all year round.", "四季花卉常取牡丹、莲花、菊花与山茶，寓意四时吉祥。")),
  landscape: m("landscape", "山水纹", bi("The landscape is painted as on a scroll, with mountains, a pavilion and a scholar's boat on the water.", "山水纹仿照卷轴画的布局，绘山峦、亭阁和水上扁舟。")),
  figures: m("figures in a garden", "庭院人物纹", bi("Figures in a garden, scholars and attendants among rocks and railings, often illustrate a scene from a play or novel.", "庭院中的高士与侍童，置身湖石栏杆之间，多取材于戏曲小说中的情节。")),
  boys: m("boys at play", "婴戏纹", bi("Boys at play wish the owner many sons; the children fly kites, ride hobby-horses and play at being officials.", "婴戏纹寓意多子多福，画中孩童放风筝、骑竹马、扮作官员嬉戏。")),
  fruit: m("fruit sprays", "折枝瑞果纹", bi("Sprays of peach, pomegranate and lychee stand for long life, many children and official success.", "折枝桃、石榴与荔枝分别寓意长寿、多子与功名。")),
  waves: m("waves and rocks", "海水江崖纹", bi("Crested waves breaking on rocks, a border pattern of court dress, stand for the empire's lasting rule.", "海水江崖纹见于宫廷服饰的下摆，寓意江山永固。")),
  emblems: m("the eight Buddhist emblems", "八吉祥纹", bi("The eight Buddhist emblems — wheel, conch, canopy, parasol, lotus, vase, fish and endless knot — came to Chinese porcelain through Tibetan Buddhism.", "八吉祥即法轮、法螺、宝伞、白盖、莲花、宝瓶、双鱼和盘长，经由藏传佛教进入瓷器装饰。")),
  prunusIce: m("prunus on cracked ice", "冰梅纹", bi("Prunus blossom on cracked ice, painted in reserve on a blue ground, marks the turn from winter to spring.", "冰梅纹在蓝地上留白绘出梅花与冰裂纹，象征冬去春来。")),
  batsPeaches: m("peaches and bats", "福寿纹", bi("Bats and peaches make a rebus: the word for bat sounds like 'fortune', and the peach is the fruit of immortality.", "蝙蝠的“蝠”谐音“福”，桃为长生之果，合为福寿之意。")),
  butterflies: m("butterflies", "蝴蝶纹", bi("Butterflies, whose name sounds like the word for a septuagenarian, wish long life; here they flit over an open ground.", "蝶与“耋”谐音，寓意长寿，画中彩蝶翩飞于空白的器面上。")),
  ladies: m("ladies in a garden", "仕女纹", bi("Elegant ladies in a garden, tall and slender, were a favourite subject of Kangxi painters and their Dutch customers, who called them 'long Elizas' (lange lijzen).", "庭院仕女身形修长，是康熙瓷画的常见题材，也深受荷兰买家喜爱，他们称之为“长身丽人”（lange lijzen）。")),
  chrysanthemum: m("chrysanthemums", "菊纹", bi("Chrysanthemums, the flower of autumn and of the recluse poet Tao Yuanming, wish for a long and quiet life.", "菊为秋花，又因陶渊明而成为隐逸之花，寓意高洁长寿。")),
  hundredFlowers: m("a hundred flowers", "百花纹", bi("A hundred flowers crowd the whole surface, leaving no ground showing: a display of enamelling skill first made for the Qianlong court.", "百花纹花卉密布器身，不露地色，俗称“百花不落地”，最早为乾隆宫廷烧造，是彩绘技艺的炫示。")),
  spiral: m("spiral whorls", "旋涡纹", bi("Bold spiral whorls sweep around the upper body, painted with a soft brush while the jar turned slowly on a mat.", "粗放的旋涡纹环绕器身上部，是在器物缓慢转动时以软笔绘成的。")),
  sawtooth: m("sawtooth-bordered spirals", "锯齿纹", bi("Black bands edged with red and with sawtooth borders are the hallmark of the Banshan phase.", "黑红相间并饰锯齿边的条带是半山类型彩陶的典型特征。")),
  net: m("net pattern", "网格纹", bi("A net of fine crossed lines may recall the fishing nets of the river-valley villages.", "细密交错的网格纹，或许来自河谷村落的渔网。")),
  frog: m("a frog-like figure", "蛙纹", bi("The limbed, frog-like figure of the Machang phase has been read as a fertility symbol or a spirit of water.", "马厂类型的蛙纹（亦称神人纹）四肢伸展，被认为是生殖崇拜或水神的象征。")),
  circles: m("concentric circles", "圆圈纹", bi("Large concentric circles, filled with dots or crosses, fill the shoulder like four eyes looking out.", "四个大圆圈内填网点或十字，环布肩部，仿佛向外凝视的眼睛。")),
  splashed: m("dappled glazes", "点彩", bi("The glazes were dabbed on and ran together in the kiln, so no two pieces look alike.", "各色釉料点染在器身上，在窑中流淌交融，因此件件不同。")),
  medallion: m("a floral medallion", "宝相花纹", bi("The baoxiang flower, an imaginary bloom combining lotus and peony, came to Tang art with Buddhism.", "宝相花融合莲花与牡丹的特征，是随佛教艺术传入的想象之花。")),
  cobaltSplash: m("cobalt-blue splashes", "蓝彩", bi("Blue from imported cobalt was the rarest of the sancai colours.", "以进口钴料呈色的蓝彩是三彩中最为珍稀的一种。")),
  carvedLotus: m("carved lotus", "刻花莲纹", bi("The lotus is carved with a slanting knife, so the glaze pools deeper in the cuts and shows the pattern in light and shade.", "莲纹以斜刀刻出，釉汁在刀痕处积聚较厚，使纹饰呈现深浅变化。")),
  incisedDucks: m("ducks among reeds", "划花水禽纹", bi("Ducks among reeds are drawn with a comb and a fine point in a few quick strokes.", "水禽芦苇纹以篦具和细尖工具寥寥数笔划成。")),
  mouldedPeony: m("moulded peonies", "印花牡丹纹", bi("The peonies were pressed into the clay from a carved mould, a way of making crisp patterns quickly.", "牡丹纹以刻有花纹的模具压印而成，可以快速做出清晰规整的图案。")),
  blackPeony: m("black-painted peony", "白地黑花牡丹纹", bi("The peony is painted in iron-black slip over white with a free, quick brush, like ink on paper.", "牡丹纹以铁褐色料在白色化妆土上随手绘成，笔意如同纸上水墨。")),
  sgraffito: m("peony carved through the slip", "剔花牡丹纹", bi("The potter carved away the white slip around the peony so it stands out against the darker body.", "工匠将牡丹周围的白色化妆土剔去，使花纹在深色胎地上凸显出来。")),
  inscription: m("a painted poem", "诗文", bi("A few lines of verse are painted in running script, often about wine or the pleasures of idleness.", "器身以行书题写诗句，内容多与饮酒或闲适之乐有关。")),
  twinFish: m("moulded twin fish", "双鱼纹", bi("Two fish in low relief swim in the well under the glaze, a wish for abundance and a happy marriage.", "盘心釉下两条浮雕鱼首尾相随，寓意富足与夫妻和美。")),
  lotusPetals: m("lotus petals", "莲瓣纹", bi("Overlapping lotus petals carved on the outside make the bowl itself a flower.", "外壁刻出层层相叠的莲瓣，使整件器物宛如一朵莲花。")),
  hareFur: m("hare's-fur glaze", "兔毫", bi("Look into the bowl: fine, rust-brown streaks run down through the black glaze, where iron crystallised as it cooled.", "细看碗内，黑釉中布满锈褐色的细密条纹，这是铁质在冷却时析晶形成的。")),
  oilSpot: m("oil-spot glaze", "油滴", bi("Silvery spots float on the black glaze like drops of oil on water, a rare effect of iron crystals forming on the surface.", "黑釉表面浮现银灰色斑点，如水面油滴，是铁晶在釉面析出形成的罕见效果。")),
  purpleSplash: m("a purple splash", "紫斑", bi("The purple splash was brushed on with copper pigment; its edges melt into the blue as the glaze flowed.", "紫斑以铜料涂成，其边缘随釉流动而与天蓝色釉自然交融。")),
  incisedFlowers: m("incised flowers", "划花纹", bi("Flowers are incised with a fine point; the glaze gathers blue in the lines.", "以尖细工具划出花纹，积釉处呈现淡青色。")),
  chickens: m("chickens", "鸡纹", bi("A rooster, a hen and their chicks stand for family harmony; the Chenghua 'chicken cups' are among the most famous porcelains in China.", "公鸡、母鸡与雏鸡象征家庭和睦，成化“鸡缸杯”是中国最著名的瓷器之一。")),
  grapes: m("grapes", "葡萄纹", bi("Hanging grapes, heavy with fruit, wish for many descendants.", "累累下垂的葡萄寓意子孙繁衍。")),
  lotusPond: m("a lotus pond", "莲池纹", bi("A lotus pond with ducks and reeds suggests a scholar's summer retreat.", "莲池中鸳鸯戏水、芦苇摇曳，令人想到文人的夏日隐居。")),
  bowstring: m("bowstring bands", "弦纹", bi("Raised bowstring bands circle the body, copied from the cast ridges of bronze vessels.", "器身环绕凸起的弦纹，仿自青铜器上铸出的棱线。")),
  hunting: m("a moulded hunting frieze", "狩猎纹", bi("A frieze moulded in low relief shows riders and archers chasing tigers, deer and boar across hills.", "模印的浅浮雕纹带上，骑手与射手在山峦间追逐虎、鹿和野猪。")),
  appliedPrunus: m("applied prunus sprays", "贴梅花纹", bi("Sprays of prunus were moulded separately and pressed onto the body before glazing, so the blossoms stand out in relief.", "梅枝单独模制后贴附于器身，再施釉烧成，花朵凸起如浮雕。")),
  plain: m("", "", null),
} as const satisfies Record<string, Motif>;

export type MotifKey = keyof typeof MOTIFS;
