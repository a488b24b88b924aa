// `npm test`: builds the client, runs every vitest project, and ends with the plain "N passed, N failed" line CI reads.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

if (run("npx", ["vite", "build", "--logLevel", "warn"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
mkdirSync("test-results", { recursive: true });
const report = "test-results/vitest.json";
rmSync(report, { force: true });
const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  // A file that fails before any test runs (an import error) counts as one failure.
  const brokenFiles = (json.testResults ?? []).filter((r) => r.status === "failed" && !r.assertionResults?.some((a) => a.status === "failed")).length;
  failed = json.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(failed, 1); // no report: vitest itself failed
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
