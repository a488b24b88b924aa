// axe-core (Deque's rule set; WCAG 2.0–2.2 A and AA) in a museum page, for the browser tests: axe is served from the
// museum's own origin (a route of the test: the museum does not ship it), so the page's Content-Security-Policy stays
// as visitors get it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = "/__test__/axe.min.js";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Serves axe at AXE_PATH on the museum's own origin, for this page only (run before the page loads). */
export async function serveAxe(page: Page): Promise<void> {
  await page.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: axeSource }),
  );
}

/** axe's violations on the page as it is now, each with the elements it names (short, for the failure message). */
export async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_PATH });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return r.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}
