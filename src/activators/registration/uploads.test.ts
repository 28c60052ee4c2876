import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkLetter, LETTER_MAX_BYTES, PHOTO_MAX_BYTES, PHOTO_SIZE, reencodePhoto, sniffImage } from './uploads.js';

const PHP = Buffer.from('<?php system($_GET["c"]); ?>');

async function photoWithSecrets(format: 'jpeg' | 'png' | 'webp', width = 1200, height = 800): Promise<Buffer> {
  const image = await sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .withExif({ IFD0: { Copyright: 'Position 45.76N 4.83E', Artist: 'Appareil de Camille' } })
    [format]()
    .toBuffer();
  return Buffer.concat([image, PHP]);
}

describe('la photo de l’activateur', () => {
  it.each(['jpeg', 'png', 'webp'] as const)('une photo %s est redessinée en JPEG sans ses métadonnées ni contenu caché', async (format) => {
    const original = await photoWithSecrets(format);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const result = await reencodePhoto(original);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.value).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width!, meta.height!)).toBe(PHOTO_SIZE);
    expect(result.value.includes(PHP)).toBe(false);
    expect(result.value.includes(Buffer.from('Camille'))).toBe(false);
  });

  it('un script PHP nommé photo.jpg est refusé : le type se lit dans le contenu', async () => {
    const result = await reencodePhoto(Buffer.from('<?php echo "bonjour"; ?>\n'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('n’est pas une image JPEG, PNG ou WebP') });
  });

  it('un fichier qui commence comme un JPEG mais ne se décode pas est refusé', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), PHP]);
    expect(sniffImage(fake)).toBe('jpeg');
    const result = await reencodePhoto(fake);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('illisible') });
  });

  it('une photo trop lourde est refusée avec la limite en mégaoctets', async () => {
    const big = Buffer.concat([await photoWithSecrets('jpeg', 64, 64), Buffer.alloc(PHOTO_MAX_BYTES)]);
    const result = await reencodePhoto(big);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/dépasse 3 Mo/) });
  });
});

describe('la lettre d’engagement signée', () => {
  it('seul un vrai PDF est accepté : un script PHP nommé lettre.pdf est refusé', () => {
    expect(checkLetter(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n')).ok).toBe(true);
    expect(checkLetter(Buffer.from('<?php echo 1; ?>%PDF-1.7'))).toEqual({ ok: false, message: expect.stringContaining('n’est pas un PDF') });
  });

  it('une lettre trop lourde ou vide est refusée', () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(LETTER_MAX_BYTES)]);
    expect(checkLetter(big)).toEqual({ ok: false, message: expect.stringContaining('dépasse 4 Mo') });
    expect(checkLetter(Buffer.alloc(0))).toEqual({ ok: false, message: 'Le fichier envoyé est vide.' });
  });
});
