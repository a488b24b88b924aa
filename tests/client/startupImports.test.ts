// What the page loads before its first frame: every module reachable from client/main.ts by static imports.
// zod stays out of it (the server validates; the client never parses with it): it would cost ~60 KiB gzip of
// start-up script, and zod's eval probe would trip the page's Content-Security-Policy.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Static, value-carrying imports of a module (not `import type`, not dynamic `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (m[1]) continue;
    // `import { type A, type B } from` carries no value either.
    const clause = /\{([^}]*)\}/.exec(m[0])?.[1];
    if (
      clause &&
      !/^\s*import\s+[\w$]+\s*,/.test(m[0]) &&
      clause.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))
    )
      continue;
    out.push(m[2]);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, path.join(base, "index.ts")]) if (existsSync(c) && c.endsWith(".ts")) return c;
  return null;
}

function startupGraph(entry: string): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of staticImports(file)) {
      const next = resolve(file, spec);
      if (next) visit(next);
      else if (!spec.startsWith(".")) packages.set(spec, path.relative(root, file));
    }
  };
  visit(entry);
  return { modules, packages };
}

describe("the client's start-up modules", () => {
  const { modules, packages } = startupGraph(path.join(root, "client/main.ts"));

  it("are found (the walk follows the real imports)", () => {
    expect(modules.size).toBeGreaterThan(30);
    expect([...modules].some((m) => m.endsWith("client/render/sceneView.ts"))).toBe(true);
  });

  it("leave guided tours, VR and the network client to load later", () => {
    const lazy = ["client/app/tourWiring.ts", "client/xr/xrMode.ts", "client/net/connection.ts"];
    expect([...modules].map((m) => path.relative(root, m)).filter((m) => lazy.includes(m))).toEqual([]);
  });

  it("never import zod", () => {
    const zod = [...packages].filter(([p]) => p === "zod" || p.startsWith("zod/"));
    expect(zod, `imported by ${zod.map(([, by]) => by).join(", ")}`).toEqual([]);
  });
});
