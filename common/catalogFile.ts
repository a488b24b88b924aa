// One catalog file (assets/catalog/<category>.json): its records, their department and numbers; errors name the path.
import { z } from "zod";
import { ArtifactSchema, CategorySchema, type Artifact, type Category } from "./catalog";
import { formatPath } from "./scene";

/** Each department numbers its records in its own series: DB.CER.0001, DB.BRZ.0001, … (illustrations DB.ILL.CER.0001). */
export const ACCESSION_CODES: Record<Category, string> = {
  ceramic: "CER",
  bronze: "BRZ",
  calligraphy: "CAL",
  painting: "PTG",
  seal: "SEA",
};

export const CatalogFileSchema = z.strictObject({ items: z.array(ArtifactSchema) }).superRefine((file, ctx) => {
  const ids = new Map<string, number>();
  const accessions = new Map<string, number>();
  file.items.forEach((a, i) => {
    const sameId = ids.get(a.id);
    if (sameId !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["items", i, "id"],
        message: `duplicate id "${a.id}" (already used at items[${sameId}])`,
      });
    else ids.set(a.id, i);
    const sameNumber = accessions.get(a.accession);
    if (sameNumber !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["items", i, "accession"],
        message: `duplicate accession number "${a.accession}" (already used at items[${sameNumber}])`,
      });
    else accessions.set(a.accession, i);
    const code = ACCESSION_CODES[a.category];
    if (!a.accession.startsWith(`DB.${code}.`) && !a.accession.startsWith(`DB.ILL.${code}.`))
      ctx.addIssue({
        code: "custom",
        path: ["items", i, "accession"],
        message: `a ${a.category} is numbered DB.${code}.nnnn (an illustration DB.ILL.${code}.nnnn), not "${a.accession}"`,
      });
  });
});

export class CatalogFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      `${file} is not a valid catalog file:\n${problems.map((p) => `  ${file}: ${p.path}: ${p.message}`).join("\n")}`,
    );
    this.name = "CatalogFileError";
  }
}

/**
 * Parses the text of a catalog file; throws CatalogFileError naming the file and each bad path.
 * With `category`, every record must belong to that department (the file is named after it).
 */
export function parseCatalogFile(file: string, text: string, category?: Category): Artifact[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CatalogFileError(file, [{ path: "(root)", message: `not valid JSON: ${(err as Error).message}` }]);
  }
  const result = CatalogFileSchema.safeParse(raw);
  if (!result.success)
    throw new CatalogFileError(
      file,
      result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  const misfiled = category
    ? result.data.items.flatMap((a, i) =>
        a.category === category
          ? []
          : [{ path: `items[${i}].category`, message: `"${a.category}" does not belong in the ${category} file` }],
      )
    : [];
  if (misfiled.length) throw new CatalogFileError(file, misfiled);
  return result.data.items;
}

/**
 * The department a file holds, from its name: "ceramic.json" (written by `npm run catalog`), or "ceramic-<name>.json"
 * for records kept by hand (loans, acquisitions), which the generator never touches. Null for any other name.
 */
export function categoryOfFile(name: string): Category | null {
  const m = /^([a-z]+)(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?\.json$/.exec(name);
  const parsed = CategorySchema.safeParse(m?.[1]);
  return parsed.success ? parsed.data : null;
}
