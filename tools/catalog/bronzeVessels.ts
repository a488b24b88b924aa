// The bronze vessels in the order the gallery shows them: the food and wine vessels of the rites, then the basin
// and the bell.
import type { VesselDef } from "./bronzeTypes";
import { bi } from "./records";
import { FOOD_AND_WINE_VESSELS } from "./ritualVessels";

export const VESSELS: readonly VesselDef[] = [
  ...FOOD_AND_WINE_VESSELS,
  {
    vessel: "jian",
    count: 12,
    name: bi("jian basin", "鉴"),
    legs: 0,
    handles: 2,
    spread: 1.12,
    highlights: 1,
    about: bi(
      "The jian, a large basin with handles, held water, or ice to chill wine; filled with water, it also served as a mirror.",
      "鉴是带耳的大型盆形器，用以盛水或盛冰冰酒，盛水后亦可照容。",
    ),
    profile: [
      [0, 0],
      [0.55, 0],
      [0.57, 0.06],
      [0.8, 0.4],
      [0.9, 0.68],
      [0.86, 0.9],
      [0.9, 1],
    ],
    periods: [
      ["springAutumn", 1],
      ["warringStates", 2],
    ],
    heightCm: { springAutumn: [22, 40], warringStates: [20, 38] },
    decor: { springAutumn: ["serpents", "chi"], warringStates: ["chi", "serpents", "feasting"] },
  },
  {
    vessel: "zhong",
    count: 25,
    name: bi("zhong bell", "甬钟"),
    legs: 0,
    handles: 0,
    spread: 1,
    highlights: 1,
    about: bi(
      "Zhong bells, hung in graded sets, each sound two distinct notes depending on where they are struck; their almond-shaped section damps the ring quickly.",
      "甬钟按大小成组悬挂为编钟，每件敲击正鼓与侧鼓可发出两个不同的乐音，合瓦形的横截面使余音迅速衰减。",
    ),
    // Mouth at the bottom, the shank (yong) on top: a bell is open below and closed by its shank.
    profile: [
      [0.3, 0],
      [0.29, 0.2],
      [0.25, 0.5],
      [0.22, 0.68],
      [0.2, 0.7],
      [0.07, 0.72],
      [0.06, 0.95],
      [0.07, 1],
    ],
    periods: [
      ["westernZhouMiddle", 2],
      ["westernZhouLate", 2],
      ["springAutumn", 2],
      ["warringStates", 1],
    ],
    heightCm: {
      westernZhouMiddle: [24, 60],
      westernZhouLate: [22, 58],
      springAutumn: [20, 50],
      warringStates: [18, 40],
    },
    decor: {
      westernZhouMiddle: ["qiequ", "kui"],
      westernZhouLate: ["qiequ", "wave"],
      springAutumn: ["serpents", "chi"],
      warringStates: ["chi", "serpents"],
    },
  },
];
