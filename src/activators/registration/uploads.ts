import sharp from 'sharp';

// Uploaded files are judged by their bytes, never by their name or the type the browser claims:
// a PHP script renamed photo.jpg or lettre.pdf is refused.

export const PHOTO_MAX_BYTES = 3 * 1024 * 1024;
export const LETTER_MAX_BYTES = 4 * 1024 * 1024;
/** The stored photo's largest side: enough for a profile page, small enough to serve fast. */
export const PHOTO_SIZE = 600;

export type ImageType = 'jpeg' | 'png' | 'webp';

export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('fr-FR')} Mo`;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Decodes the photo and draws it anew as a JPEG: EXIF (GPS position, camera), comments and
 * anything appended after the image are not carried over, since only the pixels are.
 */
export async function reencodePhoto(bytes: Buffer): Promise<Checked<Buffer>> {
  if (bytes.length === 0) return { ok: false, message: 'Le fichier envoyé est vide.' };
  if (bytes.length > PHOTO_MAX_BYTES) {
    return { ok: false, message: `La photo dépasse ${megabytes(PHOTO_MAX_BYTES)} : choisissez une image plus légère.` };
  }
  if (!sniffImage(bytes)) {
    return { ok: false, message: 'Ce fichier n’est pas une image JPEG, PNG ou WebP. Choisissez une photo dans l’un de ces formats.' };
  }
  try {
    const value = await sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000 })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return { ok: true, value };
  } catch {
    return { ok: false, message: 'Cette image est illisible ou endommagée. Choisissez une autre photo.' };
  }
}

export function checkLetter(bytes: Buffer): Checked<Buffer> {
  if (bytes.length === 0) return { ok: false, message: 'Le fichier envoyé est vide.' };
  if (bytes.length > LETTER_MAX_BYTES) {
    return { ok: false, message: `La lettre dépasse ${megabytes(LETTER_MAX_BYTES)} : numérisez-la en qualité « document » ou en noir et blanc.` };
  }
  if (!isPdf(bytes)) {
    return { ok: false, message: 'Ce fichier n’est pas un PDF. Numérisez la lettre signée et envoyez-la au format PDF.' };
  }
  return { ok: true, value: bytes };
}
