// Guide accounts: a name, a scrypt hash (server/auth/passwords.ts) and the token version every sign-in carries (a
// reset or a removal bumps it, so the sign-ins handed out before are dead). Names are unique regardless of case.
import type Database from "better-sqlite3";
import { z } from "zod";
import { hashPassword, MAX_PASSWORD, MIN_PASSWORD, verifyPassword } from "../auth/passwords";

export const GuideNameSchema = z
  .string()
  .trim()
  .min(2, "a guide name has at least 2 characters")
  .max(32, "a guide name has at most 32 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "letters, digits, spaces, dots, hyphens and underscores only");
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD, `a password has at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `a password has at most ${MAX_PASSWORD} characters`);

export interface GuideAccounts {
  /** Creates the account, or with `replace` sets a new password (and ends every sign-in); refuses a taken name otherwise. */
  add(name: string, password: string, opts?: { replace?: boolean }): Promise<"created" | "updated">;
  /** The account's name as stored (its own capitalisation) when the password matches, else null. */
  check(name: string, password: string): Promise<string | null>;
  exists(name: string): boolean;
  list(): { name: string; createdAt: number }[];
  /** Deletes the account; its sign-ins are dead from now on, also if the name is given to a new account. */
  remove(name: string): boolean;
  /** The version a guide's token must carry to be good (checked on every use), or null when there is no such guide. */
  tokenVersion(name: string): number | null;
}

export function guideAccounts(db: Database.Database): GuideAccounts {
  const get = db.prepare<[string], { name: string; password_hash: string }>(
    "SELECT name, password_hash FROM guides WHERE name = ?",
  );
  const insert = db.prepare("INSERT INTO guides (name, password_hash, created_at, token_version) VALUES (?, ?, ?, ?)");
  const update = db.prepare("UPDATE guides SET password_hash = ?, token_version = token_version + 1 WHERE name = ?");
  const version = db.prepare<[string], { token_version: number }>("SELECT token_version FROM guides WHERE name = ?");
  const retired = db.prepare<[string], { token_version: number }>(
    "SELECT token_version FROM retired_guides WHERE name = ?",
  );
  const retire = db.prepare("INSERT OR REPLACE INTO retired_guides (name, token_version) VALUES (?, ?)");
  const unretire = db.prepare("DELETE FROM retired_guides WHERE name = ?");
  const remove = db.transaction((name: string) => {
    const row = version.get(name);
    if (!row) return false;
    retire.run(name, row.token_version);
    return db.prepare("DELETE FROM guides WHERE name = ?").run(name).changes > 0;
  });
  // A name given again starts past the versions its former holder's tokens carry.
  const create = db.transaction((name: string, hash: string) => {
    insert.run(name, hash, Date.now(), (retired.get(name)?.token_version ?? 0) + 1);
    unretire.run(name);
  });
  return {
    async add(rawName, password, opts = {}) {
      const name = GuideNameSchema.parse(rawName);
      PasswordSchema.parse(password);
      const hash = await hashPassword(password);
      if (get.get(name)) {
        if (!opts.replace)
          throw new Error(`A guide named "${name}" already exists (use --reset to set a new password).`);
        update.run(hash, name);
        return "updated";
      }
      create(name, hash);
      return "created";
    },
    async check(name, password) {
      const row = typeof name === "string" && name.length <= 64 ? get.get(name.trim()) : undefined;
      const ok = await verifyPassword(String(password).slice(0, MAX_PASSWORD + 1), row?.password_hash ?? null);
      return ok && row ? row.name : null;
    },
    exists: (name) => get.get(name.trim()) !== undefined,
    list: () =>
      db
        .prepare<[], { name: string; created_at: number }>("SELECT name, created_at FROM guides ORDER BY name")
        .all()
        .map((r) => ({ name: r.name, createdAt: r.created_at })),
    remove: (name) => remove(name.trim()),
    tokenVersion: (name) => version.get(name)?.token_version ?? null,
  };
}
