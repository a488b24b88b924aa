// The studio's stroke data over HTTP: every lesson character from our origin, the licence and notice, nothing else.
import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessonCharacters, STROKE_DATA_PATH, strokeFileName } from "../../../common/ink/lessons";
import { loadStrokeData } from "../../../server/content/strokeData";
import { strokeDataRouter } from "../../../server/http/strokeDataApi";

let server: Server;
let base = "";
beforeAll(async () => {
  const app = express().use(strokeDataRouter(loadStrokeData()));
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${STROKE_DATA_PATH}`;
});
afterAll(() => server?.close());

describe("stroke data", () => {
  it("serves every lesson character, both forms, with its medians on the 1024 grid", async () => {
    const chars = lessonCharacters();
    expect(chars).toEqual(expect.arrayContaining(["永", "岁", "歲", "兰", "蘭", "修", "脩"]));
    for (const c of chars) {
      const res = await fetch(base + strokeFileName(c));
      expect(res.status, c).toBe(200);
      const data = (await res.json()) as { strokes: string[]; medians: number[][][] };
      expect(data.strokes.length).toBe(data.medians.length);
    }
  });

  it("ships the Arphic Public License and a notice of the changes", async () => {
    const licence = await (await fetch(base + "ARPHICPL.TXT")).text();
    expect(licence).toMatch(/^ARPHIC PUBLIC LICENSE/);
    expect(await (await fetch(base + "NOTICE.txt")).text()).toMatch(/Changes made by Digital Bund/);
  });

  it("refuses characters no lesson uses, and paths outside the folder", async () => {
    for (const name of [strokeFileName("国"), "..%2Fpackage.json", "index.js"]) {
      const res = await fetch(base + name);
      expect(res.status, name).toBe(404);
      expect(((await res.json()) as { error: string }).error).toMatch(/only its lesson characters/);
    }
  });

  it("names a lesson character the data lacks", () => {
    expect(() => loadStrokeData(["永", "𠀀"])).toThrow(/no stroke data for "𠀀"/);
  });
});
