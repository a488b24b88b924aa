// Units and measures every side shares (no zod: the client loads this): angle units, and the eye height a scene
// without its own `eyeHeight` gets.
/** Radians in one degree: `yawDeg * DEG` is radians, `rad / DEG` is degrees. */
export const DEG = Math.PI / 180;

/** Metres above the floor of a standing visitor's eyes, where a scene file does not say (common/scene.ts). */
export const DEFAULT_EYE_HEIGHT = 1.6;
