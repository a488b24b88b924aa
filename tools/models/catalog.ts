// The models this tool ships: file name, builder and triangle budget for each.
import { buildBundLamp } from "./bundLamp.js";
import { buildGutzlaffTower } from "./gutzlaffTower.js";
import { buildYueEwer } from "./yueEwer.js";
import type { ModelDescription } from "./toDocument.js";

export interface CatalogEntry {
  /** File stem under assets/models/, and the name used in every message about the model. */
  name: string;
  build: () => ModelDescription;
  /** Most triangles allowed; budgets keep the whole Bund scene inside Quest-class frame times. */
  maxTriangles: number;
}

export const MODEL_CATALOG: readonly CatalogEntry[] = [
  { name: "gutzlaff-signal-tower", build: buildGutzlaffTower, maxTriangles: 10_000 },
  // Repeated dozens of times along the promenade, so it gets a tight budget.
  { name: "bund-lamp", build: buildBundLamp, maxTriangles: 1_500 },
  // An exhibit in the ceramics hall, seen at arm's length and in the inspection stage.
  { name: "yue-celadon-ewer", build: buildYueEwer, maxTriangles: 6_000 },
];
