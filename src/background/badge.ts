// The toolbar badge: the number of claims found on the page; amber when any is contested or
// contradicted, so the reader sees at a glance that outlets disagree.
import { browser } from '../shared/browser';
import type { PageReport } from '../shared/messages';

export const BADGE_COLOURS = { plain: '#2563eb', disputed: '#b45309' } as const;

export function badgeFor(report: PageReport | null): { text: string; colour: string; title: string } {
  const claims = report ? new Set(report.matches.map((m) => m.claimId)).size : 0;
  if (!report || claims === 0) return { text: '', colour: BADGE_COLOURS.plain, title: 'Crosscheck' };
  const disputed = report.matches.some(
    (m) => m.verdict === 'contested' || m.verdict === 'contradicted' || m.pageStance === 'contradicts',
  );
  return {
    text: String(claims),
    colour: disputed ? BADGE_COLOURS.disputed : BADGE_COLOURS.plain,
    title: `Crosscheck: ${claims} claim${claims === 1 ? '' : 's'} on this page${disputed ? ', some disputed' : ''}`,
  };
}

export async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
  const b = badgeFor(report);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: b.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: b.colour }),
    browser.action.setTitle({ tabId, title: b.title }),
  ]);
}
