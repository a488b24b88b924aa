// JSON as the repository keeps it: indented for review, with short lists (ids, points) kept on one line.
const plainList = (v: unknown[]) =>
  v.every((x) => x === null || typeof x !== "object" || (Array.isArray(x) && x.every((y) => typeof y !== "object")));
/** Values, lists of values and points, and anything short enough to read on one line. */
const inline = (v: unknown): boolean =>
  v === null || typeof v !== "object" || (Array.isArray(v) && plainList(v)) || JSON.stringify(v).length <= 72;

/** Two-space indented JSON in which lists of plain values, points and other short values stay on one line. */
export function formatJson(value: unknown, indent = ""): string {
  if (inline(value)) return JSON.stringify(value);
  const next = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => next + formatJson(v, next)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)}: ${formatJson(v, next)}`).join(",\n")}\n${indent}}`;
}

/** A catalog file: one record a line, so a change to one record is a one-line diff. */
export function formatCatalogFile(items: readonly unknown[]): string {
  return `{"items": [\n${items.map((i) => JSON.stringify(i)).join(",\n")}\n]}\n`;
}
