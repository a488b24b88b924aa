// Starts the WebGL context while the museum's modules are still downloading: on a software renderer, creating it
// takes hundreds of milliseconds that would otherwise come after the download. Babylon's Engine later asks the same
// canvas for "webgl2" and receives this context, so the attributes here must match main.ts's engine options.
(function () {
  var canvas = document.getElementById("museum-canvas");
  if (!canvas || !canvas.getContext) return;
  var ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(canvas.clientWidth * ratio);
  canvas.height = Math.round(canvas.clientHeight * ratio);
  try {
    canvas.getContext("webgl2", { antialias: true, preserveDrawingBuffer: true, stencil: false, powerPreference: "high-performance", xrCompatible: false });
  } catch (e) {
    // No WebGL2: Babylon will say so when it starts.
  }
})();
