// `npm test`: the code checks (format, lint, import cycles, types), then the client build and every vitest project,
// ending with the plain "N passed, N failed" line CI reads.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { relative } from "node:path";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

// Each check is an npm script (defined once, in package.json) and a way to find, in its output, what it blames.
const unique = (items) => [...new Set(items)];
const checks = [
  {
    script: "format:check",
    fix: "npm run format",
    blamed: (out) => [...out.matchAll(/^\[warn\] (?!Code style issues)(.+)$/gm)].map((m) => m[1]),
  },
  {
    script: "lint:code",
    fix: "fix the problems above",
    blamed: (out) => [...out.matchAll(/^(\/\S+)$/gm)].map((m) => relative(process.cwd(), m[1])),
  },
  {
    script: "lint:cycles",
    fix: "break the cycles above",
    blamed: (out) => [...out.matchAll(/error (no-[\w-]+): (\S+)/g)].map((m) => `${m[2]} (${m[1]})`),
  },
  {
    script: "typecheck",
    fix: "fix the type errors above",
    blamed: (out) => [...out.matchAll(/^(\S+?)\(\d+,\d+\): error/gm)].map((m) => m[1]),
  },
];

// All checks run, so one push shows every kind of problem; the tests wait until the code passes them.
const failures = [];
for (const check of checks) {
  const started = Date.now();
  const result = spawnSync("npm", ["run", "--silent", check.script], {
    encoding: "utf8",
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    console.log(`check ${check.script}: ok (${seconds} s)`);
    continue;
  }
  const blamed = unique(check.blamed(`${result.stdout ?? ""}\n${result.stderr ?? ""}`));
  failures.push(`${check.script} failed (${seconds} s; ${check.fix}): ${blamed.join(", ") || "see its output above"}`);
}
if (failures.length > 0) {
  console.log(`\nThe code checks failed, so no test ran:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  console.log(`0 passed, ${failures.length} failed`);
  process.exit(1);
}

if (run("npx", ["vite", "build", "--logLevel", "warn"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
mkdirSync("test-results", { recursive: true });
const report = "test-results/vitest.json";
rmSync(report, { force: true });
const status = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  // A file that fails before any test runs (an import error) counts as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (r) => r.status === "failed" && !r.assertionResults?.some((a) => a.status === "failed"),
  ).length;
  failed = json.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(failed, 1); // no report: vitest itself failed
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
