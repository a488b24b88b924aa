// The three gallery halls as scene files: shells, display places, which items go where, viewpoints and texts.
import type { Display } from "../../common/gallery";
import type { SceneInput } from "../../common/scene";
import { displayAxes } from "../../common/displayLayout";
import { DEFAULT_EYE_HEIGHT } from "../../common/measures";
import { distanceTo, footprint, wallRect } from "./hallChecks";
import { HALL_DEFS, type HallDef } from "./hallDefs";
import { fillPool, ordered } from "./hallLayout";
import { shellOf } from "./hallShell";
import type { Place } from "./hallPlaces";
import { bi, type Built } from "./records";

/** Walking order of places: west to east, and north to south where they line up. */
function walkingOrder(places: Place[]): Place[] {
  return [...places].sort((a, b) => Math.round(a.x) - Math.round(b.x) || b.z - a.z || a.yawDeg - b.yawDeg);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Display ids are "<prefix>-<section>-<n>" (fillPool), and prefixes have no hyphen. */
const sectionOfDisplay = (d: Display) => d.id.replace(/^[a-z]+-/, "").replace(/-\d+$/, "");

/** One viewpoint per section: standing back from its middle display, looking at it, as close as the aisle allows. */
function viewpointsOf(
  def: HallDef,
  displays: Display[],
  solid: ReturnType<typeof wallRect>[],
): SceneInput["viewpoints"] {
  const entrance = def.doors[0];
  const views: NonNullable<SceneInput["viewpoints"]> = [];
  const e = entrance.side === "south" ? { x: entrance.at, z: -def.box.halfD + 5 } : { x: 0, z: 0 };
  views.push({
    id: "view-entrance",
    name: bi(`${def.name.en}: from the entrance`, `${def.name.zh}：入口`),
    position: { x: e.x, y: DEFAULT_EYE_HEIGHT, z: e.z },
    yawDeg: 0,
    pitchDeg: -4,
  });
  for (const section of def.sectionOrder) {
    const of = displays.filter((d) => sectionOfDisplay(d) === section);
    if (of.length === 0) continue;
    const d = of[Math.floor((of.length - 1) / 2)];
    const { front } = displayAxes(d);
    let back = 4.5;
    const at = () => ({ x: round2(d.position.x + front[0] * back), z: round2(d.position.z + front[1] * back) });
    while (back > 1.5 && solid.some((r) => distanceTo(r, at().x, at().z) < 0.6)) back -= 0.25;
    const p = at();
    const pitch = d.kind === "wall" ? -2 : d.kind === "plinths" ? -12 : -16;
    views.push({
      id: `view-${section}`,
      name: d.name ?? def.name,
      position: { x: p.x, y: DEFAULT_EYE_HEIGHT, z: p.z },
      yawDeg: (d.yawDeg + 180) % 360,
      pitchDeg: pitch,
    });
  }
  return views;
}

export function buildHall(def: HallDef, all: readonly Built[]): SceneInput {
  const mine = all.filter((b) => def.holds(b));
  const displays: Display[] = [];
  for (const pool of def.pools) {
    const sections = pool.sections
      .map((key) => ({
        key,
        name: def.sectionNames[key],
        items: ordered(mine.filter((b) => b.section === key && pool.takes(b))),
      }))
      .filter((s) => s.items.length > 0);
    displays.push(
      ...fillPool({ prefix: pool.prefix, places: walkingOrder(pool.places), sections, spacing: pool.spacing }),
    );
  }
  const shell = shellOf(def.box, def.doors, def.palette, def.doors[0]);
  const solid = [...displays.map(footprint), ...(shell.walls ?? []).map((w) => wallRect({ thickness: 0.3, ...w }))];
  return {
    id: def.id,
    kind: "gallery",
    name: def.name,
    description: def.description,
    reconstructionNote: def.reconstructionNote,
    ...shell,
    eyeHeight: DEFAULT_EYE_HEIGHT,
    viewpoints: viewpointsOf(def, displays, solid),
    displays,
    benches: def.benches.map((b, i) => ({ id: `bench-${i + 1}`, position: { x: b.x, z: b.z }, yawDeg: b.yawDeg })),
    tourStops: [],
  };
}

export function buildHalls(all: readonly Built[]): SceneInput[] {
  return HALL_DEFS.map((def) => buildHall(def, all));
}
