// Which files a deck may have copied into media/: images, audio, video, subtitles and
// fonts, decided by the one table of file types (src/site/content-type.ts). Anything else
// (a page, a script) could run inside the built deck, so it is never copied.
import { extname } from 'node:path';
import { contentType } from '../site/content-type.js';

export type MediaKind = 'image' | 'audio' | 'video' | 'subtitles' | 'font';

export const mediaKindsText = 'only images, audio, video, subtitles and fonts are copied';

export function mediaKind(path: string): MediaKind | null {
  const ext = extname(path);
  if (ext === '') return null;
  const type = contentType(ext);
  if (type.startsWith('text/vtt')) return 'subtitles';
  const major = /^(image|audio|video|font)\//.exec(type)?.[1];
  return (major as MediaKind | undefined) ?? null;
}

// The first bytes of the raster formats a browser shows. Browsers sniff among image
// formats (a JPEG named .png still shows), so any of them will do for any image name.
const imageSignatures: ((b: Uint8Array) => boolean)[] = [
  (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG, APNG
  (b) => starts(b, [0xff, 0xd8, 0xff]), // JPEG
  (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'),
  (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
  (b) => ascii(b, 4, 'ftyp'), // AVIF, HEIF
  (b) => ascii(b, 0, 'BM'), // BMP
  (b) => starts(b, [0x00, 0x00, 0x01, 0x00]) || starts(b, [0x00, 0x00, 0x02, 0x00]), // ICO, CUR
];

function starts(b: Uint8Array, bytes: number[]): boolean {
  return bytes.every((x, i) => b[i] === x);
}

function ascii(b: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Whether a raster image file's bytes are an image at all (SVG is text, checked by its sanitiser). */
export function looksLikeImage(bytes: Uint8Array): boolean {
  return imageSignatures.some((matches) => matches(bytes));
}
