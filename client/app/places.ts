// The place registry: each kind of place (the Bund, a gallery hall, and next the theatre and the calligraphy studio)
// registers which scenes it shows and how its code loads (lazily); the visit asks it and knows no kind by name.
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { ExhibitSummary } from "../../common/catalog";
import type { Scene } from "../../common/scene";
import type { Lang } from "../../common/sceneParts";
import type { BuildMode } from "../render/landmarkMeshes";
import type { SceneView } from "../render/sceneView";

/** What building a place is given. */
export interface PlaceBuild {
  engine: Engine;
  data: Scene;
  mode: BuildMode;
  lang: Lang;
  /** A hall's exhibits when asked for early (a deep link), so they are not fetched twice. */
  exhibits?: Promise<ExhibitSummary[]>;
  /** Moves the visitor to one of this scene's viewpoints (a theatre's seat buttons). */
  toViewpoint?(id: string): Promise<void>;
}

/** A kind's code, loaded when a place of that kind is first shown. */
export interface PlaceModule {
  /** Fetches what the place needs, then returns its builder, run once the last place's scene has gone. */
  prepare(b: PlaceBuild): Promise<() => SceneView>;
}

export interface PlaceKind {
  /** For messages: "the Bund", "gallery hall". */
  name: string;
  /** Whether this kind shows a scene. Kinds are asked latest-registered first, so a general kind registers first. */
  shows(data: Scene): boolean;
  load(): Promise<PlaceModule>;
}

export interface PlaceRegistry {
  register(kind: PlaceKind): void;
  /** Prepares a scene with the kind that shows it; the builder it gives makes the Babylon scene. */
  prepare(b: PlaceBuild): Promise<() => SceneView>;
}

export function createPlaceRegistry(): PlaceRegistry {
  const kinds: PlaceKind[] = [];
  return {
    register(kind) {
      kinds.unshift(kind);
    },
    async prepare(b) {
      const kind = kinds.find((k) => k.shows(b.data));
      if (!kind)
        throw new Error(
          `No kind of place shows scene "${b.data.id}" (kind ${b.data.kind}); registered: ${kinds.map((k) => k.name).join(", ") || "none"}`,
        );
      const place = await kind.load();
      return place.prepare(b);
    },
  };
}
