// Import cycles, checked by `npm run lint`: none between files and none between folders. Type-only imports count,
// because a cycle of types still ties two modules' designs together (ESLint's import-x/no-cycle skips them).
export default {
  forbidden: [
    {
      name: "no-file-cycle",
      severity: "error",
      comment:
        "This file imports itself through the files named after it; break the cycle (move the shared part down).",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycle",
      scope: "folder",
      severity: "error",
      comment: "These folders import each other; one layer must sit below the other.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|data|test-results|coverage|assets)/" },
  },
};
