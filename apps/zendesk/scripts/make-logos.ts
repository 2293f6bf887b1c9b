// Draws the app's logos (Zendesk asks for assets/logo.png 320x320 and assets/logo-small.png 128x128): a white
// shield with a check mark on a full teal square (opaque, square corners: Zendesk rounds and frames logos itself). Run once (`pnpm make-logos`); the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];
const TEAL: Rgb = [23, 73, 77];
const WHITE: Rgb = [255, 255, 255];
const GREEN: Rgb = [46, 160, 95];

/** Coverage of a unit square (pixel) by a shape, estimated with 4x4 supersampling. */
function coverage(inside: (x: number, y: number) => boolean, px: number, py: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(px + (i + 0.5) / 4, py + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

/** A shield: flat top with rounded shoulders, sides curving to a point at the bottom. Coordinates in 0..1. */
function shield(x: number, y: number): boolean {
  if (y < 0.2 || y > 0.84) return false;
  const t = (y - 0.2) / 0.64; // 0 at the top, 1 at the tip
  const halfWidth = t < 0.45 ? 0.3 : 0.3 * Math.cos(((t - 0.45) / 0.55) * (Math.PI / 2));
  return Math.abs(x - 0.5) <= halfWidth;
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function check(x: number, y: number): boolean {
  const w = 0.045;
  return (
    distanceToSegment(x, y, 0.37, 0.5, 0.47, 0.6) <= w || distanceToSegment(x, y, 0.47, 0.6, 0.65, 0.4) <= w
  );
}

function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sh = coverage((x, y) => shield(x / size, y / size), px, py);
      const ck = coverage((x, y) => check(x / size, y / size) && shield(x / size, y / size), px, py);
      let color: Rgb = TEAL;
      color = mix(color, WHITE, sh);
      color = mix(color, GREEN, ck);
      const i = (py * size + px) * 4;
      png.data[i] = color[0];
      png.data[i + 1] = color[1];
      png.data[i + 2] = color[2];
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((k) => Math.round(a[k]! * (1 - amount) + b[k]! * amount)) as Rgb;
}

const assets = fileURLToPath(new URL('../assets/', import.meta.url));
writeFileSync(assets + 'logo.png', draw(320));
writeFileSync(assets + 'logo-small.png', draw(128));
console.log('wrote assets/logo.png (320x320) and assets/logo-small.png (128x128)');
