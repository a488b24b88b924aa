// The certificate mark on an object's card and on its /verify page: re-hashes what the page loaded for the object
// (its record, and each certified file fetched as the page fetches it), runs the verifier, and shows green with what
// was verified or red with the exact reason, in the visitor's language.
import type { Artifact } from "../../common/catalog";
import type { Lang } from "../../common/sceneParts";
import { el } from "./dom";
import { certificateWords as w } from "./certificateStrings";
import { verifyObject, type Verdict } from "../net/verifyObject";
import "./certificates.css";

/** The certified files' bytes as the page gets them from its own origin (the browser's cache where it has them). */
async function loadedFiles(id: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const res = await fetch(`/api/certificates/${encodeURIComponent(id)}`);
  if (!res.ok) return files;
  const reply = (await res.json()) as { certificate?: { files?: { path: string }[] } };
  for (const f of reply.certificate?.files ?? []) {
    const asset = await fetch(`/assets/${f.path}`);
    if (asset.ok) files.set(f.path, new Uint8Array(await asset.arrayBuffer()));
  }
  return files;
}

export function describeVerdict(v: Verdict, lang: Lang): string {
  // The verifier's detail is English: a Chinese sentence stands on the failure's own words.
  if (!v.ok) return `${w("notVerified", lang)}: ${w(v.failure, lang)}${lang === "en" ? ` (${v.detail})` : ""}`;
  const base = w("verified", lang, { serial: v.serial, files: v.files, size: v.size });
  return v.since === null ? base : `${base}; ${w("consistent", lang, { since: v.since })}`;
}

/** A mark element that fills itself in once the verification ends; data-verdict="ok|failed" for tests. */
export function certificateMark(record: Artifact, lang: Lang): { element: HTMLElement; done: Promise<Verdict> } {
  const element = el("p", { class: "certificate-mark checking", "data-verdict": "checking" }, w("checking", lang));
  const done = loadedFiles(record.id)
    .then((files) =>
      verifyObject(
        { id: record.id, record: record as unknown as Record<string, unknown>, files },
        { fetch: (url) => fetch(url), storage: localStorage },
      ),
    )
    .then((v) => {
      element.className = `certificate-mark ${v.ok ? "verified" : "failed"}`;
      element.dataset.verdict = v.ok ? "ok" : "failed";
      if (!v.ok) element.dataset.failure = v.failure;
      element.replaceChildren(
        el("span", { class: "seal", "aria-hidden": "true" }, v.ok ? "✓" : "✗"),
        describeVerdict(v, lang),
      );
      return v;
    });
  return { element, done };
}

/** Appends the mark to the open inspection card (desktop), with a link to the object's /verify page. */
export function markInspection(ui: HTMLElement, record: Artifact, lang: Lang): Promise<Verdict> | null {
  const card = ui.querySelector<HTMLElement>("#inspection");
  if (!card) return null;
  card.querySelector(".certificate-mark")?.remove();
  card.querySelector(".verify-link")?.remove();
  const mark = certificateMark(record, lang);
  const link = el("a", { class: "verify-link", href: `/verify/${record.id}`, target: "_blank" }, w("verifyPage", lang));
  card.append(mark.element, link);
  return mark.done;
}
