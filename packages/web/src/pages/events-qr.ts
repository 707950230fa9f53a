import { html, raw, type SafeHtml } from '../html.ts';

/** A QR code matrix: its width in modules and the dark ones, row by row. */
export interface QrView {
  size: number;
  dark: boolean[];
}

/**
 * A QR code as inline SVG: one path of unit squares with the four-module quiet zone the
 * standard asks for; crisp at any print size. `label` is its text alternative.
 */
export function qrSvg(qr: QrView, label: string, sizeCm = 2.6): SafeHtml {
  const quiet = 4;
  const width = qr.size + 2 * quiet;
  let d = '';
  qr.dark.forEach((on, i) => {
    if (on) d += `M${(i % qr.size) + quiet} ${Math.floor(i / qr.size) + quiet}h1v1h-1z`;
  });
  return html`<svg
    class="qr"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${width}"
    width="${sizeCm}cm"
    height="${sizeCm}cm"
    role="img"
    aria-label="${label}"
    shape-rendering="crispEdges"
  >
    <rect width="${width}" height="${width}" fill="#fff" />
    ${raw(`<path d="${d}" fill="#000"/>`)}
  </svg>`;
}
