// The /verify/<id> page: the object's record, its certificate mark, and a QR code (an SVG made here, on our origin)
// that points back at this page, to print beside a physical reproduction.
import { renderSVG } from "uqr";
import type { Artifact } from "../../common/catalog";
import type { Lang } from "../../common/sceneParts";
import { loadSavedSettings } from "../state/savedSettings";
import { el } from "./dom";
import { certificateWords as w } from "./certificateStrings";
import { certificateMark, checkLoaded } from "./certificateMark";

/** The object id a /verify/<id> path names, or null. */
export function verifyPathId(pathname: string): string | null {
  return /^\/verify\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname)?.[1] ?? null;
}

/**
 * This page shows no scene, so it loads the certified files itself, for checking: the bytes it then hashes are the
 * ones it got (from the browser's cache where it has them).
 */
async function fetchCertifiedFiles(id: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const res = await fetch(`/api/certificates/${encodeURIComponent(id)}`);
  if (!res.ok) return files;
  const reply = (await res.json().catch(() => null)) as { certificate?: { files?: { path?: unknown }[] } } | null;
  for (const f of reply?.certificate?.files ?? []) {
    if (typeof f.path !== "string") continue;
    const asset = await fetch(`/assets/${f.path}`);
    if (asset.ok) files.set(f.path, new Uint8Array(await asset.arrayBuffer()));
  }
  return files;
}

/** The QR code as an SVG element (parsed as SVG, never inserted as HTML). */
function qrCode(url: string): Element {
  const svg = new DOMParser().parseFromString(renderSVG(url, { border: 2 }), "image/svg+xml").documentElement;
  return document.importNode(svg, true);
}

export async function showVerifyPage(root: HTMLElement, id: string, lang: Lang): Promise<void> {
  document.getElementById("museum-canvas")?.remove();
  const page = el("main", { id: "verify-page", lang: lang === "zh" ? "zh-Hans" : "en" });
  root.replaceChildren(page);
  const res = await fetch(`/api/catalog/${encodeURIComponent(id)}`);
  if (!res.ok) {
    page.append(
      el("p", { class: "certificate-mark failed", "data-verdict": "failed" }, `${w("notVerified", lang)}: ${id}`),
    );
    return;
  }
  const record = (await res.json()) as Artifact;
  const mark = certificateMark(
    fetchCertifiedFiles(record.id).then((files) => checkLoaded(record, files)),
    lang,
  );
  const url = `${location.origin}/verify/${record.id}`;
  page.append(
    el("h1", {}, record.title[lang]),
    el("p", { class: "accession" }, record.accession),
    mark.element,
    el(
      "figure",
      { class: "qr" },
      qrCode(url),
      el("figcaption", {}, w("qrCaption", lang, { accession: record.accession })),
    ),
  );
  await mark.done;
}

/** The page at this address, in the visitor's saved or browser language. */
export async function openVerifyPage(): Promise<void> {
  const root = document.getElementById("ui-root") ?? document.body;
  const lang = loadSavedSettings(localStorage, navigator.language).get().lang;
  const id = verifyPathId(location.pathname);
  if (!id) {
    root.replaceChildren(
      el("p", { class: "certificate-mark failed" }, `${w("notVerified", lang)}: ${location.pathname}`),
    );
    return;
  }
  await showVerifyPage(root, id, lang);
}
