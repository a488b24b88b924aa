// Vite builds the client from client/ into dist/client; hashed bundles go under /static (assets/ is the repo's content).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig, type Plugin } from "vite";

const FONT_PACKAGES = ["@fontsource/noto-sans-sc", "@fontsource/ma-shan-zheng"];

/** The self-hosted fonts' licences (SIL OFL 1.1 asks that they travel with the fonts), beside them in the build. */
function fontLicences(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: "bund-font-licences",
    apply: "build",
    generateBundle() {
      for (const pkg of FONT_PACKAGES) {
        const source = readFileSync(require.resolve(`${pkg}/LICENSE`), "utf8");
        this.emitFile({ type: "asset", fileName: `static/licences/${pkg.split("/")[1]}-OFL.txt`, source });
      }
    },
  };
}

export default defineConfig({
  root: "client",
  publicDir: false,
  plugins: [fontLicences()],
  resolve: {
    // msgpackr (colyseus.js' wire format) probes `new Function("")` when it loads, which the page's CSP (no
    // 'unsafe-eval') reports as a violation; its own no-eval build decodes the same without that.
    alias: [{ find: /^@colyseus\/msgpackr$/, replacement: "@colyseus/msgpackr/index-no-eval" }],
  },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    assetsDir: "static",
    target: "es2022",
    // No source maps in the build the museum serves (they would publish the whole client source next to it);
    // BUND_SOURCEMAP=1 makes them for a local debugging build.
    sourcemap: Boolean(process.env.BUND_SOURCEMAP),
    minify: process.env.BUND_NO_MINIFY ? false : "oxc",
    chunkSizeWarningLimit: 2000,
    // Fonts stay files, never data: URLs (the page's CSP allows fonts from its own origin only).
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` runs Vite inside the museum server; this is only used by `vite` alone.
    proxy: {
      "/api": "http://localhost:2567",
      "/assets": "http://localhost:2567",
      "/matchmake": "http://localhost:2567",
    },
  },
});
