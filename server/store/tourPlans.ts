// Tour plans: the plan's JSON (validated by TourPlanSchema on the way in and out), its owner and when it changed.
import type Database from "better-sqlite3";
import { TourPlanSchema, type StoredTourPlan, type TourPlan } from "../../common/tour";

export interface TourPlanSummary {
  id: string;
  title: TourPlan["title"];
  owner: string | null;
  stopCount: number;
  updatedAt: number;
}

export interface TourPlans {
  get(id: string): StoredTourPlan | null;
  list(): TourPlanSummary[];
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

function fromRow(row: Row): StoredTourPlan {
  // What went in was valid; parsing again catches a hand-edited or older row before a room trusts it.
  const plan = TourPlanSchema.parse(JSON.parse(row.body));
  return { ...plan, id: row.id, owner: row.owner, updatedAt: row.updated_at };
}

export function tourPlans(db: Database.Database): TourPlans {
  const get = db.prepare<[string], Row>("SELECT id, owner, body, updated_at FROM tour_plans WHERE id = ?");
  const insert = db.prepare("INSERT OR IGNORE INTO tour_plans (id, owner, body, updated_at) VALUES (?, ?, ?, ?)");
  const update = db.prepare("UPDATE tour_plans SET body = ?, updated_at = ? WHERE id = ?");
  const seeded = db.prepare<[string], { id: string }>("SELECT id FROM seeded_samples WHERE id = ?");
  const markSeeded = db.prepare("INSERT INTO seeded_samples (id, seeded_at) VALUES (?, ?)");
  const body = (plan: TourPlan) => JSON.stringify(TourPlanSchema.parse(plan));
  // Each write is stamped later than the one before, so updatedAt orders edits even within one millisecond.
  let last = 0;
  const stamp = () => (last = Math.max(Date.now(), last + 1));
  return {
    get(id) {
      const row = get.get(id);
      return row ? fromRow(row) : null;
    },
    list() {
      const rows = db.prepare<[], Row>("SELECT id, owner, body, updated_at FROM tour_plans ORDER BY id").all();
      return rows.map(fromRow).map((p) => ({ id: p.id, title: p.title, owner: p.owner, stopCount: p.stops.length, updatedAt: p.updatedAt }));
    },
    create: (plan, owner) => insert.run(plan.id, owner, body(plan), stamp()).changes > 0,
    update: (plan) => update.run(body(plan), stamp(), plan.id).changes > 0,
    remove: (id) => db.prepare("DELETE FROM tour_plans WHERE id = ?").run(id).changes > 0,
    seed: db.transaction((samples: readonly TourPlan[]) => {
      const added: string[] = [];
      for (const plan of samples) {
        if (seeded.get(plan.id)) continue;
        if (insert.run(plan.id, null, body(plan), stamp()).changes > 0) added.push(plan.id);
        markSeeded.run(plan.id, Date.now());
      }
      return added;
    }),
  };
}
