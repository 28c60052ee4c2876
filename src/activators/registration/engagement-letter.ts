import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CharterVersion } from './charter.js';

// The engagement letter, prefilled from the file: printed, signed by the head of the structure and
// sent back as a PDF. Standard fonts only (nothing to embed), so the text is limited to what the
// WinAnsi encoding can show; other characters are replaced rather than breaking the document.

export interface EngagementLetterInput {
  siteName: string;
  operatorName: string;
  reference: string;
  activator: { firstName: string; lastName: string; email: string; kindLabel: string };
  structure: { name: string; siret: string; address: string };
  signatory: { name: string; role: string };
  charter: CharterVersion;
  /** The day the letter was generated, already formatted ("15 janvier 2026"). */
  dateText: string;
}

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Keeps what Helvetica (WinAnsi) can draw: Latin-1 and a few typographic signs. */
export function printable(text: string): string {
  return text
    .replace(/[\u202f\u2009\u00a0]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[^\x20-\x7e\u00a0-\u00ff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n').map(printable)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

const MARGIN = 56;
const A4: [number, number] = [595.28, 841.89];

export async function engagementLetterPdf(input: EngagementLetterInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(`Lettre d’engagement — ${input.activator.firstName} ${input.activator.lastName} — ${input.structure.name}`));
  doc.setSubject(printable(`Inscription comme activateur ${input.siteName} (dossier ${input.reference})`));
  doc.setAuthor(printable(input.siteName));
  doc.setLanguage('fr-FR');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;

  const write = (text: string, { font = regular, size = 10.5, gap = 4 }: { font?: PDFFont; size?: number; gap?: number } = {}) => {
    for (const line of wrap(text, font, size, width)) {
      if (y < MARGIN + size) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: y - size, size, font, color: rgb(0.09, 0.09, 0.09) });
      y -= size * 1.35;
    }
    y -= gap;
  };

  const { activator, structure, signatory, charter } = input;
  write(`${input.siteName} — service proposé par ${input.operatorName}`, { size: 9, gap: 14 });
  write('Lettre d’engagement de la structure', { font: bold, size: 16, gap: 4 });
  write(`Inscription d’un activateur — dossier n° ${input.reference}`, { size: 10, gap: 16 });
  write('La structure', { font: bold, size: 12 });
  write(`${structure.name}\nSIRET : ${structure.siret}\n${structure.address}`, { gap: 10 });
  write('L’activateur', { font: bold, size: 12 });
  write(`${activator.firstName} ${activator.lastName} — ${activator.kindLabel}\n${activator.email}`, { gap: 14 });
  write(
    `Je soussigné(e), ${signatory.name || '……………………………………'}, ${signatory.role || '……………………'} de la structure ${structure.name}, ` +
      `atteste que ${activator.firstName} ${activator.lastName} exerce au sein de cette structure et l’autorise à s’inscrire comme activateur sur ${input.siteName}.`,
  );
  write(
    `La structure et l’activateur s’engagent à respecter la charte d’engagement des activateurs (version ${charter.version}), dont les engagements sont les suivants :`,
    { gap: 6 },
  );
  for (const c of charter.commitments) write(`• ${c.title} : ${c.text}`, { size: 10, gap: 2 });
  y -= 10;
  write('Cette lettre doit être signée par la personne qui dirige la structure (ou qui a reçu délégation pour l’engager), et non par l’activateur lui-même s’il n’en est pas le dirigeant.', { size: 9.5, gap: 18 });
  write(`Fait à ……………………………………………, le ……………………… (lettre préparée le ${input.dateText})`, { gap: 16 });
  write(`Nom et fonction du signataire : ${signatory.name || '……………………………………'}, ${signatory.role || '……………………'}`, { gap: 8 });
  write('Signature et cachet de la structure :', { font: bold, gap: 4 });
  if (y < MARGIN + 90) {
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  }
  page.drawRectangle({ x: MARGIN, y: y - 90, width: 260, height: 90, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
  return doc.save();
}
