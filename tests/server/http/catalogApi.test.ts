// The catalog over HTTP (search, paging, records, a hall's exhibits, bad queries) and its start-up cross-checks.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Artifact } from "../../../common/catalog";
import { parseCatalogFile } from "../../../common/catalogFile";
import { parseCatalogQuery } from "../../../common/catalogQuery";
import { parseSceneFile, type Scene } from "../../../common/scene";
import { loadConfig } from "../../../server/config";
import { catalogProblems, type FiledArtifact } from "../../../server/content/catalogChecks";
import { loadCatalog } from "../../../server/content/loadCatalog";
import { loadScenes } from "../../../server/content/loadScenes";
import { startMuseumServer, type MuseumServer } from "../../../server/museumServer";

const root = path.resolve(import.meta.dirname, "../../..");
const catalogDir = path.join(root, "assets/catalog");
const all: Artifact[] = readdirSync(catalogDir).flatMap((f) =>
  parseCatalogFile(f, readFileSync(path.join(catalogDir, f), "utf8")),
);
const clientDir = path.join(tmpdir(), `bund-catalog-client-${process.pid}`);
mkdirSync(clientDir, { recursive: true });
writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Digital Bund</title>");

let server: MuseumServer;
const get = (p: string) => fetch(`${server.url}${p}`);
const json = async (p: string) => {
  const res = await get(p);
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bund-catalog-data-"));
  server = await startMuseumServer(
    { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, root), clientDir, dataDir },
    { log: pino({ level: "silent" }) },
  );
});
afterAll(() => server?.close());

describe("GET /api/catalog: paging", () => {
  it("counts everything and pages 24 at a time by default, in accession order", async () => {
    const { status, body } = await json("/api/catalog");
    expect(status).toBe(200);
    expect(body.total).toBe(all.length);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(24);
    expect(body.items).toHaveLength(24);
    const accessions = body.items.map((i: Artifact) => i.accession);
    expect(accessions).toEqual([...accessions].sort());
  });
  it("the last page holds the remainder; a page past the end is empty but keeps the total", async () => {
    const last = Math.ceil(all.length / 100);
    const { body } = await json(`/api/catalog?pageSize=100&page=${last}`);
    expect(body.items).toHaveLength(all.length - (last - 1) * 100);
    const past = await json(`/api/catalog?pageSize=100&page=${last + 1}`);
    expect(past.status).toBe(200);
    expect(past.body).toEqual({ total: all.length, page: last + 1, pageSize: 100, items: [] });
  });
  it("pages do not overlap and together hold every match", async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++)
      for (const i of (await json(`/api/catalog?category=seal&pageSize=25&page=${page}`)).body.items) seen.add(i.id);
    expect(seen.size).toBe(all.filter((a) => a.category === "seal").length);
  });
  it("each item is a summary with where it stands, so the visitor can be taken to it", async () => {
    const { body } = await json("/api/catalog?pageSize=1");
    const item = body.items[0];
    expect(Object.keys(item).sort()).toEqual([
      "accession",
      "category",
      "dimensions",
      "form",
      "id",
      "location",
      "material",
      "period",
      "title",
    ]);
    // Accession order puts DB.ILL.BRZ.0001 first: a Shang ding on the bronze hall's first plinth row.
    expect(item.location).toEqual({
      scene: "bronzes",
      display: expect.stringMatching(/^plinths-/),
      slot: expect.any(Number),
    });
  });
});

describe("GET /api/catalog: search", () => {
  it("finds English words in any case, best matches (titles) first", async () => {
    const { body } = await json("/api/catalog?q=MEIPING&pageSize=100");
    expect(body.total).toBeGreaterThan(10);
    expect(body.items[0].title.en).toMatch(/meiping/i);
    expect(
      body.items.every((i: Artifact) => /meiping|梅瓶/i.test(JSON.stringify(all.find((a) => a.id === i.id)))),
    ).toBe(true);
  });
  it("finds Chinese text by substring", async () => {
    const { body } = await json(`/api/catalog?q=${encodeURIComponent("青花")}&pageSize=100`);
    expect(body.total).toBeGreaterThan(50);
    expect(body.items[0].title.zh).toContain("青花");
    const { body: poem } = await json(`/api/catalog?q=${encodeURIComponent("兰亭")}`);
    expect(poem.total).toBeGreaterThan(0);
    expect(poem.items.every((i: Artifact) => i.category === "calligraphy")).toBe(true);
  });
  it("matches words at their start only, and hyphenated words either way", async () => {
    const hyphen = (await json("/api/catalog?q=blue-and-white")).body.total;
    expect((await json("/api/catalog?q=blue%20and%20white")).body.total).toBe(hyphen);
    expect((await json("/api/catalog?q=porcel&category=ceramic")).body.total).toBeGreaterThan(100);
  });
  it("finds an accession number first", async () => {
    const { body } = await json("/api/catalog?q=DB.ILL.BRZ.0042");
    expect(body.items[0].id).toBe("brz-0042");
  });
  it("filters by era, material and category, alone and together, and by hall", async () => {
    const ming = (await json("/api/catalog?era=ming&pageSize=100")).body;
    expect(ming.total).toBe(all.filter((a) => a.period.era === "ming").length);
    expect(ming.items.every((i: Artifact) => i.period.era === "ming")).toBe(true);
    const stoneware = (await json("/api/catalog?material=stoneware")).body;
    expect(stoneware.total).toBe(all.filter((a) => a.material === "stoneware").length);
    expect(stoneware.total).toBeGreaterThan(0);
    const both = (
      await json(
        `/api/catalog?era=qing&material=porcelain&category=ceramic&q=${encodeURIComponent("粉彩")}&pageSize=100`,
      )
    ).body;
    expect(both.total).toBe(
      all.filter((a) => a.period.era === "qing" && a.material === "porcelain" && a.title.zh.includes("粉彩")).length,
    );
    expect(both.total).toBeGreaterThan(10);
    const inBronzeHall = (await json("/api/catalog?scene=bronzes&pageSize=1")).body;
    expect(inBronzeHall.total).toBe(all.filter((a) => a.category === "bronze").length);
  });
  it("a search that matches nothing is an empty page, not an error", async () => {
    expect((await json("/api/catalog?q=spaceship")).body).toEqual({ total: 0, page: 1, pageSize: 24, items: [] });
  });
});

describe("GET /api/catalog: bad queries get a 400 that names the parameter", () => {
  it.each([
    ["era=bronze-age", /^era: unknown era "bronze-age"; expected one of neolithic, .*republic$/],
    ["material=plastic", /^material: unknown material "plastic"/],
    ["category=furniture", /^category: unknown category "furniture"/],
    ["page=0", /^page: must be at least 1$/],
    ["page=two", /^page: must be a whole number$/],
    ["pageSize=101", /^pageSize: must be at most 100$/],
    [`q=${"x".repeat(101)}`, /^q: must be at most 100 characters$/],
    [
      "colour=blue",
      /^unknown parameter "colour"; known parameters are q, era, material, category, scene, page, pageSize$/,
    ],
    ["q=jar&q=vase", /^parameter "q" is given more than once$/],
    ["scene=atlantis", /^scene: no scene "atlantis"; known scenes are /],
  ])("%s", async (query, message) => {
    const res = await json(`/api/catalog?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
  it("the same rules hold where the client builds its queries", () => {
    expect(parseCatalogQuery(new URLSearchParams("era=&q=jar"))).toEqual({
      ok: true,
      query: { q: "jar", page: 1, pageSize: 24 },
    });
  });
});

describe("GET /api/catalog/:id and a hall's exhibits", () => {
  it("serves the full record with its location", async () => {
    const { status, body } = await json("/api/catalog/cal-0001");
    expect(status).toBe(200);
    expect(body.description.zh.length).toBeGreaterThan(10);
    expect(body.provenance.en).toMatch(/Illustrative record/);
    expect(body.location.scene).toBe("calligraphy-painting");
  });
  it("an unknown id is a 404 that names it", async () => {
    for (const id of ["cer-9999", "NOT_AN_ID"]) {
      const res = await json(`/api/catalog/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toContain(id);
    }
  });
  it("lists a hall's exhibits in display order, gzip-compressed", async () => {
    const hall = parseSceneFile("ceramics.json", readFileSync(path.join(root, "scenes/ceramics.json"), "utf8"));
    const res = await get("/api/scenes/ceramics/exhibits");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const body = await res.json();
    expect(body.items.map((i: Artifact) => i.id)).toEqual(hall.displays.flatMap((d) => d.items));
    expect(body.items[0]).not.toHaveProperty("description");
  });
  it("a scene without displays has no exhibits; an unknown scene is a 404", async () => {
    expect((await json("/api/scenes/bund/exhibits")).body).toEqual({ items: [] });
    expect((await json("/api/scenes/atlantis/exhibits")).status).toBe(404);
  });
});

describe("cross-checks at start-up", () => {
  const scenes: Scene[] = ["bund", "ceramics", "bronzes", "calligraphy-painting", "calligraphy-studio", "theatre"].map(
    (id) => parseSceneFile(`scenes/${id}.json`, readFileSync(path.join(root, "scenes", `${id}.json`), "utf8")),
  );
  const filed: FiledArtifact[] = ["bronze", "calligraphy", "ceramic", "painting", "seal"].flatMap((c) =>
    all
      .filter((a) => a.category === c)
      .map((artifact, index) => ({ file: `assets/catalog/${c}.json`, index, artifact })),
  );
  const exists = () => true;
  const clone = () => scenes.map((s) => structuredClone(s));

  it("the repository's catalog and halls agree", () => {
    expect(
      catalogProblems(filed, scenes, (rel) =>
        readdirSync(path.join(root, "assets", path.dirname(rel))).includes(path.basename(rel)),
      ),
    ).toEqual([]);
  });
  it("catches a display item missing from the catalog", () => {
    const s = clone();
    s[1].displays[0].items[0] = "cer-9999";
    const problems = catalogProblems(filed, s, exists);
    expect(problems).toContain('scenes/ceramics.json: displays[0].items[0]: no catalog item "cer-9999"');
    expect(problems.join("\n")).toMatch(/is not shown in any hall/);
  });
  it("catches an item shown twice, in two halls", () => {
    const s = clone();
    s[2].displays[0].items.push(s[1].displays[0].items[0]);
    expect(catalogProblems(filed, s, exists).join("\n")).toMatch(
      /scenes\/bronzes\.json: displays\[0\]\.items\[\d+\]: item "cer-\d{4}" is already shown at scenes\/ceramics\.json/,
    );
  });
  it("catches an item that does not fit its display", () => {
    const s = clone();
    s[1].displays[0].length = 1;
    expect(catalogProblems(filed, s, exists).join("\n")).toMatch(
      /scenes\/ceramics\.json: displays\[0\] \("case-early-1"\): item "cer-\d{4}" .* does not fit/,
    );
  });
  it("catches a doorway to a missing scene or spawn point", () => {
    const s = clone();
    s[0].doorways[0].to.spawn = "nowhere";
    s[1].doorways[0].to.scene = "attic";
    const problems = catalogProblems(filed, s, exists);
    expect(problems).toContain('scenes/bund.json: doorways[0].to.spawn: no spawn point "nowhere" in scene "ceramics"');
    expect(problems).toContain('scenes/ceramics.json: doorways[0].to.scene: no scene "attic"');
  });
  it("catches a missing narration file, naming the record", () => {
    const problems = catalogProblems(filed, scenes, (rel) => rel !== "captions/cer-0001.zh.vtt");
    expect(problems).toEqual([
      'assets/catalog/ceramic.json: items[0] ("cer-0001"): assets/captions/cer-0001.zh.vtt is missing',
    ]);
  });
  it("a bad catalog file stops the start, naming file, path and problem", () => {
    const assets = mkdtempSync(path.join(tmpdir(), "bund-assets-"));
    cpSync(path.join(root, "assets/catalog"), path.join(assets, "catalog"), { recursive: true });
    cpSync(path.join(root, "assets/captions"), path.join(assets, "captions"), { recursive: true });
    cpSync(path.join(root, "assets/audio"), path.join(assets, "audio"), { recursive: true });
    const file = path.join(assets, "catalog/seal.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"material":"soapstone"', '"material":"plastic"'));
    const library = loadScenes(path.join(root, "scenes"));
    expect(() => loadCatalog(assets, library)).toThrow(/assets\/catalog\/seal\.json: items\[0\]\.material: /);
    rmSync(path.join(assets, "catalog/seal.json"));
    expect(() => loadCatalog(assets, library)).toThrow(
      /The catalog does not match the halls:\n[\s\S]*no catalog item "sea-0001"/,
    );
    rmSync(assets, { recursive: true, force: true });
  });
});
