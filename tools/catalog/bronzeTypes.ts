// The bronze department's vessel types and decoration by period: what each was for, its shape, legs and handles.
import type { PeriodKey } from "./periods";
import type { Profile } from "./profiles";
import { bi, type Bi } from "./records";

export type Vessel = "ding" | "gui" | "zun" | "hu" | "jue" | "jian" | "zhong" | "mirror";

export interface Decor {
  name: Bi;
  look: Bi;
}

const d = (en: string, zh: string, lookEn: string, lookZh: string): Decor => ({ name: bi(en, zh), look: bi(lookEn, lookZh) });

export const DECOR = {
  taotie: d("taotie masks", "饕餮纹", "The taotie, a frontal mask with bulging eyes and curling horns, can also be read as two dragons facing each other in profile.", "饕餮纹为正面兽面，双目突出、角部卷曲，也可以看作两条侧面相对的夔龙。"),
  kui: d("kui dragons", "夔龙纹", "Kui dragons, one-legged creatures seen in profile, march around the band on a ground of fine squared spirals called 'thunder pattern'.", "侧面的一足夔龙环绕器身，以细密的方形回旋“云雷纹”为地。"),
  whorl: d("whorl circles", "涡纹", "Raised whorl circles, perhaps a fire symbol, alternate with small dragons around the shoulder.", "凸起的圆涡纹或为火的象征，与小夔龙交替环绕肩部。"),
  bowstring: d("bowstring bands", "弦纹", "Its only ornament is a few raised bowstring bands, and the beauty is in the proportions.", "器身仅饰几道凸起的弦纹，美在比例。"),
  birds: d("long-tailed birds", "凤鸟纹", "Long-tailed birds with crests and trailing plumes replaced the taotie as the favourite motif of the Western Zhou.", "长冠垂尾的凤鸟纹取代饕餮，成为西周最受青睐的纹饰。"),
  wave: d("a wave band", "环带纹", "A broad undulating wave band circles the body, a bold, abstract design of the later Western Zhou.", "宽阔起伏的环带纹（波曲纹）环绕器身，是西周晚期简洁奔放的抽象纹样。"),
  qiequ: d("qiequ scrolls", "窃曲纹", "The qiequ band is a dragon pattern dissolved into S-shaped hooks, typical of the middle and late Western Zhou.", "窃曲纹由龙纹演变为S形的勾曲线条，是西周中晚期的典型纹样。"),
  ribs: d("vertical ribs", "直棱纹", "Close vertical ribs on the lower body catch the light like fluting.", "下腹密布竖直的棱纹，如同凹槽一般映出光影。"),
  serpents: d("interlaced serpents", "蟠虺纹", "Tiny interlaced serpents, stamped from a master pattern block and repeated, cover every band.", "细小的蟠虺纹由纹样母模压印、反复排列，布满每一道纹饰带。"),
  chi: d("interlaced dragons", "蟠螭纹", "Interlaced dragons with twisting bodies knot into a dense, rhythmic surface.", "身躯扭结的蟠螭纹交织成繁密而富有节奏的纹饰。"),
  feasting: d("scenes of feasting and hunting", "宴乐渔猎纹", "Bands of figures show archery, feasting with music, mulberry picking and battle by land and water.", "分层纹饰描绘射礼、宴乐、采桑以及水陆攻战的场景。"),
  ringMasks: d("animal masks holding rings", "铺首衔环", "Animal masks holding loose rings serve as handles, a Han convention also carved on tomb doors.", "兽面衔环作为器耳，这一样式在汉代墓门上也常见。"),
  cloud: d("cloud scrolls", "云气纹", "Flowing cloud scrolls, once inlaid or painted, suggest the breath of the cosmos that Han thinkers called qi.", "流动的云气纹原或有镶嵌或彩绘，象征汉代人所说的宇宙之“气”。"),
};

export type DecorKey = keyof typeof DECOR;

export interface VesselDef {
  vessel: Vessel;
  count: number;
  name: Bi;
  about: Bi;
  profile: Profile;
  legs: 0 | 3 | 4;
  handles: 0 | 2;
  /** Handles, spouts and tails reach beyond the turned body: width = body diameter × this. */
  spread: number;
  periods: readonly (readonly [PeriodKey, number])[];
  heightCm: Partial<Record<PeriodKey, readonly [number, number]>>;
  decor: Partial<Record<PeriodKey, readonly DecorKey[]>>;
  /** Western Zhou vessels for the ancestral rites often carry a cast inscription. */
  inscribed?: boolean;
  highlights?: number;
}

// Bodies of vessels on legs start where the legs end (the profile's first height); ding rims stop below the
// upright handles, which rise to the full height.
export const VESSELS: readonly VesselDef[] = [
  {
    vessel: "ding", count: 50, name: bi("ding cauldron", "鼎"), legs: 3, handles: 2, spread: 1, inscribed: true, highlights: 1,
    about: bi("The ding, a cauldron on three legs, cooked and presented meat to the ancestors; sets of ding in graded sizes came to mark a noble's rank.", "鼎是三足炊器，用于烹煮和盛放祭祀祖先的肉食；大小相次的列鼎后来成为贵族等级的标志。"),
    profile: [[0, 0.3], [0.2, 0.3], [0.34, 0.35], [0.42, 0.47], [0.44, 0.62], [0.43, 0.78], [0.45, 0.82]],
    periods: [["erligang", 1], ["anyang", 3], ["westernZhouEarly", 2], ["westernZhouMiddle", 2], ["westernZhouLate", 2], ["springAutumn", 2], ["warringStates", 2], ["westernHan", 1], ["easternHan", 1]],
    heightCm: { erligang: [18, 30], anyang: [20, 50], westernZhouEarly: [22, 55], westernZhouMiddle: [22, 50], westernZhouLate: [22, 50], springAutumn: [20, 45], warringStates: [16, 36], westernHan: [14, 24], easternHan: [14, 22] },
    decor: { erligang: ["taotie", "bowstring"], anyang: ["taotie", "kui", "whorl"], westernZhouEarly: ["taotie", "kui", "birds"], westernZhouMiddle: ["birds", "qiequ", "bowstring"], westernZhouLate: ["wave", "qiequ", "bowstring"], springAutumn: ["serpents", "chi"], warringStates: ["chi", "serpents", "bowstring"], westernHan: ["bowstring", "cloud"], easternHan: ["bowstring"] },
  },
  {
    vessel: "gui", count: 30, name: bi("gui food vessel", "簋"), legs: 0, handles: 2, spread: 1.3, inscribed: true, highlights: 1,
    about: bi("The gui, a round bowl on a ring foot with two handles, held cooked millet at ancestral sacrifices and was used in sets alongside ding.", "簋为圈足双耳的圆形食器，祭祀时盛放黍稷，常与鼎配套使用。"),
    profile: [[0, 0], [0.3, 0], [0.3, 0.16], [0.36, 0.22], [0.54, 0.42], [0.6, 0.62], [0.57, 0.88], [0.61, 1]],
    periods: [["anyang", 1], ["westernZhouEarly", 2], ["westernZhouMiddle", 2], ["westernZhouLate", 2]],
    heightCm: { anyang: [12, 18], westernZhouEarly: [13, 22], westernZhouMiddle: [12, 20], westernZhouLate: [12, 20] },
    decor: { anyang: ["taotie", "whorl"], westernZhouEarly: ["taotie", "birds", "ribs"], westernZhouMiddle: ["birds", "qiequ", "ribs"], westernZhouLate: ["qiequ", "wave", "ribs"] },
  },
  {
    vessel: "zun", count: 18, name: bi("zun wine vessel", "尊"), legs: 0, handles: 0, spread: 1,
    about: bi("The zun is a tall wine vessel with a wide, flaring mouth, used to offer wine in ancestral rites.", "尊是侈口的大型盛酒器，用于祭祀时献酒。"),
    profile: [[0, 0], [0.25, 0], [0.25, 0.08], [0.2, 0.24], [0.26, 0.38], [0.25, 0.5], [0.16, 0.58], [0.21, 0.78], [0.36, 1]],
    periods: [["anyang", 3], ["westernZhouEarly", 2]],
    heightCm: { anyang: [20, 36], westernZhouEarly: [20, 32] },
    decor: { anyang: ["taotie", "kui"], westernZhouEarly: ["taotie", "birds"] },
  },
  {
    vessel: "hu", count: 30, name: bi("hu wine jar", "壶"), legs: 0, handles: 2, spread: 1.15, highlights: 1,
    about: bi("The hu, a pear-shaped jar with two handles, stored wine or water; it often came with a lid, now lost.", "壶为盛酒或盛水之器，垂腹双耳，原多有盖，今已不存。"),
    profile: [[0, 0], [0.23, 0], [0.23, 0.06], [0.33, 0.28], [0.35, 0.42], [0.3, 0.62], [0.17, 0.8], [0.15, 0.9], [0.18, 1]],
    periods: [["springAutumn", 1], ["warringStates", 3], ["westernHan", 2], ["easternHan", 1]],
    heightCm: { springAutumn: [32, 48], warringStates: [30, 46], westernHan: [30, 45], easternHan: [28, 42] },
    decor: { springAutumn: ["serpents", "chi"], warringStates: ["feasting", "chi", "serpents"], westernHan: ["ringMasks", "cloud", "bowstring"], easternHan: ["ringMasks", "bowstring"] },
  },
  {
    vessel: "jue", count: 25, name: bi("jue wine cup", "爵"), legs: 3, handles: 0, spread: 1.5, highlights: 1,
    about: bi("The jue, a tripod cup with a long spout, two capped posts and a side handle, warmed and poured wine; it is among the earliest Chinese bronze vessel types.", "爵为三足饮酒器，前有流、后有尾，口沿立双柱，腹侧有鋬，用于温酒和斟酒，是中国最早出现的青铜器类之一。"),
    profile: [[0, 0.36], [0.08, 0.36], [0.17, 0.42], [0.2, 0.6], [0.22, 0.8], [0.28, 1]],
    periods: [["erligang", 1], ["anyang", 4], ["westernZhouEarly", 1]],
    heightCm: { erligang: [14, 20], anyang: [16, 24], westernZhouEarly: [18, 23] },
    decor: { erligang: ["taotie", "bowstring"], anyang: ["taotie", "kui", "bowstring"], westernZhouEarly: ["taotie", "bowstring"] },
  },
  {
    vessel: "jian", count: 12, name: bi("jian basin", "鉴"), legs: 0, handles: 2, spread: 1.12, highlights: 1,
    about: bi("The jian, a large basin with handles, held water, or ice to chill wine; filled with water, it also served as a mirror.", "鉴是带耳的大型盆形器，用以盛水或盛冰冰酒，盛水后亦可照容。"),
    profile: [[0, 0], [0.55, 0], [0.57, 0.06], [0.8, 0.4], [0.9, 0.68], [0.86, 0.9], [0.9, 1]],
    periods: [["springAutumn", 1], ["warringStates", 2]],
    heightCm: { springAutumn: [22, 40], warringStates: [20, 38] },
    decor: { springAutumn: ["serpents", "chi"], warringStates: ["chi", "serpents", "feasting"] },
  },
  {
    vessel: "zhong", count: 25, name: bi("zhong bell", "甬钟"), legs: 0, handles: 0, spread: 1, highlights: 1,
    about: bi("Zhong bells, hung in graded sets, each sound two distinct notes depending on where they are struck; their almond-shaped section damps the ring quickly.", "甬钟按大小成组悬挂为编钟，每件敲击正鼓与侧鼓可发出两个不同的乐音，合瓦形的横截面使余音迅速衰减。"),
    // Mouth at the bottom, the shank (yong) on top: a bell is open below and closed by its shank.
    profile: [[0.3, 0], [0.29, 0.2], [0.25, 0.5], [0.22, 0.68], [0.2, 0.7], [0.07, 0.72], [0.06, 0.95], [0.07, 1]],
    periods: [["westernZhouMiddle", 2], ["westernZhouLate", 2], ["springAutumn", 2], ["warringStates", 1]],
    heightCm: { westernZhouMiddle: [24, 60], westernZhouLate: [22, 58], springAutumn: [20, 50], warringStates: [18, 40] },
    decor: { westernZhouMiddle: ["qiequ", "kui"], westernZhouLate: ["qiequ", "wave"], springAutumn: ["serpents", "chi"], warringStates: ["chi", "serpents"] },
  },
];

export interface MirrorDef {
  name: Bi;
  look: Bi;
  period: PeriodKey;
  diameterCm: readonly [number, number];
}

const mirror = (period: PeriodKey, en: string, zh: string, lookEn: string, lookZh: string, diameterCm: [number, number]): MirrorDef => ({
  name: bi(en, zh),
  look: bi(lookEn, lookZh),
  period,
  diameterCm,
});

export const MIRROR_ABOUT = bi("Bronze mirrors were polished bright on one face; the back, shown here, has a central knob for a silk cord and cast decoration.", "铜镜一面磨光用以照容，此处展示的是镜背，中央有钮可系丝绦，饰以铸造的纹饰。");

export const MIRRORS: readonly MirrorDef[] = [
  mirror("warringStates", "four 'shan' motifs", "四山纹镜", "Four tilted motifs shaped like the character shan, 'mountain', stand on a ground of feathery scrolls; such mirrors come mostly from the southern state of Chu.", "羽状地纹上斜置四个“山”字形纹样，此类铜镜多出自南方楚地。", [11, 18]),
  mirror("westernHan", "a star-and-cloud pattern", "星云纹镜", "Small bosses joined by curved lines, like stars linked into constellations, fill the back.", "镜背以弧线相连的小乳钉，宛如星辰连缀成的星座。", [10, 16]),
  mirror("westernHan", "an inscription of 'brightness'", "昭明镜", "Its inscription begins 'Pure and clear within, it gives out light', a favourite verse on Han mirrors.", "铭文以“内清质以昭明”开篇，是汉镜常见的铭句。", [8, 14]),
  mirror("easternHan", "a TLV pattern", "博局纹镜", "Its T, L and V shapes come from the board of liubo, a game of chance; with the animals of the four directions they make a map of the cosmos.", "镜背的T、L、V形纹样源自六博棋盘，与四方神兽一起构成一幅宇宙图式。", [13, 21]),
  mirror("easternHan", "deities and beasts", "神兽镜", "Immortals such as the Queen Mother of the West sit among beasts in high relief.", "镜背以高浮雕表现西王母等神仙与瑞兽。", [11, 19]),
  mirror("tang8th", "sea beasts and grapes", "海兽葡萄镜", "Lion-like beasts play among grapevines, a design that came with grapes and wine along the Silk Road.", "狻猊类瑞兽嬉戏于葡萄枝蔓之间，这一题材随葡萄与葡萄酒沿丝绸之路传入。", [10, 24]),
  mirror("tang", "birds and flowers", "花鸟镜", "Birds with ribbons in their beaks fly among flowering branches, a wish for happiness.", "衔绶的禽鸟在花枝间飞翔，寓意吉祥喜庆。", [14, 25]),
];

export const MIRROR_COUNT = 60;

export const MIRROR_NOTES: Partial<Record<string, Bi>> = {
  "eastern-zhou": bi("Craftsmen of Chu cast thin mirrors with fine, layered decoration, and placed them in tombs with the dead.", "楚国工匠铸造的铜镜轻薄，纹饰细密而富于层次，常随葬于墓中。"),
  han: bi("Han mirrors were cast in great numbers, at the imperial workshop and at private foundries such as those of Kuaiji in the south-east.", "汉镜铸造数量巨大，既有宫廷尚方所制，也有会稽等地的私营作坊产品。"),
  tang: bi("Tang mirrors, rich in tin, are white and bright; the finest were cast at Yangzhou and sent to court as tribute.", "唐镜含锡量高，色白而明亮，最精者铸于扬州，作为贡品进献朝廷。"),
};

export const ERA_NOTES: Partial<Record<PeriodKey, Bi>> = {
  erligang: bi("Erligang bronzes, named after a site at Zhengzhou, are thin-walled, with decoration in narrow bands.", "二里岗期青铜器得名于郑州二里岗遗址，器壁较薄，纹饰多为窄带状。"),
  anyang: bi("Bronzes like this were cast in sectional clay moulds near Anyang, the last Shang capital, for rites to the royal ancestors.", "此类青铜器在商代晚期都城安阳附近以陶范分铸，用于祭祀王室祖先。"),
  westernZhouEarly: bi("The early Zhou kings took over the Shang foundries and their craftsmen, and the shapes changed only slowly.", "西周初年周王接管了商人的铸铜作坊和工匠，器形的变化较为缓慢。"),
  westernZhouMiddle: bi("Western Zhou nobles cast long inscriptions into their vessels, recording royal gifts and appointments for their descendants to read at sacrifices.", "西周贵族常在铜器上铸长篇铭文，记录周王的赏赐与册命，供子孙在祭祀时诵读。"),
  westernZhouLate: bi("By the late Western Zhou, ritual reforms had fixed sets of matching vessels, and decoration grew broad and abstract.", "西周晚期的礼制改革确立了成套的礼器组合，纹饰趋于宽阔抽象。"),
  springAutumn: bi("As the Zhou kings lost power, the rival states cast their own bronzes, lighter and more ornate.", "随着周王室衰微，各诸侯国自铸铜器，器形轻巧，纹饰繁缛。"),
  warringStates: bi("Warring States foundries used pattern blocks, lost-wax casting and inlay of copper, gold and silver.", "战国铸铜作坊运用纹样模块、失蜡法以及红铜、金银镶嵌等工艺。"),
  westernHan: bi("In the Han, bronze vessels left the altar for the banquet and the tomb; plain surfaces, gilding and lacquer replaced dense cast decoration.", "汉代青铜器由祭坛走向宴饮与随葬，素面、鎏金与漆绘取代了繁密的铸纹。"),
  easternHan: bi("Eastern Han bronzes are mostly plain and practical; the finest casting went into mirrors.", "东汉青铜容器多素朴实用，最精湛的铸造工艺集中在铜镜上。"),
};
