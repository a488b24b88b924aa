// The museum's store: one SQLite file under DATA_DIR, one module per table family, opened and closed together.
import { certificateLogStore, type CertificateLogStore } from "./certificateLog";
import { openDatabase, type StoreNotices } from "./database";
import { guideAccounts, type GuideAccounts } from "./guideAccounts";
import { liveTours, type LiveTours } from "./liveTours";
import { moderationLog, type ModerationLog } from "./moderationLog";
import { tourPlans, type TourPlans } from "./tourPlans";

export interface MuseumStore {
  guides: GuideAccounts;
  plans: TourPlans;
  liveTours: LiveTours;
  /** The certificate transparency log's rows (issue 18). */
  certificates: CertificateLogStore;
  /** Reports, moderation acts, removals and the moderator flag (issue 13). */
  moderation: ModerationLog;
  /** A named secret, created with `make()` the first time it is asked for (e.g. the guide token key). */
  secret(name: string, make: () => string): string;
  close(): void;
}

/** `notices`: who hears that the store's modes had to be tightened (the server's log; the CLI's stderr). */
export function openMuseumStore(dataDir: string, notices?: StoreNotices): MuseumStore {
  const db = openDatabase(dataDir, notices);
  const getSecret = db.prepare<[string], { value: string }>("SELECT value FROM secrets WHERE name = ?");
  const putSecret = db.prepare("INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)");
  return {
    guides: guideAccounts(db),
    plans: tourPlans(db),
    liveTours: liveTours(db),
    certificates: certificateLogStore(db),
    moderation: moderationLog(db),
    secret(name, make) {
      // INSERT OR IGNORE then read: two processes starting together end up with the same secret.
      putSecret.run(name, make());
      return getSecret.get(name)!.value;
    },
    close: () => db.close(),
  };
}
