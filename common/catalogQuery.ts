// The catalog search API's query (GET /api/catalog) and answers, shared so the client builds queries the server takes.
import { z } from "zod";
import { CategorySchema, MaterialSchema, PeriodSchema, type ExhibitSummary } from "./catalog";
import { IdSchema } from "./sceneParts";

export const CATALOG_QUERY_PARAMS = ["q", "era", "material", "category", "scene", "page", "pageSize"] as const;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 100;

const oneOf = (what: string, options: readonly string[]) => (iss: { input?: unknown }) =>
  `unknown ${what} ${JSON.stringify(iss.input)}; expected one of ${options.join(", ")}`;
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const EraSchema = PeriodSchema.shape.era;

export const CatalogQuerySchema = z.strictObject({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).optional(),
  era: z.enum(EraSchema.options, { error: oneOf("era", EraSchema.options) }).optional(),
  material: z.enum(MaterialSchema.options, { error: oneOf("material", MaterialSchema.options) }).optional(),
  category: z.enum(CategorySchema.options, { error: oneOf("category", CategorySchema.options) }).optional(),
  scene: IdSchema.optional(),
  page: wholeNumber(1, 100_000).default(1),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE).default(24),
});

export type CatalogQuery = z.output<typeof CatalogQuerySchema>;

/** Where an item is shown: the hall, the display, and its place in that display (0 = leftmost). */
export interface CatalogLocation {
  scene: string;
  display: string;
  slot: number;
}

export type CatalogHit = ExhibitSummary & { location: CatalogLocation | null };

export interface CatalogPage {
  total: number;
  page: number;
  pageSize: number;
  items: CatalogHit[];
}

/**
 * Reads a query string strictly: each parameter at most once, only known ones, each valid. The error names the
 * parameter and the problem, ready to send back as a 400.
 */
export function parseCatalogQuery(
  params: URLSearchParams,
): { ok: true; query: CatalogQuery } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!(CATALOG_QUERY_PARAMS as readonly string[]).includes(key))
      return {
        ok: false,
        error: `unknown parameter ${JSON.stringify(key)}; known parameters are ${CATALOG_QUERY_PARAMS.join(", ")}`,
      };
    if (key in raw) return { ok: false, error: `parameter "${key}" is given more than once` };
    raw[key] = value;
  }
  // An empty value means "no filter" (a search form submits empty fields), except for the numbers.
  for (const key of ["q", "era", "material", "category", "scene"]) if (raw[key] === "") delete raw[key];
  const result = CatalogQuerySchema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${String(issue.path[0] ?? "query")}: ${issue.message}` };
}
