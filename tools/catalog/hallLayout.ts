// Fills a hall's places with its sections' items: evenly spaced, in order, each section starting a display of its own.
import type { Display } from "../../common/gallery";
import { fitProblems } from "../../common/displayLayout";
import type { Place } from "./hallPlaces";
import type { Bi, Built } from "./records";

export interface Section {
  key: string;
  name: Bi;
  items: readonly Built[];
}

export interface Pool {
  /** Display ids start with it: "case", "plinths", "wall", "table". */
  prefix: string;
  places: readonly Place[];
  sections: readonly Section[];
  /** Room each item needs beside its own width, in metres, at the tightest spacing allowed. */
  spacing: number;
}

const MAX_ITEMS = 80;

/** How wide a slot an item needs (m): its width plus spacing, at density factor f. */
const slotOf = (b: Built, spacing: number, f: number) => (b.record.dimensions.widthCm / 100 + spacing) * f;

/**
 * Items per place for one section: each place filled while its slots (at density factor f) take at most
 * `share` of its length. Null if the section runs out of places.
 */
function pack(
  section: Section,
  places: readonly Place[],
  start: number,
  spacing: number,
  f: number,
  share = 1,
  last = places.length - 1,
): { place: number; items: Built[] }[] | null {
  const out: { place: number; items: Built[] }[] = [];
  let p = start;
  let current: Built[] = [];
  let widest = 0;
  for (const item of section.items) {
    for (;;) {
      if (p > last) return null;
      const w = Math.max(widest, slotOf(item, spacing, f));
      if ((current.length + 1) * w <= places[p].length * share && current.length < MAX_ITEMS) {
        current.push(item);
        widest = w;
        break;
      }
      if (current.length === 0 && share >= 1) return null; // one item alone does not fit this place
      if (current.length) out.push({ place: p, items: current });
      p++;
      current = [];
      widest = 0;
    }
  }
  if (current.length) out.push({ place: p, items: current });
  return out;
}

function packAll(pool: Pool, f: number): { section: Section; place: number; items: Built[] }[] | null {
  const out: { section: Section; place: number; items: Built[] }[] = [];
  let next = 0;
  for (const section of pool.sections) {
    const packed = pack(section, pool.places, next, pool.spacing, f);
    if (!packed) return null;
    for (const p of packed) out.push({ section, ...p });
    next = packed[packed.length - 1].place + 1;
  }
  return out;
}

/** Spreads a section's items evenly over the places it was given, so no case ends with a lone item. */
function balance(
  section: Section,
  places: readonly Place[],
  first: number,
  last: number,
  spacing: number,
): { place: number; items: Built[] }[] {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (pack(section, places, first, spacing, 1, mid, last)) hi = mid;
    else lo = mid;
  }
  return pack(section, places, first, spacing, 1, hi, last)!;
}

/**
 * The displays of a pool. A density factor is searched so the sections spread over as many of the places as
 * they can (the roomiest layout); then each section is spread evenly over its own places.
 */
export function fillPool(pool: Pool): Display[] {
  let lo = 1;
  if (!packAll(pool, lo)) {
    const need = pool.sections.reduce((s, sec) => s + sec.items.reduce((t, b) => t + slotOf(b, pool.spacing, 1), 0), 0);
    const have = pool.places.reduce((s, p) => s + p.length, 0);
    throw new Error(
      `The ${pool.prefix} places are too few: the items need about ${need.toFixed(0)} m of display, the hall has ${have.toFixed(0)} m`,
    );
  }
  let hi = 4;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (packAll(pool, mid)) lo = mid;
    else hi = mid;
  }
  const spread = packAll(pool, lo)!;
  const packed = pool.sections.flatMap((section) => {
    const mine = spread.filter((p) => p.section === section);
    if (mine.length === 0) return [];
    return balance(section, pool.places, mine[0].place, mine[mine.length - 1].place, pool.spacing).map((p) => ({
      section,
      ...p,
    }));
  });
  const counters = new Map<string, number>();
  return packed.map(({ section, place, items }) => {
    const n = (counters.get(section.key) ?? 0) + 1;
    counters.set(section.key, n);
    const pl = pool.places[place];
    const display: Display = {
      id: `${pool.prefix}-${section.key}-${n}`,
      kind: pl.kind,
      name: section.name,
      position: { x: pl.x, z: pl.z },
      yawDeg: pl.yawDeg,
      length: pl.length,
      depth: pl.depth,
      panel: pl.panel ?? false,
      items: items.map((b) => b.record.id),
    };
    const sizes = new Map(items.map((b) => [b.record.id, b.record.dimensions]));
    const problems = fitProblems(display, (id) => sizes.get(id)!);
    if (problems.length) throw new Error(`display ${display.id}: ${problems.join("; ")}`);
    return display;
  });
}

/** Items of a section in a sensible order: by ware or type (as first met), then by date, then by number. */
export function ordered(items: readonly Built[]): Built[] {
  const groupRank = new Map<string, number>();
  for (const b of items) if (!groupRank.has(b.group)) groupRank.set(b.group, groupRank.size);
  return [...items].sort(
    (a, b) =>
      groupRank.get(a.group)! - groupRank.get(b.group)! ||
      a.record.period.startYear - b.record.period.startYear ||
      a.record.accession.localeCompare(b.record.accession),
  );
}
