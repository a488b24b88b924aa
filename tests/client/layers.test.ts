// The client's layers, read from the source: folders import one way only (app → ui/render/net/xr → state → common),
// so a feature spread over them (the tour, next the voice) cannot tie them into a knot. Type imports count too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const client = path.join(root, "client");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

/** The client folder a file belongs to ("main" for client/main.ts), or "common" outside client/. */
function layerOf(file: string): string {
  const rel = path.relative(client, file);
  if (rel.startsWith("..")) return path.relative(root, file).split(path.sep)[0];
  return rel.includes(path.sep) ? rel.split(path.sep)[0] : "main";
}

/** Every relative import of a file (static, type-only and dynamic), resolved to a path without extension. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|^\s*import\s+)["'](\.[^"']+)["']/gm)].map((m) => m[1]);
  return specs.map((s) => path.resolve(path.dirname(file), s).replace(/\.(ts|css)$/, ""));
}

const files = sources(client);
const edges = new Map<string, Set<string>>();
for (const file of files) {
  for (const target of importsOf(file)) {
    const from = layerOf(file);
    const to = layerOf(target);
    if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
}
const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
  [...(edges.get(from) ?? [])].some(
    (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
  );

describe("the client's layers", () => {
  it("are read from the real source", () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.get("app")?.has("state")).toBe(true);
  });

  it("form no folder cycle", () => {
    const cycles = [...edges.keys()].filter((layer) => reaches(layer, layer));
    expect(cycles, JSON.stringify(Object.fromEntries([...edges].map(([k, v]) => [k, [...v]])))).toEqual([]);
  });

  it("keep state pure of the other layers: it imports only common", () => {
    expect([...(edges.get("state") ?? [])]).toEqual(["common"]);
  });

  it("are composed only in app (and main): no other layer imports app", () => {
    const intoApp = [...edges].filter(([from, to]) => from !== "main" && to.has("app")).map(([from]) => from);
    expect(intoApp).toEqual([]);
  });

  it("form no file cycle either (type imports included)", () => {
    const known = new Set(files.map((f) => f.replace(/\.ts$/, "")));
    const next = new Map(files.map((f) => [f.replace(/\.ts$/, ""), importsOf(f).filter((t) => known.has(t))]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const walk = (file: string, trail: string[]) => {
      state.set(file, "open");
      for (const t of next.get(file) ?? []) {
        if (state.get(t) === "open")
          cycles.push([...trail.slice(trail.indexOf(t)), t].map((f) => path.relative(client, f)).join(" > "));
        else if (!state.has(t)) walk(t, [...trail, t]);
      }
      state.set(file, "done");
    };
    for (const file of known) if (!state.has(file)) walk(file, [file]);
    expect(cycles).toEqual([]);
  });

  it("have no folder that crosses them (such as the old client/tour)", () => {
    expect([...new Set(files.map(layerOf))].sort()).toEqual(["app", "main", "net", "render", "state", "ui", "xr"]);
  });
});
