// Run page map: draws one local layer of a run as a grid raster on a blank basemap (no tiles,
// nothing fetched from other sites). Keyboard: arrow keys pan, + and - zoom, 0 resets; the
// buttons do the same. The page lists the highest cells in a table for screen readers.
(function () {
  /**
   * A local layer as the API sends it (?format=json): the grid's size, the value range (null
   * when no cell has a value) and, per listed cell, its column, row and value.
   * @typedef {{ width: number, height: number, count: number, cellSize: number, min: number | null, max: number | null,
   *   col: number[], row: number[], values: (number | null)[] }} LayerJson
   */
  /** A layer ready to draw: it has a value range. @typedef {LayerJson & { min: number, max: number }} Layer */

  var mapBox = document.querySelector('[data-evidence-map]');
  var mapCanvas = mapBox && mapBox.querySelector('canvas');
  var mapCtx = mapCanvas && mapCanvas.getContext('2d');
  var paletteText = mapBox && mapBox.getAttribute('data-palette');
  if (!mapBox || !mapCanvas || !mapCtx || !paletteText) return;
  // Bound again once checked: the functions below are hoisted, so they would not see the check.
  var box = mapBox,
    canvas = mapCanvas,
    ctx = mapCtx;
  var statusEl = box.querySelector('.map-status');
  var palette = paletteText.split(',').map(hexToRgb);
  var view = { zoom: 1, panX: 0, panY: 0 };
  /** @type {Layer | null} */
  var layer = null;
  /** @type {HTMLCanvasElement | null} */
  var raster = null;
  var MAX_RASTER = 16e6;

  /** @param {string} h */
  function hexToRgb(h) {
    return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
  }

  /** @param {number} t */
  function colour(t) {
    var x = Math.max(0, Math.min(1, t)) * (palette.length - 1);
    var i = Math.min(palette.length - 2, Math.floor(x));
    var f = x - i;
    var a = palette[i],
      b = palette[i + 1];
    return [
      Math.round(a[0] + (b[0] - a[0]) * f),
      Math.round(a[1] + (b[1] - a[1]) * f),
      Math.round(a[2] + (b[2] - a[2]) * f),
    ];
  }

  /** @param {string | null} text */
  function say(text) {
    if (statusEl) statusEl.textContent = text;
  }

  /** @param {LayerJson} data @returns {data is Layer} */
  function hasRange(data) {
    return data.min !== null && data.max !== null;
  }

  // A diverging map (data-center) places its centre in the middle of the scale, symmetric around it.
  var centerText = mapBox.getAttribute('data-center');
  var center = centerText === null ? null : Number(centerText);

  /** @param {Layer} layer @param {number} v */
  function norm(layer, v) {
    if (center !== null) {
      var reach = Math.max(Math.abs(layer.max - center), Math.abs(layer.min - center));
      return reach > 0 ? 0.5 + (v - center) / (2 * reach) : 0.5;
    }
    var span = layer.max - layer.min;
    return span > 0 ? (v - layer.min) / span : 0.5;
  }

  // One pixel per grid cell, in an off-screen canvas, scaled when drawn (crisp, no smoothing).
  /** @param {Layer} layer */
  function buildRaster(layer) {
    if (layer.width * layer.height > MAX_RASTER) return null;
    var off = document.createElement('canvas');
    off.width = layer.width;
    off.height = layer.height;
    var octx = off.getContext('2d');
    if (!octx) return null;
    var img = octx.createImageData(layer.width, layer.height);
    for (var i = 0; i < layer.count; i++) {
      var v = layer.values[i];
      if (v === null) continue;
      var c = colour(norm(layer, v));
      var p = ((layer.height - 1 - layer.row[i]) * layer.width + layer.col[i]) * 4;
      img.data[p] = c[0];
      img.data[p + 1] = c[1];
      img.data[p + 2] = c[2];
      img.data[p + 3] = 255;
    }
    octx.putImageData(img, 0, 0);
    return off;
  }

  /** @param {number} metres */
  function niceLength(metres) {
    var p = Math.pow(10, Math.floor(Math.log10(metres)));
    var n = metres / p;
    return (n >= 5 ? 5 : n >= 2 ? 2 : 1) * p;
  }

  function draw() {
    var cw = canvas.width,
      ch = canvas.height;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, cw, ch);
    if (!layer) return;
    var s = Math.min((cw - 20) / layer.width, (ch - 40) / layer.height) * view.zoom;
    var ox = (cw - layer.width * s) / 2 + view.panX;
    var oy = (ch - 20 - layer.height * s) / 2 + view.panY;
    ctx.fillStyle = '#eef0f3';
    ctx.fillRect(ox, oy, layer.width * s, layer.height * s);
    ctx.strokeStyle = '#9a9aa5';
    ctx.lineWidth = 1;
    ctx.strokeRect(ox - 0.5, oy - 0.5, layer.width * s + 1, layer.height * s + 1);
    if (raster) {
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(raster, ox, oy, layer.width * s, layer.height * s);
    } else {
      for (var i = 0; i < layer.count; i++) {
        var v = layer.values[i];
        if (v === null) continue;
        var c = colour(norm(layer, v));
        ctx.fillStyle = 'rgb(' + c[0] + ',' + c[1] + ',' + c[2] + ')';
        ctx.fillRect(ox + layer.col[i] * s, oy + (layer.height - 1 - layer.row[i]) * s, Math.max(1, s), Math.max(1, s));
      }
    }
    drawScale(layer, s, ch);
    say(
      (box.getAttribute('data-status-drawn') || '')
        .replace('{count}', String(layer.count))
        .replace('{zoom}', String(Math.round(view.zoom * 100) / 100)),
    );
  }

  /** @param {Layer} layer @param {number} s @param {number} ch */
  function drawScale(layer, s, ch) {
    var metresPerPixel = layer.cellSize / s;
    var len = niceLength(metresPerPixel * 120);
    var px = len / metresPerPixel;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(6, ch - 26, px + 80, 22);
    ctx.strokeStyle = '#1b1b1f';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(10, ch - 10);
    ctx.lineTo(10 + px, ch - 10);
    ctx.moveTo(10, ch - 15);
    ctx.lineTo(10, ch - 5);
    ctx.moveTo(10 + px, ch - 15);
    ctx.lineTo(10 + px, ch - 5);
    ctx.stroke();
    ctx.fillStyle = '#1b1b1f';
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText(len >= 1000 ? len / 1000 + ' km' : len + ' m', 16 + px, ch - 6);
  }

  /** @param {string | null} action */
  function act(action) {
    var step = 0.15;
    if (action === 'zoom-in') {
      view.zoom = Math.min(64, view.zoom * 1.5);
      view.panX *= 1.5;
      view.panY *= 1.5;
    } else if (action === 'zoom-out') {
      view.zoom = Math.max(0.25, view.zoom / 1.5);
      view.panX /= 1.5;
      view.panY /= 1.5;
    } else if (action === 'pan-left') view.panX += canvas.width * step;
    else if (action === 'pan-right') view.panX -= canvas.width * step;
    else if (action === 'pan-up') view.panY += canvas.height * step;
    else if (action === 'pan-down') view.panY -= canvas.height * step;
    else if (action === 'reset') view = { zoom: 1, panX: 0, panY: 0 };
    else return false;
    draw();
    return true;
  }

  /** @type {Record<string, string>} */
  var KEYS = {
    ArrowLeft: 'pan-left',
    ArrowRight: 'pan-right',
    ArrowUp: 'pan-up',
    ArrowDown: 'pan-down',
    '+': 'zoom-in',
    '=': 'zoom-in',
    '-': 'zoom-out',
    0: 'reset',
  };
  canvas.addEventListener('keydown', function (e) {
    var action = KEYS[e.key];
    if (action && act(action)) e.preventDefault();
  });
  box.querySelectorAll('[data-map-action]').forEach(function (b) {
    b.addEventListener('click', function () {
      act(b.getAttribute('data-map-action'));
    });
  });

  say(box.getAttribute('data-status-loading'));
  fetch(box.getAttribute('data-layer-url') + '?format=json', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  })
    .then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    })
    .then(function (/** @type {LayerJson} */ data) {
      layer = hasRange(data) ? data : Object.assign(data, { min: 0, max: 1 });
      raster = buildRaster(layer);
      draw();
      canvas.setAttribute('data-drawn', 'true');
    })
    .catch(function () {
      say(box.getAttribute('data-status-failed'));
    });
})();
