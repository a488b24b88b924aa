// The catalog generator: deterministic, its committed output current, and its halls and the Bund doorway usable.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { doorwayAt } from "../../common/doorways";
import { parseScene, parseSceneFile, type Scene } from "../../common/scene";
import { buildWalkableWorld, isWalkable, landmarkAt } from "../../common/walkable";
import { buildCatalog } from "../../tools/catalog/catalogFiles";
import { cuesOf, webVtt } from "../../tools/catalog/captions";
import { layoutProblems } from "../../tools/catalog/hallChecks";
import { readTimings } from "../../tools/catalog/timingsFile";

const root = path.resolve(import.meta.dirname, "../..");
const timings = readTimings(root);
const first = buildCatalog(timings);
const halls = ["ceramics", "bronzes", "calligraphy-painting"].map((id) =>
  parseSceneFile(`scenes/${id}.json`, readFileSync(path.join(root, "scenes", `${id}.json`), "utf8")),
);
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const R = 0.35;

/** Seconds of audio in an Ogg Vorbis file: the last page's granule position over the sample rate. */
function oggSeconds(file: string): number {
  const buf = readFileSync(file);
  const rate = buf.readUInt32LE(buf.indexOf("\u0001vorbis", 0, "latin1") + 12);
  const last = buf.lastIndexOf("OggS", undefined, "latin1");
  return Number(buf.readBigInt64LE(last + 6)) / rate;
}

describe("the generator", () => {
  it("makes the same files twice over", () => {
    const second = buildCatalog(timings);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [file, text] of first.files) expect(second.files.get(file), file).toBe(text);
  });
  it("the committed files are what it makes now (run `npm run catalog` after changing it)", () => {
    for (const [file, text] of first.files) expect(readFileSync(path.join(root, file), "utf8"), file).toBe(text);
  });
  it("gives every department its share and narrates the highlights of each hall", () => {
    const count = (c: string) => first.built.filter((b) => b.record.category === c).length;
    expect(first.built.length).toBeGreaterThanOrEqual(1050);
    expect(count("ceramic")).toBeGreaterThanOrEqual(400);
    expect(count("bronze")).toBeGreaterThanOrEqual(200);
    expect(count("seal")).toBeGreaterThanOrEqual(50);
    for (const hall of halls) {
      const shown = new Set(hall.displays.flatMap((d) => d.items));
      expect(first.built.filter((b) => b.script && shown.has(b.record.id)).length, hall.id).toBeGreaterThanOrEqual(5);
    }
  });
});

describe("narration", () => {
  const narrated = first.built.filter((b) => b.record.narration);
  it("captions are valid WebVTT with cues in order and a readable length", () => {
    for (const b of narrated) {
      for (const lang of ["en", "zh"] as const) {
        const vtt = first.files.get(`assets/${b.record.narration!.captions[lang]}`)!;
        expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
        const times = [...vtt.matchAll(/(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})/g)].map((m) => [
          +m[1] * 3600 + +m[2] * 60 + +m[3] + +m[4] / 1000,
          +m[5] * 3600 + +m[6] * 60 + +m[7] + +m[8] / 1000,
        ]);
        expect(times.length, `${b.record.id}.${lang}`).toBeGreaterThanOrEqual(3);
        times.forEach(([s, e], i) => {
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(times[i - 1][1]);
        });
      }
    }
  });
  it("caption timings match the length of the audio they caption", () => {
    const withAudio = narrated.filter((b) => b.record.narration!.audio && b.record.narration!.audioZh);
    expect(withAudio.length).toBeGreaterThanOrEqual(30);
    for (const b of withAudio) {
      for (const [lang, audio] of [
        ["en", b.record.narration!.audio!],
        ["zh", b.record.narration!.audioZh!],
      ] as const) {
        const vtt = first.files.get(`assets/${b.record.narration!.captions[lang]}`)!;
        const end = [...vtt.matchAll(/--> (\d\d):(\d\d):(\d\d)\.(\d{3})/g)]
          .map((m) => +m[1] * 3600 + +m[2] * 60 + +m[3] + +m[4] / 1000)
          .pop()!;
        expect(Math.abs(oggSeconds(path.join(root, "assets", audio)) - end), `${audio}`).toBeLessThan(0.15);
      }
    }
  });
  it("splits long sentences at clauses and writes WebVTT", () => {
    const cues = cuesOf(
      "Bronze mirrors were polished bright on one face; the back, shown here, has a central knob for a silk cord and cast decoration.",
      "en",
    );
    expect(cues.length).toBeGreaterThan(1);
    expect(cues.every((c) => c.length <= 90)).toBe(true);
    expect(webVtt(["One.", "Two."], [1.5, 2], "en")).toBe(
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nOne.\n\n2\n00:00:01.800 --> 00:00:03.800\nTwo.\n",
    );
  });
});

describe("the halls", () => {
  it.each(halls.map((h) => [h.id, h] as const))(
    "%s leaves 2 m aisles, clear doorways and clear arrival points",
    (_id, hall) => {
      expect(layoutProblems(hall)).toEqual([]);
    },
  );
  it("show every catalog item exactly once", () => {
    const shown = halls.flatMap((h) => h.displays.flatMap((d) => d.items));
    expect(new Set(shown).size).toBe(shown.length);
    expect(new Set(shown)).toEqual(new Set(first.built.map((b) => b.record.id)));
  });
  it.each(halls.map((h) => [h.id, h] as const))(
    "%s is a hall of museum size with viewpoints, arrivals and small displays",
    (_id, hall) => {
      const width = hall.bounds.maxX - hall.bounds.minX;
      const depth = hall.bounds.maxZ - hall.bounds.minZ;
      expect(width).toBeGreaterThanOrEqual(40);
      expect(width).toBeLessThanOrEqual(75);
      expect(depth).toBeGreaterThanOrEqual(25);
      expect(depth).toBeLessThanOrEqual(42);
      expect(hall.viewpoints.length).toBeGreaterThanOrEqual(7);
      expect(hall.spawnPoints[0].id).toBe("entrance");
      expect(hall.displays.every((d) => d.items.length <= 80)).toBe(true);
      expect(hall.reconstructionNote.en).toMatch(/virtual gallery, not a reconstruction/);
    },
  );
  it.each(halls.map((h) => [h.id, h] as const))(
    "%s: visitors arrive on open floor, outside every doorway",
    (_id, hall) => {
      const world = buildWalkableWorld(hall);
      for (const s of hall.spawnPoints) {
        expect(isWalkable(world, s.position.x, s.position.z, R), s.id).toBe(true);
        expect(doorwayAt(hall.doorways, s.position.x, s.position.z), s.id).toBeNull();
      }
      for (const v of hall.viewpoints) expect(isWalkable(world, v.position.x, v.position.z, R), v.id).toBe(true);
    },
  );
  it("every doorway leads to a spawn point that exists", () => {
    // The halls lead to places the generator does not make (the calligraphy studio), so every scene file counts.
    const all = readdirSync(path.join(root, "scenes")).filter((f) => f.endsWith(".json"));
    const others = all.map((f) => parseSceneFile(`scenes/${f}`, readFileSync(path.join(root, "scenes", f), "utf8")));
    const scenes = new Map<string, Scene>(others.map((s) => [s.id, s]));
    for (const s of scenes.values()) {
      for (const d of s.doorways)
        expect(
          scenes.get(d.to.scene)?.spawnPoints.map((p) => p.id),
          `${s.id} ${d.id}`,
        ).toContain(d.to.spawn);
    }
  });
  it("the layout check catches a display in the aisle", () => {
    const hall = JSON.parse(readFileSync(path.join(root, "scenes/bronzes.json"), "utf8"));
    hall.displays[0].position = { ...hall.displays[1].position };
    hall.displays[0].position.x += 0.5;
    expect(layoutProblems(parseScene("bronzes.json", hall)).join("\n")).toMatch(/blocked by display|overlap/);
  });
});

describe("the Bund's doorway to the galleries", () => {
  const world = buildWalkableWorld(bund);
  const door = bund.doorways.find((d) => d.to.scene === "ceramics")!;
  const arrival = bund.spawnPoints.find((s) => s.id === "from-galleries")!;
  it("stands on the promenade: not in a building, the river or the road", () => {
    expect(door.name.en).toMatch(/Galleries/);
    expect(door.name.zh).toMatch(/展馆/);
    for (const dz of [-door.width / 2, 0, door.width / 2]) {
      expect(isWalkable(world, door.position.x, door.position.z + dz, R)).toBe(true);
      expect(landmarkAt(world, door.position.x, door.position.z + dz)).toBeNull();
    }
    const promenade = bund.ground.areas.find((a) => a.kind === "promenade")!.polygon;
    const xs = promenade.map((p) => p[0]);
    expect(door.position.x).toBeGreaterThan(Math.min(...xs) + 2);
    expect(door.position.x).toBeLessThan(Math.max(...xs) - 2);
  });
  it("visitors coming back arrive beside it, on open ground, outside its threshold", () => {
    expect(isWalkable(world, arrival.position.x, arrival.position.z, R)).toBe(true);
    expect(doorwayAt(bund.doorways, arrival.position.x, arrival.position.z)).toBeNull();
    expect(Math.hypot(arrival.position.x - door.position.x, arrival.position.z - door.position.z)).toBeLessThan(8);
  });
});
