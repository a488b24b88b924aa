// Builds a 1930s cast-iron promenade lamp: octagonal base, fluted post, capital and a glowing opal globe.
import { lathe, sphere } from "./lathe.js";
import { opaque, srgb, type MaterialSpec } from "./materials.js";
import { mergeMeshes } from "./meshData.js";
import { extrudeWalls, flutedOutline } from "./prism.js";
import type { ModelDescription } from "./toDocument.js";

// Dark green-black paint over cast iron; the paint is what answers light, so mostly dielectric.
const IRON: MaterialSpec = { name: "CastIron", baseColor: opaque("#1f2723"), metallic: 0.3, roughness: 0.55 };
// Opal (milk) glass lit from inside: emissive so it glows at dusk without a real light per lamp.
const GLASS: MaterialSpec = {
  name: "OpalGlobe",
  baseColor: opaque("#fff3dc"),
  metallic: 0,
  roughness: 0.25,
  emissive: srgb("#ffc77a"),
};

/** Fewer divisions than the tower: a lamp is small on screen and repeated all along the promenade. */
const ROUND = 16;

const POST_FOOT = 0.62;
const POST_TOP = 4.1;
const GLOBE_RADIUS = 0.27;
const GLOBE_CENTRE = 4.7;

function base() {
  // Octagonal, so faceted on purpose; its bottom face sits on the pavement and is left out.
  return lathe(
    [
      [0.34, 0],
      [0.34, 0.1],
      [0.28, 0.16],
      [0.24, 0.16],
      [0.24, 0.52],
      [0.19, 0.6],
      [0.15, 0.66],
      [0.09, 0.66],
    ],
    { segments: 8, flat: true, phase: Math.PI / 8 },
  );
}

/** Collar, capital and the cup that holds the globe: one lathe, hard edges at each moulding. */
function capital() {
  return lathe(
    [
      [0.102, POST_TOP - 0.1],
      [0.14, POST_TOP],
      [0.165, POST_TOP + 0.06],
      [0.165, POST_TOP + 0.12],
      [0.09, POST_TOP + 0.18],
      [0.09, POST_TOP + 0.3],
      [0.17, POST_TOP + 0.38],
      [0.17, POST_TOP + 0.42],
      [0, POST_TOP + 0.42],
    ],
    { segments: ROUND },
  );
}

/** Crown over the globe ending in a finial; it shades the glow upward, as the real fittings did. */
function crown() {
  const y = GLOBE_CENTRE + GLOBE_RADIUS - 0.04;
  return lathe(
    [
      [0.13, y],
      [0.2, y + 0.04],
      [0.2, y + 0.07],
      [0.1, y + 0.15],
      [0.035, y + 0.2],
      [0.035, y + 0.28],
      [0, y + 0.32],
    ],
    { segments: ROUND },
  );
}

export function buildBundLamp(): ModelDescription {
  const post = extrudeWalls(flutedOutline(0.1, 0.012, 12, 4), POST_FOOT - 0.02, POST_TOP - 0.08);
  const footCollar = lathe(
    [
      [0.125, POST_FOOT],
      [0.125, POST_FOOT + 0.08],
      [0.1, POST_FOOT + 0.13],
    ],
    { segments: ROUND },
  );
  return {
    name: "BundLamp",
    parts: [
      { name: "Ironwork", material: IRON, mesh: mergeMeshes(base(), post, footCollar, capital(), crown()) },
      {
        name: "Globe",
        material: GLASS,
        mesh: sphere({ radius: GLOBE_RADIUS, center: [0, GLOBE_CENTRE, 0], segments: 20, rings: 12 }),
      },
    ],
  };
}
