// The address of a place in the museum: "/" is the Bund, "/gallery/<hall>" a hall; shareable, and Back works.

export const FIRST_SCENE = "bund";

/** The scene a path names, or null when it names none (the caller falls back to the Bund). */
export function sceneOfPath(pathname: string): string | null {
  if (pathname === "/" || pathname === "") return FIRST_SCENE;
  const m = /^\/gallery\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  return m ? m[1] : null;
}

export function pathOfScene(id: string): string {
  return id === FIRST_SCENE ? "/" : `/gallery/${id}`;
}
