// The certificate mark of an object's card, VR record and /verify page: runs the verifier on the record and the bytes
// of the files the page itself loaded for the object, and shows green with what was verified or red with the exact
// reason, in the visitor's language (drawn again, from the same verdict, when the language changes).
import type { Artifact } from "../../common/catalog";
import type { Lang, LocalizedText } from "../../common/sceneParts";
import { loadedFiles } from "../state/loadedFiles";
import { el } from "./dom";
import { certificateWords as w } from "./certificateStrings";
import type { InspectionCard } from "./inspection";
import { verifyObject, type LoadedObject, type Verdict } from "../net/verifyObject";
import "./certificates.css";

export function describeVerdict(v: Verdict, lang: Lang): string {
  // The verifier's detail is English: a Chinese sentence stands on the failure's own words.
  if (!v.ok) return `${w("notVerified", lang)}: ${w(v.failure, lang)}${lang === "en" ? ` (${v.detail})` : ""}`;
  const base = w("verified", lang, { serial: v.serial, files: v.files, certified: v.certified, size: v.size });
  return v.since === null ? base : `${base}; ${w("consistent", lang, { since: v.since })}`;
}

/** Checks the object against its certificate with the files this page has loaded (hashed now, not at load). */
export function checkLoaded(record: Artifact, files: LoadedObject["files"] = loadedFiles): Promise<Verdict> {
  return verifyObject(
    { id: record.id, record: record as unknown as Record<string, unknown>, files },
    { fetch: (url) => fetch(url), storage: localStorage },
  );
}

/** The mark as a VR panel draws it: its state and its words in both languages. */
export interface Seal {
  state: "checking" | "ok" | "failed";
  failure: string | null;
  text: LocalizedText;
}

export const CHECKING_SEAL: Seal = {
  state: "checking",
  failure: null,
  text: { en: w("checking", "en"), zh: w("checking", "zh") },
};

export const sealOf = (v: Verdict): Seal => ({
  state: v.ok ? "ok" : "failed",
  failure: v.ok ? null : v.failure,
  text: { en: describeVerdict(v, "en"), zh: describeVerdict(v, "zh") },
});

export interface CertificateMark {
  element: HTMLElement;
  done: Promise<Verdict>;
  /** Draws the mark in `lang` (the verdict, once known, is kept: a language switch does not check again). */
  paint(lang: Lang): void;
}

/** A mark element that fills itself in once `verdict` settles; data-verdict="checking|ok|failed" for tests. */
export function certificateMark(verdict: Promise<Verdict>, lang: Lang): CertificateMark {
  const element = el("p", { class: "certificate-mark checking", "data-verdict": "checking" });
  let shown = lang;
  let known: Verdict | null = null;
  const paint = (l: Lang) => {
    shown = l;
    if (!known) {
      element.replaceChildren(w("checking", l));
      return;
    }
    const v = known;
    element.className = `certificate-mark ${v.ok ? "verified" : "failed"}`;
    element.dataset.verdict = v.ok ? "ok" : "failed";
    if (!v.ok) element.dataset.failure = v.failure;
    element.replaceChildren(
      el("span", { class: "seal", "aria-hidden": "true" }, v.ok ? "✓" : "✗"),
      describeVerdict(v, l),
    );
  };
  paint(lang);
  const done = verdict.then((v) => {
    known = v;
    paint(shown);
    return v;
  });
  return { element, done, paint };
}

/** Adds the mark, and a link to the object's /verify page, to the open inspection card (desktop). */
export function markInspection(card: InspectionCard, record: Artifact, lang: Lang): Promise<Verdict> {
  const mark = certificateMark(checkLoaded(record), lang);
  card.attach(record.id, (l) => {
    mark.paint(l);
    return mark.element;
  });
  card.attach(record.id, (l) =>
    el("a", { class: "verify-link", href: `/verify/${record.id}`, target: "_blank" }, w("verifyPage", l)),
  );
  return mark.done;
}
