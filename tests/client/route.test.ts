// Addresses of places: the Bund at "/", each hall at "/gallery/<id>", anything else falls back.
import { describe, expect, it } from "vitest";
import { pathOfScene, sceneOfPath } from "../../client/app/route";

describe("museum addresses", () => {
  it("round-trips the Bund and halls", () => {
    for (const id of ["bund", "ceramics", "calligraphy-painting"]) expect(sceneOfPath(pathOfScene(id))).toBe(id);
    expect(pathOfScene("ceramics")).toBe("/gallery/ceramics");
    expect(sceneOfPath("/gallery/bronzes/")).toBe("bronzes");
  });
  it("names no scene for other paths", () => {
    for (const p of ["/gallery/", "/gallery/Ceramics", "/gallery/../etc", "/x", "/gallery/a/b"])
      expect(sceneOfPath(p)).toBeNull();
  });
});
