// Production serves no source maps: the build makes none (they would publish the client's whole source beside it),
// unless BUND_SOURCEMAP asks for them in a local debugging build.
import { describe, expect, it, vi } from "vitest";

describe("the client build", () => {
  it("writes no .map files by default", async () => {
    vi.stubEnv("BUND_SOURCEMAP", "");
    vi.resetModules();
    const config = (await import("../../../vite.config")).default as { build?: { sourcemap?: unknown } };
    expect(config.build?.sourcemap).toBe(false);
  });
  it("writes them when BUND_SOURCEMAP is set", async () => {
    vi.stubEnv("BUND_SOURCEMAP", "1");
    vi.resetModules();
    const config = (await import("../../../vite.config")).default as { build?: { sourcemap?: unknown } };
    expect(config.build?.sourcemap).toBe(true);
    vi.unstubAllEnvs();
  });
});
