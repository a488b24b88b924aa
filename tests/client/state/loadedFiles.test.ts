// The page's record of the bytes it loaded: the latest fetch of a path wins, and past the limit the oldest go.
import { describe, expect, it } from "vitest";
import { createLoadedFiles } from "../../../client/state/loadedFiles";

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("loaded files", () => {
  it("keeps each path's latest bytes and counts them once", () => {
    const files = createLoadedFiles(100);
    files.keep("models/a.glb", bytes(10, 1));
    files.keep("models/a.glb", bytes(20, 2));
    expect(files.get("models/a.glb")).toEqual(bytes(20, 2));
    expect(files.get("models/b.glb")).toBeUndefined();
    expect(files.size()).toBe(20);
  });

  it("lets the oldest files go past the limit, never the one just kept", () => {
    const files = createLoadedFiles(100);
    files.keep("a", bytes(40));
    files.keep("b", bytes(40));
    files.keep("a", bytes(40)); // fetched again: now the newest
    files.keep("c", bytes(40));
    expect(files.get("b")).toBeUndefined();
    expect(files.get("a")).toBeDefined();
    expect(files.get("c")).toBeDefined();
    expect(files.size()).toBe(80);
    files.keep("huge", bytes(500));
    expect(files.get("huge")).toBeDefined();
    expect(files.size()).toBe(500);
  });
});
