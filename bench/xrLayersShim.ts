// Bench-only stand-in for WebXR layers on top of iwer (which has none), so Babylon's multiview path can run and its
// draw calls be counted: a projection layer is a pair of WebGL texture arrays (colour, depth), one slice an eye.
// Nothing is composited: iwer's frame loop only runs while the session has a base layer (Babylon sets none when it
// renders to layers), so the stand-in gives it one to present; the picture is not what the headset would show.

/** Runs in the page after iwer is installed (an init script): adds "layers" to the device and the binding's methods. */
export function installLayersShim(): void {
  type Gl = WebGL2RenderingContext;
  type Session = { updateRenderState(state: { baseLayer?: unknown }): void };
  const w = window as unknown as {
    __xrDevice?: { supportedFeatures: string[] };
    XRWebGLBinding?: new (session: unknown, gl: Gl) => object;
    XRWebGLLayer: new (session: Session, gl: Gl) => unknown;
    __multiviewLayers?: number;
  };
  const Base = w.XRWebGLBinding;
  if (!w.__xrDevice || !Base) return;
  w.__xrDevice.supportedFeatures.push("layers");
  w.__multiviewLayers = 0;
  const bound = new WeakMap<object, { session: Session; gl: Gl }>();
  class Binding extends Base {
    constructor(session: Session, gl: Gl) {
      super(session, gl);
      bound.set(this, { session, gl });
    }
    createProjectionLayer(init: { textureType?: string; scaleFactor?: number }) {
      const { session, gl } = bound.get(this)!;
      session.updateRenderState({ baseLayer: new w.XRWebGLLayer(session, gl) }); // keeps iwer's frames coming
      const width = Math.round((gl.drawingBufferWidth / 2) * (init.scaleFactor ?? 1));
      const height = Math.round(gl.drawingBufferHeight * (init.scaleFactor ?? 1));
      const layers = init.textureType === "texture-array" ? 2 : 1;
      const array = (internal: number) => {
        const t = gl.createTexture()!;
        gl.bindTexture(gl.TEXTURE_2D_ARRAY, t);
        gl.texStorage3D(gl.TEXTURE_2D_ARRAY, 1, internal, width, height, layers);
        gl.bindTexture(gl.TEXTURE_2D_ARRAY, null);
        return t;
      };
      w.__multiviewLayers!++;
      return {
        textureWidth: width,
        textureHeight: height,
        textureArrayLength: layers,
        ignoreDepthValues: false,
        fixedFoveation: null,
        colorTexture: array(gl.RGBA8),
        depthStencilTexture: array(gl.DEPTH24_STENCIL8),
        destroy() {},
      };
    }
    getViewSubImage(
      layer: {
        textureWidth: number;
        textureHeight: number;
        colorTexture: WebGLTexture;
        depthStencilTexture: WebGLTexture;
      },
      view: { eye: string },
    ) {
      return {
        colorTexture: layer.colorTexture,
        depthStencilTexture: layer.depthStencilTexture,
        imageIndex: view.eye === "right" ? 1 : 0,
        textureWidth: layer.textureWidth,
        textureHeight: layer.textureHeight,
        viewport: { x: 0, y: 0, width: layer.textureWidth, height: layer.textureHeight },
      };
    }
  }
  (window as unknown as { XRWebGLBinding: unknown }).XRWebGLBinding = Binding;
}
