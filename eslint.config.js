// ESLint for the whole repo: typescript-eslint's recommended rules and promises that must be awaited or marked `void`.
// Import cycles are dependency-cruiser's (.dependency-cruiser.mjs): import-x/no-cycle skips type-only imports.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["node_modules/", "dist/", "data/", "coverage/", "test-results/", "bench/results/", "assets/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      // Type-aware rules (floating promises) need the program; the project service reads tsconfig.json once.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    rules: {
      // A leading underscore marks an argument or binding kept on purpose (a framework signature, a skipped tuple slot).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
