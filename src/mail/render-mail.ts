import type { AppConfig } from '../server/config.js';

export interface MailContent {
  /** The first line, e.g. "Bonjour Camille,". */
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Extra lines after the action (validity of a link, what to do if it was not you). */
  notes?: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** One French layout for every mail, in HTML and plain text (both always sent). */
export function renderMail(config: Pick<AppConfig, 'siteName' | 'operatorName' | 'publicUrl'>, content: MailContent): { text: string; html: string } {
  const lines: string[] = [];
  if (content.greeting) lines.push(content.greeting, '');
  for (const p of content.paragraphs) lines.push(p, '');
  if (content.action) lines.push(`${content.action.label} : ${content.action.url}`, '');
  for (const n of content.notes ?? []) lines.push(n, '');
  lines.push('—', `${config.siteName}, service proposé par ${config.operatorName}`, config.publicUrl);
  const text = lines.join('\n');

  const para = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>',
    escapeHtml(config.siteName),
    '</title></head><body style="font-family:Arial,sans-serif;color:#161616;max-width:600px;margin:0 auto;padding:24px">',
    `<p style="font-weight:bold;font-size:20px;margin:0 0 24px">${escapeHtml(config.siteName)}</p>`,
    content.greeting ? para(content.greeting) : '',
    ...content.paragraphs.map(para),
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#000091;color:#fff;padding:12px 20px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p><p style="margin:0 0 16px;font-size:14px">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${escapeHtml(content.action.url)}</p>`
      : '',
    ...(content.notes ?? []).map(para),
    `<hr style="border:0;border-top:1px solid #ddd;margin:24px 0"><p style="font-size:12px;color:#666">${escapeHtml(config.siteName)}, service proposé par ${escapeHtml(config.operatorName)} — <a href="${escapeHtml(config.publicUrl)}">${escapeHtml(config.publicUrl)}</a></p>`,
    '</body></html>',
  ].join('');
  return { text, html };
}
