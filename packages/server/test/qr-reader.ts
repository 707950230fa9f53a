/** Reads the QR codes of badge pages with jsQR (an independent decoder), for the tests. */
import jsQRModule from 'jsqr';

// jsqr is CommonJS: its function is the module itself or its `default`, depending on the loader.
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Decode }).default ?? jsQRModule) as unknown as Decode;

/**
 * Decodes an inline SVG QR code drawn as unit squares (`M x y h1v1h-1z`): draws it into an
 * RGBA bitmap at 4 pixels a module and lets jsQR find and decode it. Null when it cannot.
 */
export function readSvgQr(svg: string): string | null {
  const width = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  if (!width) return null;
  const scale = 4;
  const px = width * scale;
  const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = ((y * scale + dy) * px + x * scale + dx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}
