// Guide accounts: a name and a scrypt hash (server/auth/passwords.ts). Names are unique regardless of case.
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
  /** Creates the account, or with `replace` sets a new password; refuses a taken name otherwise. */
  add(name: string, password: string, opts?: { replace?: boolean }): Promise<"created" | "updated">;
  /** The account's name as stored (its own capitalisation) when the password matches, else null. */
  check(name: string, password: string): Promise<string | null>;
  exists(name: string): boolean;
  list(): { name: string; createdAt: number }[];
  remove(name: string): boolean;
}

export function guideAccounts(db: Database.Database): GuideAccounts {
  const get = db.prepare<[string], { name: string; password_hash: string }>("SELECT name, password_hash FROM guides WHERE name = ?");
  const insert = db.prepare("INSERT INTO guides (name, password_hash, created_at) VALUES (?, ?, ?)");
  const update = db.prepare("UPDATE guides SET password_hash = ? WHERE name = ?");
  return {
    async add(rawName, password, opts = {}) {
      const name = GuideNameSchema.parse(rawName);
      PasswordSchema.parse(password);
      const hash = await hashPassword(password);
      if (get.get(name)) {
        if (!opts.replace) throw new Error(`A guide named "${name}" already exists (use --reset to set a new password).`);
        update.run(hash, name);
        return "updated";
      }
      insert.run(name, hash, Date.now());
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
    remove: (name) => db.prepare("DELETE FROM guides WHERE name = ?").run(name.trim()).changes > 0,
  };
}
