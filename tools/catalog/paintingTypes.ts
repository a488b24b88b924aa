// The painting department's schools: Ming–Qing literati painting, the Shanghai School, 1930s Shanghai oil painting.
import type { Artwork, Material } from "../../common/catalog";
import type { PeriodKey } from "./periods";
import { MAKERS, type MakerKey, type Manner } from "./makers";
import { bi, type Bi } from "./records";
import type { Mounting } from "./scrolls";

export interface Subject {
  title: Bi;
  art: Artwork["subject"];
}

const s = (art: Artwork["subject"], en: string, zh: string): Subject => ({ art, title: bi(en, zh) });

export interface School {
  key: "literati" | "shanghai-school" | "oil";
  count: number;
  name: Bi;
  periods: readonly (readonly [PeriodKey, number])[];
  materials: readonly (readonly [Material, number])[];
  /** null for framed oil paintings. */
  mountings: readonly (readonly [Mounting, number])[] | null;
  subjects: readonly Subject[];
  /** Period manners, with the subjects each master is known for. */
  manners: readonly (Manner & { subjects: readonly Artwork["subject"][] })[];
  about: readonly Bi[];
  /** Subjects whose first record is narrated. */
  narrate: readonly Artwork["subject"][];
}

/** Generated works are never given to a named master: at most "in the manner of", in the subjects he painted. */
const manner = (maker: MakerKey, en: string, zh: string, subjects: Artwork["subject"][]) => ({
  maker,
  line: bi(
    `Painted by an unknown hand in the manner of ${MAKERS[maker].name.en}, ${en}.`,
    `作者不详，画风近${MAKERS[maker].name.zh}，${zh}。`,
  ),
  subjects,
});

export const SCHOOLS: readonly School[] = [
  {
    key: "literati",
    count: 35,
    name: bi("literati painting", "文人画"),
    periods: [
      ["jiajing", 1],
      ["wanli", 2],
      ["lateMing", 1],
      ["kangxi", 2],
      ["qianlong", 2],
    ],
    materials: [
      ["ink-on-paper", 4],
      ["ink-on-silk", 2],
      ["colour-on-silk", 1],
      ["colour-on-paper", 1],
    ],
    mountings: [
      ["hanging", 5],
      ["handscroll", 2],
      ["album-leaf", 2],
      ["fan", 2],
    ],
    subjects: [
      s("landscape", "Autumn mountains", "秋山图"),
      s("landscape", "Landscape after Ni Zan", "仿倪瓒山水"),
      s("landscape", "Thatched hall by a mountain stream", "溪山草堂图"),
      s("landscape", "Pines and a waterfall", "松泉图"),
      s("landscape", "Clearing after snow on the river", "江天雪霁图"),
      s("landscape", "Spring dawn at a river village", "江村春晓图"),
      s("landscape", "Living in the mountains", "山居图"),
      s("landscape", "Boating below the Red Cliff", "赤壁泛舟图"),
      s("bamboo", "Bamboo and rock", "竹石图"),
      s("bamboo", "Bamboo in the wind", "风竹图"),
    ],
    manners: [
      manner("shenZhou", "founder of the Wu school of Suzhou", "沈周为吴门画派的开创者", ["landscape"]),
      manner("wenZhengming", "with fine, dry brushwork and pale colour", "笔致细秀，设色清淡", ["landscape", "bamboo"]),
      manner(
        "dongQichang",
        "who rebuilt landscape from the brush methods of the Yuan masters",
        "董其昌以元人笔法重构山水",
        ["landscape"],
      ),
      manner("wangHui", "one of the Four Wangs of the early Qing orthodox school", "王翚为清初“四王”之一", [
        "landscape",
      ]),
      manner("zhengXie", "the Yangzhou eccentric famous for his bamboo", "郑燮为“扬州八怪”之一，以墨竹著称", [
        "bamboo",
      ]),
    ],
    about: [
      bi(
        "For the scholar-painter, a landscape was not a view but a state of mind, painted with the same brush and ink as calligraphy.",
        "对文人画家而言，山水并非写景，而是心境的寄托，用的是与书法相同的笔墨。",
      ),
      bi(
        "Inscriptions and collectors' seals added over the centuries are part of the work, a record of everyone who unrolled it.",
        "历代的题跋与藏印也是作品的一部分，记录着曾经展卷观赏的人。",
      ),
    ],
    narrate: ["landscape"],
  },
  {
    key: "shanghai-school",
    count: 70,
    name: bi("Shanghai School painting", "海派绘画"),
    periods: [
      ["tongzhi", 1],
      ["guangxu", 3],
      ["xuantong", 1],
      ["republic1910s", 2],
      ["republic1920s", 2],
      ["republic1930s", 2],
    ],
    materials: [
      ["colour-on-paper", 5],
      ["ink-on-paper", 3],
    ],
    mountings: [
      ["hanging", 6],
      ["fan", 2],
      ["album-leaf", 2],
    ],
    subjects: [
      s("flowers-and-birds", "Wisteria", "紫藤图"),
      s("flowers-and-birds", "Peonies and rock", "牡丹湖石图"),
      s("flowers-and-birds", "Plum blossom", "梅花图"),
      s("flowers-and-birds", "Chrysanthemums", "秋菊图"),
      s("flowers-and-birds", "Lotus", "荷花图"),
      s("flowers-and-birds", "Pine and crane", "松鹤图"),
      s("flowers-and-birds", "Magpies on a plum branch", "喜上眉梢图"),
      s("flowers-and-birds", "Squirrel and grapes", "松鼠葡萄图"),
      s("flowers-and-birds", "Goldfish", "金鱼图"),
      s("flowers-and-birds", "Calabashes", "葫芦图"),
      s("flowers-and-birds", "Loquats", "枇杷图"),
      s("flowers-and-birds", "Narcissus and rock", "水仙湖石图"),
      s("figures", "Zhong Kui the demon queller", "钟馗图"),
      s("figures", "Lady with a fan", "执扇仕女图"),
      s("figures", "Scholar beneath a pine", "松下高士图"),
      s("figures", "Magu offering longevity", "麻姑献寿图"),
      s("figures", "Su Wu herding sheep", "苏武牧羊图"),
      s("figures", "Tao Yuanming admiring chrysanthemums", "渊明爱菊图"),
      s("figures", "Wang Xizhi watching geese", "羲之爱鹅图"),
      s("bamboo", "Ink bamboo", "墨竹图"),
      s("bamboo", "Bamboo in rain", "雨竹图"),
    ],
    manners: [
      manner("wuChangshuo", "whose flowers are written with a seal-script calligrapher's brush", "以篆籀笔法写花卉", [
        "flowers-and-birds",
        "bamboo",
      ]),
      manner(
        "renBonian",
        "whose quick, sure figures and birds made him the most sought-after painter in late-Qing Shanghai",
        "其人物花鸟落笔迅捷准确，是晚清上海最受欢迎的画家",
        ["figures", "flowers-and-birds"],
      ),
      manner("xuGu", "with angular, broken lines", "用笔方折、断续", ["flowers-and-birds"]),
      manner(
        "zhaoZhiqian",
        "who brought the strength of stele calligraphy into flower painting",
        "以金石碑版的笔力入花卉画",
        ["flowers-and-birds"],
      ),
      manner("qianHuian", "whose figures also served as models for New Year prints", "其人物画也常被用作年画的粉本", [
        "figures",
      ]),
      manner("puHua", "with wet, sweeping ink", "水墨淋漓、笔势纵横", ["bamboo"]),
    ],
    about: [
      bi(
        "In treaty-port Shanghai, painters from across the Yangtze delta sold to merchants rather than to scholars; the Shanghai School answered with bright colour, bold brushwork and auspicious subjects.",
        "开埠后的上海汇聚了江南各地的画家，买家多为商人而非文人；海派绘画以鲜明的色彩、奔放的笔墨和吉祥的题材回应市场。",
      ),
      bi(
        "Paintings like this were bought at fan-and-paper shops, or ordered from the painter at prices printed in the newspapers.",
        "此类画作可在笺扇庄购得，也可按报上刊登的润例向画家订购。",
      ),
    ],
    narrate: ["flowers-and-birds", "figures"],
  },
  {
    key: "oil",
    count: 45,
    name: bi("Shanghai oil painting of the 1930s", "20世纪30年代上海油画"),
    periods: [
      ["republic1930s", 6],
      ["republic1920s", 1],
      ["republic1940s", 1],
    ],
    materials: [["oil-on-canvas", 1]],
    mountings: null,
    subjects: [
      s("cityscape", "The Bund at dusk", "黄昏外滩"),
      s("cityscape", "Suzhou Creek in the morning", "苏州河晨景"),
      s("cityscape", "Nanjing Road in the rain", "雨中南京路"),
      s("cityscape", "A lane in the old town", "老城厢里弄"),
      s("cityscape", "Wharves at Pudong", "浦东码头"),
      s("cityscape", "The Garden Bridge", "外白渡桥"),
      s("cityscape", "Tramcar on the Bund", "外滩电车"),
      s("cityscape", "Shikumen houses", "石库门"),
      s("portrait", "Portrait of a woman in a qipao", "旗袍女子像"),
      s("portrait", "Portrait of a young man", "青年像"),
      s("portrait", "The painter's mother", "母亲像"),
      s("portrait", "Girl in a red scarf", "红围巾少女"),
      s("portrait", "Old man with a pipe", "持烟斗的老人"),
      s("figures", "Reading", "读书"),
      s("figures", "Rickshaw men resting", "歇息的人力车夫"),
      s("figures", "Girl with a pipa", "弹琵琶的少女"),
      s("figures", "Market at the City God Temple", "城隍庙市集"),
      s("landscape", "West Lake", "西湖"),
      s("landscape", "Fields near Longhua", "龙华田野"),
      s("landscape", "Willows by the canal", "运河柳岸"),
    ],
    manners: [
      {
        maker: null,
        line: bi(
          "The painter is not known; it is shown as an example of what was being painted in the city's studios and art schools.",
          "作者不详，此作作为当时上海画室与美术学校创作风貌的一个例证。",
        ),
        subjects: ["cityscape", "portrait", "figures", "landscape"],
      },
    ],
    about: [
      bi(
        "In the 1930s Shanghai was the centre of Western-style painting in China: the Shanghai Art Academy taught oil painting from life, and the Storm Society (1931–1935) called for a modern Chinese art.",
        "20世纪30年代的上海是中国西画的中心：上海美术专科学校倡导写生教学，决澜社（1931—1935）则呼吁建立中国的现代艺术。",
      ),
    ],
    narrate: ["cityscape", "portrait"],
  },
];

export const OIL_NOTES: Partial<Record<Artwork["subject"], Bi>> = {
  cityscape: bi(
    "Painters took their easels to the Bund and Suzhou Creek, recording a new city of banks, trams and neon.",
    "画家们把画架搬到外滩和苏州河畔，描绘银行、电车与霓虹灯下的新都市。",
  ),
  portrait: bi(
    "Portraits in the academic manner were a living for many painters, alongside commercial work for calendars and magazines.",
    "学院派风格的肖像是许多画家的生计来源，他们同时也为月份牌和画报从事商业美术。",
  ),
  figures: bi(
    "Scenes of everyday life in the city were a new subject, learned from European painting and from photography.",
    "都市日常生活是一个新题材，既受欧洲绘画影响，也受摄影启发。",
  ),
  landscape: bi(
    "Landscapes painted outdoors, in the French manner, took art students on sketching trips to Hangzhou and the countryside.",
    "仿照法国画风的户外写生，常带美术学生前往杭州和乡间采风。",
  ),
};

export const FRAMES = ["#5a3e27", "#b08d57", "#2b2b2b", "#8a6b43", "#6e5236", "#c2a466"];
export const CANVASES = ["#d8cdb6", "#cfc3a8", "#bfb39a", "#a89a80", "#7d8a8f", "#8f7b66"];
