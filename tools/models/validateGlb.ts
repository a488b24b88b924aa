// Runs Khronos' glTF-Validator over GLB bytes and turns a report with errors into a thrown Error.
import { type ValidationMessage, type ValidationReport, validateBytes } from "gltf-validator";

const SEVERITY = ["error", "warning", "info", "hint"];

export function formatIssues(messages: ValidationMessage[], limit = 10): string {
  const lines = messages.slice(0, limit).map((m) => {
    const where = m.pointer ?? (m.offset !== undefined ? `byte ${m.offset}` : "");
    return `  ${SEVERITY[m.severity] ?? m.severity} ${m.code}${where ? ` at ${where}` : ""}: ${m.message}`;
  });
  if (messages.length > limit) lines.push(`  … and ${messages.length - limit} more`);
  return lines.join("\n");
}

/** Full report, for callers (tests) that want to show warnings as well as errors. */
export function validateGlbReport(name: string, bytes: Uint8Array): Promise<ValidationReport> {
  // writeTimestamp off so the report is reproducible; maxIssues 0 means "no limit".
  return validateBytes(bytes, { uri: name, format: "glb", writeTimestamp: false, maxIssues: 0 });
}

/**
 * Resolves with the report when the validator finds no errors; otherwise throws naming the model
 * and its first errors, so a bad model is never written or shipped. Warnings are returned, not fatal.
 */
export async function validateGlb(name: string, bytes: Uint8Array): Promise<ValidationReport> {
  let report: ValidationReport;
  try {
    report = await validateGlbReport(name, bytes);
  } catch (cause) {
    // The validator rejects (with a string) when it cannot even tell glTF from GLB.
    throw new Error(`Model "${name}" could not be validated: ${String(cause)}`, { cause });
  }
  if (report.issues.numErrors > 0) {
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    throw new Error(
      `Model "${name}" failed glTF validation with ${report.issues.numErrors} error(s):\n${formatIssues(errors, 5)}`,
    );
  }
  return report;
}
