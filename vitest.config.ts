// Two projects: fast Node tests (common, server, client logic, tools) and browser tests in real Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/{common,server,client,tools}/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Each file drives its own Chromium with software WebGL; one file at a time keeps the timing checks honest
          // on two shared cores.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          fileParallelism: true,
        },
      },
    ],
  },
});
