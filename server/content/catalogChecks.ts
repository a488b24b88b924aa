// Cross-checks of the catalog against the halls: every item shown exactly once and fitting, doorways and media that exist.
import type { Artifact } from "../../common/catalog";
import { fitProblems } from "../../common/displayLayout";
import type { Scene } from "../../common/scene";

export interface FiledArtifact {
  /** The catalog file it came from, for messages ("assets/catalog/ceramic.json"). */
  file: string;
  index: number;
  artifact: Artifact;
}

/** Everything that does not add up between the catalog, the scenes and the files on disk; empty when all is well. */
export function catalogProblems(
  items: readonly FiledArtifact[],
  scenes: readonly Scene[],
  assetExists: (rel: string) => boolean,
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FiledArtifact>();
  for (const f of items) {
    const prior = byId.get(f.artifact.id);
    if (prior)
      problems.push(
        `${f.file}: items[${f.index}].id: "${f.artifact.id}" is already used in ${prior.file} items[${prior.index}]`,
      );
    else byId.set(f.artifact.id, f);
  }
  const accessions = new Map<string, FiledArtifact>();
  for (const f of items) {
    const prior = accessions.get(f.artifact.accession);
    if (prior && prior !== f && prior.file !== f.file)
      problems.push(
        `${f.file}: items[${f.index}].accession: "${f.artifact.accession}" is already used in ${prior.file}`,
      );
    else accessions.set(f.artifact.accession, f);
  }

  const shownAt = new Map<string, string>();
  const sceneById = new Map(scenes.map((s) => [s.id, s]));
  for (const scene of scenes) {
    const file = `scenes/${scene.id}.json`;
    scene.displays.forEach((d, i) => {
      const missing = d.items.filter((id) => !byId.has(id));
      missing.forEach((id) =>
        problems.push(`${file}: displays[${i}].items[${d.items.indexOf(id)}]: no catalog item "${id}"`),
      );
      d.items.forEach((id, j) => {
        const here = `${file} displays[${i}].items[${j}]`;
        const prior = shownAt.get(id);
        if (prior) problems.push(`${file}: displays[${i}].items[${j}]: item "${id}" is already shown at ${prior}`);
        else shownAt.set(id, here);
      });
      if (missing.length === 0) {
        for (const p of fitProblems(d, (id) => byId.get(id)!.artifact.dimensions))
          problems.push(`${file}: displays[${i}] ("${d.id}"): ${p}`);
      }
    });
    scene.doorways.forEach((door, i) => {
      const target = sceneById.get(door.to.scene);
      if (!target) problems.push(`${file}: doorways[${i}].to.scene: no scene "${door.to.scene}"`);
      else if (!target.spawnPoints.some((s) => s.id === door.to.spawn))
        problems.push(
          `${file}: doorways[${i}].to.spawn: no spawn point "${door.to.spawn}" in scene "${door.to.scene}"`,
        );
    });
  }

  for (const f of byId.values()) {
    if (!shownAt.has(f.artifact.id))
      problems.push(
        `${f.file}: items[${f.index}]: "${f.artifact.id}" (${f.artifact.accession}) is not shown in any hall`,
      );
    const n = f.artifact.narration;
    const media = [n?.audio, n?.audioZh, n?.captions.en, n?.captions.zh].filter((m): m is string => !!m);
    if (f.artifact.form.kind === "model") media.push(f.artifact.form.src);
    for (const m of media)
      if (!assetExists(m)) problems.push(`${f.file}: items[${f.index}] ("${f.artifact.id}"): assets/${m} is missing`);
  }
  return problems;
}
