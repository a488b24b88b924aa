// Settings as the browser remembers them: read leniently (a damaged entry is not a broken page), the page's language
// as the default, and every change written back.
import { describe, expect, it } from "vitest";
import { loadSavedSettings, type SettingsStorage } from "../../../client/state/savedSettings";

/** Web Storage's two calls over a Map (Node has no localStorage). */
function memoryStorage(initial?: string): SettingsStorage & { saved(): unknown } {
  const m = new Map<string, string>(initial === undefined ? [] : [["bund.settings", initial]]);
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    saved: () => JSON.parse(m.get("bund.settings") ?? "null"),
  };
}

describe("saved settings", () => {
  it("take the page's language when nothing was saved", () => {
    expect(loadSavedSettings(memoryStorage(), "zh-CN").get()).toMatchObject({ name: "", lang: "zh" });
    expect(loadSavedSettings(memoryStorage(), "de-DE").get().lang).toBe("en");
  });

  it("read what was saved, and a damaged or foreign entry falls back to defaults", () => {
    expect(loadSavedSettings(memoryStorage('{"name":"Ada","lang":"zh"}'), "en").get()).toMatchObject({
      name: "Ada",
      lang: "zh",
    });
    expect(loadSavedSettings(memoryStorage("{not json"), "en").get()).toMatchObject({ name: "", lang: "en" });
    expect(loadSavedSettings(memoryStorage('{"name":7,"lang":"fr"}'), "zh").get()).toMatchObject({
      name: "",
      lang: "zh",
    });
    expect(loadSavedSettings(memoryStorage("null"), "en").get().name).toBe("");
  });

  it("write every change back", () => {
    const storage = memoryStorage();
    const settings = loadSavedSettings(storage, "en");
    settings.update({ name: "Bo", lang: "zh" });
    expect(storage.saved()).toMatchObject({ name: "Bo", lang: "zh" });
  });
});
