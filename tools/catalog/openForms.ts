// Open ceramic wares for the table, tea and the desk: bowls, dishes, cups, tea bowls, brush washers.
import { form, type FormDef } from "./profiles";

/** Each profile was drawn to read as its form at a glance (rim, well, foot where they belong). */
export const OPEN_FORMS = {
  bowl: form(
    "bowl",
    "碗",
    [6, 12],
    [
      [0, 0],
      [0.55, 0],
      [0.58, 0.1],
      [0.68, 0.14],
      [0.98, 0.4],
      [1.16, 0.72],
      [1.26, 1],
    ],
    [
      [0.02, 0.1],
      [0.45, 0.5],
      [0.9, 0.96],
    ],
  ),
  dish: form(
    "dish",
    "盘",
    [5, 9],
    [
      [0, 0],
      [1.4, 0],
      [1.45, 0.14],
      [1.75, 0.2],
      [2.5, 0.7],
      [2.8, 0.92],
      [2.85, 1],
    ],
    [
      [0.1, 0.16],
      [0.86, 0.95],
    ],
  ),
  stemCup: form(
    "stem cup",
    "高足杯",
    [8, 13],
    [
      [0, 0],
      [0.33, 0],
      [0.3, 0.05],
      [0.15, 0.12],
      [0.12, 0.38],
      [0.18, 0.44],
      [0.52, 0.6],
      [0.72, 0.84],
      [0.78, 1],
    ],
    [
      [0.02, 0.05],
      [0.4, 0.44],
      [0.9, 0.95],
    ],
  ),
  cup: form(
    "cup",
    "杯",
    [3.5, 7],
    [
      [0, 0],
      [0.42, 0],
      [0.44, 0.1],
      [0.54, 0.14],
      [0.74, 0.52],
      [0.86, 1],
    ],
    [
      [0.02, 0.1],
      [0.88, 0.95],
    ],
  ),
  teaBowl: form(
    "tea bowl",
    "盏",
    [5.5, 7.8],
    [
      [0, 0],
      [0.3, 0],
      [0.32, 0.1],
      [0.42, 0.14],
      [0.8, 0.6],
      [0.94, 0.82],
      [0.92, 0.88],
      [0.98, 1],
    ],
    [[0.93, 1]],
  ),
  washer: form(
    "brush washer",
    "笔洗",
    [4, 7],
    [
      [0, 0],
      [1.1, 0],
      [1.15, 0.12],
      [1.4, 0.3],
      [1.55, 0.75],
      [1.55, 1],
    ],
    [[0.85, 0.95]],
  ),
} as const satisfies Record<string, FormDef>;
