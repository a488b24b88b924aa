// Tour plans: the plan's JSON (validated by TourPlanSchema on the way in and out), its owner, when it changed, and
// its summary (titles, stop count, size) in columns written with it, so listing plans never parses a plan.
import type Database from "better-sqlite3";
import { TourPlanSchema, type StoredTourPlan, type TourPlan } from "../../common/tour";

export interface TourPlanSummary {
  id: string;
  title: TourPlan["title"];
  owner: string | null;
  stopCount: number;
  updatedAt: number;
}

/** One page of the list, in id order; `next` is the `after` of the following page (absent on the last). */
export interface TourPlanPage {
  plans: TourPlanSummary[];
  next?: string;
}

export interface TourPlans {
  get(id: string): StoredTourPlan | null;
  /** Summaries of the plans after the id `after` (all from the start without it), at most `limit`. */
  list(page?: { after?: string; limit?: number }): TourPlanPage;
  /** How many plans this guide owns (for the per-guide quota). */
  countOwnedBy(owner: string): number;
  /** Refuses an id in use (returns false). */
  create(plan: TourPlan, owner: string | null): boolean;
  /** Replaces the plan's content; returns false when there is no such plan. */
  update(plan: TourPlan): boolean;
  remove(id: string): boolean;
  /** Sample plans (assets/tours) go in once: a sample a guide deleted stays deleted. Returns the ids added. */
  seed(samples: readonly TourPlan[]): string[];
}

interface Row {
  id: string;
  owner: string | null;
  body: string;
  updated_at: number;
}

interface SummaryRow {
  id: string;
  owner: string | null;
  title_en: string;
  title_zh: string;
  stop_count: number;
  updated_at: number;
}

/** A plan's size as the quota counts it: the UTF-8 bytes of its JSON as stored. */
export const planBytes = (plan: TourPlan) => Buffer.byteLength(JSON.stringify(plan));

/** The most summaries one page holds. */
export const MAX_PAGE = 200;

function fromRow(row: Row): StoredTourPlan {
  // What went in was valid; parsing again catches a hand-edited or older row before a room trusts it.
  const plan = TourPlanSchema.parse(JSON.parse(row.body));
  return { ...plan, id: row.id, owner: row.owner, updatedAt: row.updated_at };
}

export function tourPlans(db: Database.Database): TourPlans {
  const get = db.prepare<[string], Row>("SELECT id, owner, body, updated_at FROM tour_plans WHERE id = ?");
  const insertRow = db.prepare(
    "INSERT OR IGNORE INTO tour_plans (id, owner, body, updated_at, title_en, title_zh, stop_count, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const updateRow = db.prepare(
    "UPDATE tour_plans SET body = ?, updated_at = ?, title_en = ?, title_zh = ?, stop_count = ?, size = ? WHERE id = ?",
  );
  const page = db.prepare<[string, number], SummaryRow>(
    "SELECT id, owner, title_en, title_zh, stop_count, updated_at FROM tour_plans WHERE id > ? ORDER BY id LIMIT ?",
  );
  const owned = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM tour_plans WHERE owner = ?");
  // The summary columns come from the plan as it is written: one parse per write, none per read.
  const written = (plan: TourPlan) => {
    const checked = TourPlanSchema.parse(plan);
    const json = JSON.stringify(checked);
    return [json, checked.title.en, checked.title.zh, checked.stops.length, Buffer.byteLength(json)] as const;
  };
  const insert = (id: string, owner: string | null, plan: TourPlan) => {
    const [json, ...summary] = written(plan);
    return insertRow.run(id, owner, json, stamp(), ...summary).changes > 0;
  };
  const seeded = db.prepare<[string], { id: string }>("SELECT id FROM seeded_samples WHERE id = ?");
  const markSeeded = db.prepare("INSERT INTO seeded_samples (id, seeded_at) VALUES (?, ?)");
  // Each write is stamped later than the one before, so updatedAt orders edits even within one millisecond.
  let last = 0;
  const stamp = () => (last = Math.max(Date.now(), last + 1));
  return {
    get(id) {
      const row = get.get(id);
      return row ? fromRow(row) : null;
    },
    list({ after = "", limit = MAX_PAGE } = {}) {
      const n = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
      // One row more than asked tells whether another page follows.
      const rows = page.all(after, n + 1);
      const plans = rows.slice(0, n).map((r) => ({
        id: r.id,
        title: { en: r.title_en, zh: r.title_zh },
        owner: r.owner,
        stopCount: r.stop_count,
        updatedAt: r.updated_at,
      }));
      return rows.length > n ? { plans, next: plans[n - 1].id } : { plans };
    },
    countOwnedBy: (owner) => owned.get(owner)?.n ?? 0,
    create: (plan, owner) => insert(plan.id, owner, plan),
    update: (plan) => {
      const [json, ...summary] = written(plan);
      return updateRow.run(json, stamp(), ...summary, plan.id).changes > 0;
    },
    remove: (id) => db.prepare("DELETE FROM tour_plans WHERE id = ?").run(id).changes > 0,
    seed: db.transaction((samples: readonly TourPlan[]) => {
      const added: string[] = [];
      for (const plan of samples) {
        if (seeded.get(plan.id)) continue;
        if (insert(plan.id, null, plan)) added.push(plan.id);
        markSeeded.run(plan.id, Date.now());
      }
      return added;
    }),
  };
}
