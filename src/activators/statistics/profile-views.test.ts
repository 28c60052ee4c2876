import { describe, expect, it } from 'vitest';
import { isRobot, monthOf } from './profile-views.js';

describe('le comptage des vues de fiche', () => {
  it('ne compte ni les robots d’indexation, ni les aperçus de liens, ni les outils sans navigateur', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0',
      '',
      undefined,
    ]) {
      expect(isRobot(agent), String(agent)).toBe(true);
    }
  });

  it('compte les navigateurs des visiteurs', () => {
    expect(isRobot('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36')).toBe(false);
    expect(isRobot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1')).toBe(false);
  });

  it('range une vue dans le mois de sa date', () => {
    expect(monthOf(new Date('2026-02-28T23:59:59Z'))).toBe('2026-02');
    expect(monthOf(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03');
  });
});
