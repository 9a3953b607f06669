// ShiftDesk's icons drawn in code, so that one source makes every size: the app icon (build/icon.png, from
// which electron-builder derives .ico and .icns) and the tray icon of each state, drawn at run time.
import { deflateSync } from 'node:zlib';
import type { TrayLevel } from './tray';

type Rgb = readonly [number, number, number];

/** The tray's colour per state; the app icon is the normal one. */
export const LEVEL_COLOURS: Record<TrayLevel, Rgb> = {
  normal: [22, 119, 255],
  warning: [250, 140, 22],
  breached: [245, 34, 45],
  offline: [140, 140, 140],
  syncError: [114, 46, 209],
};

/** Coverage of a pixel by a shape given by its signed distance (negative inside), antialiased. */
const cover = (distance: number) => Math.min(1, Math.max(0, 0.5 - distance));

/** Distance from point p to the segment a–b, minus half its width. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number, width: number) {
  const [dx, dy] = [bx - ax, by - ay];
  const h = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - h * dx, py - ay - h * dy) - width / 2;
}

/**
 * A clock face: a disc in the state's colour (a rounded square for the app icon) with white hands at ten
 * past two. RGBA, `size` × `size`.
 */
export function drawIcon(size: number, colour: Rgb, shape: 'disc' | 'square'): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const c = size / 2;
  const s = size / 32; // the drawing is laid out on a 32-unit grid
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [px, py] = [x + 0.5, y + 0.5];
      const back =
        shape === 'disc' ? Math.hypot(px - c, py - c) - c + 0.5 : roundedSquare(px - c, py - c, c - s, 7 * s);
      const ring = shape === 'square' ? Math.abs(Math.hypot(px - c, py - c) - 10 * s) - 1.2 * s : Infinity;
      const hands = Math.min(
        segment(px, py, c, c, c, c - (shape === 'disc' ? 9 : 7) * s, 2.6 * s),
        segment(px, py, c, c, c + (shape === 'disc' ? 7 : 5.5) * s, c + 0.5 * s, 2.6 * s),
      );
      const a = cover(back);
      const white = Math.min(1, cover(hands) + cover(ring)) * a;
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(colour[k]! * (1 - white) + 255 * white);
      rgba[i + 3] = Math.round(255 * a);
    }
  }
  return rgba;
}

function roundedSquare(x: number, y: number, half: number, radius: number) {
  const [qx, qy] = [Math.abs(x) - half + radius, Math.abs(y) - half + radius];
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA image as a PNG file (8-bit, no filter): same pixels, same bytes. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The app icon electron-builder turns into every size: 1024 × 1024. */
export const appIconPng = () => encodePng(1024, drawIcon(1024, LEVEL_COLOURS.normal, 'square'));

/** The tray icon of a state at a pixel size (16 and 32 for Windows, 18 and 36 for the macOS menu bar). */
export const trayIconPng = (level: TrayLevel, size: number) =>
  encodePng(size, drawIcon(size, LEVEL_COLOURS[level], 'disc'));
