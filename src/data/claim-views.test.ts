import { describe, expect, it } from 'vitest';
import { buildClaimViews, independenceRoot, sourcesForHostname } from '../core/dataset/derive.ts';
import { dataset } from './index.ts';

describe('independenceRoot', () => {
  it('follows copies to the original', () => {
    expect(independenceRoot(dataset, 'seed-002')).toBe('afp');
    expect(independenceRoot(dataset, 'seed-004')).toBe('afp');
    expect(independenceRoot(dataset, 'seed-003')).toBe('business-insider');
    expect(independenceRoot(dataset, 'seed-001')).toBe('seed-001'); // a rewrite is its own root
    expect(independenceRoot(dataset, 'afp')).toBe('afp');
    expect(independenceRoot(dataset, 'unknown')).toBe('unknown');
  });
});

describe('buildClaimViews on the bundled dataset', () => {
  const views = buildClaimViews(dataset);
  const view = (id: string) => {
    const v = views.get(id);
    if (!v) throw new Error(`no view for ${id}`);
    return v;
  };

  it('has a view per claim', () => {
    expect(views.size).toBe(dataset.claims.length);
  });

  it('corroborated: AFP copies count once', () => {
    const v = view('best-buy-pulls-kaspersky');
    expect(v.verdict).toBe('corroborated');
    expect(v.independentCount).toBe(4);
    expect(v.totalCount).toBe(5);
    expect(v.verdictReason).toBe(
      '4 independent sources (Unnamed news site (000), Unnamed news site (001), AFP, Business Insider); no disagreement',
    );
    expect(v.corroboratedBy.map((r) => [r.sourceId, r.independent, r.rootOutlet])).toEqual([
      ['seed-000', true, 'Unnamed news site (000)'],
      ['seed-001', true, 'Unnamed news site (001)'],
      ['seed-002', true, 'AFP'],
      ['seed-003', true, 'Business Insider'],
      ['seed-004', false, 'AFP'],
    ]);
    const afp = v.corroboratedBy.find((r) => r.sourceId === 'seed-002');
    expect(afp?.alsoIn).toEqual([{ sourceId: 'seed-004', outlet: 'Taipei Times' }]);
    expect(afp?.outlet).toBe('SecurityWeek (AFP)');
    expect(v.contradictedBy).toEqual([]);
    expect(v.conflicts).toEqual([]);
  });

  it('corroborated claims relaying one report say so', () => {
    const v = view('exchange-window-45-days');
    expect(v.verdict).toBe('corroborated');
    expect(v.verdictReason).toBe('2 independent sources (Unnamed news site (001), Business Insider); no disagreement; all of them citing Star Tribune');
  });

  it('contradicted: a reference source refutes the founding year', () => {
    const v = view('kaspersky-founded-1977');
    expect(v.verdict).toBe('contradicted');
    expect(v.verdictReason).toBe("Refuted: Kaspersky's company history gives 1997 (Wikipedia agrees; Eugene Kaspersky was born in 1965)");
    expect(v.independentCount).toBe(1);
    expect(v.totalCount).toBe(2);
    expect(v.contradictedBy.map((r) => [r.sourceId, r.reason, r.claimId])).toEqual([
      ['ref-kaspersky-about', '1977 vs 1997', 'kaspersky-founded-1977'],
      ['ref-wikipedia-kaspersky', '1977 vs 1997', 'kaspersky-founded-1977'],
    ]);
    expect(v.conflicts.map((c) => c.id)).toEqual(['x-founded-year']);
    // the other side is corroborated by the two references and lists the AFP side as contradicting it
    const w = view('kaspersky-founded-1997');
    expect(w.verdict).toBe('corroborated');
    expect(w.contradictedBy.map((r) => [r.sourceId, r.independent, r.claimId])).toEqual([
      ['seed-002', true, 'kaspersky-founded-1977'],
      ['seed-004', false, 'kaspersky-founded-1977'],
    ]);
  });

  it('contradicted: a conflict settled against the claim', () => {
    const v = view('white-house-excluded-kaspersky');
    expect(v.verdict).toBe('contradicted');
    expect(v.verdictReason).toBe("Refuted: the decision was the General Services Administration's, an independent federal agency, not the White House's");
  });

  it('contested: sources disagree on a value of the claim', () => {
    const v = view('fbi-interviewed-employees');
    expect(v.verdict).toBe('contested');
    expect(v.verdictReason).toBe("Sources disagree: 'several USA employees' vs 'at least a dozen employees' (003 adds: in late June, at their homes)");
    expect(v.independentCount).toBe(2);
    expect(v.contradictedBy.map((r) => [r.mentionId, r.reason])).toEqual([
      ['m-003-fbi-dozen', "'several USA employees' vs 'at least a dozen employees' (003 adds: in late June, at their homes)"],
      ['m-000-fbi-several', "'several USA employees' vs 'at least a dozen employees' (003 adds: in late June, at their homes)"],
    ]);
  });

  it('contested: the other side of a claim-level conflict is listed with its reason', () => {
    const v = view('spokeswoman-confirmed-reason');
    expect(v.verdict).toBe('contested');
    expect(v.contradictedBy.map((r) => [r.sourceId, r.claimId])).toEqual([
      ['seed-000', 'best-buy-gave-no-details'],
      ['seed-001', 'best-buy-gave-no-details'],
      ['seed-003', 'too-many-unanswered-questions'],
    ]);
  });

  it('a settled dispute over a detail does not make the claim contested', () => {
    const v = view('joyce-cybersecurity-coordinator');
    expect(v.verdict).toBe('corroborated');
    expect(v.verdictReason).toBe('2 independent sources (Business Insider, Wikipedia); no unresolved disagreement');
    expect(v.qualifiedBy.map((r) => r.mentionId)).toEqual(['m-001-joyce-advisor']);
    expect(v.contradictedBy.map((r) => r.mentionId)).toEqual(['m-001-joyce-advisor']);
  });

  it('single-source: one independent source, even when carried by two outlets', () => {
    expect(view('geek-squad-free-uninstall').verdict).toBe('single-source');
    expect(view('geek-squad-free-uninstall').verdictReason).toBe('Only one independent source (Business Insider)');
    const v = view('best-buy-did-not-announce');
    expect(v.verdict).toBe('single-source');
    expect(v.verdictReason).toBe('Only one independent source (AFP), carried by SecurityWeek (AFP) and Taipei Times');
    expect(v.independentCount).toBe(1);
    expect(v.totalCount).toBe(2);
  });
});

describe('buildClaimViews with excludeSourceIds', () => {
  it("leaves the page's own outlet and its copies out of the lists, not out of the verdict", () => {
    const views = buildClaimViews(dataset, { excludeSourceIds: ['seed-004'] });
    const v = views.get('best-buy-pulls-kaspersky');
    expect(v?.verdict).toBe('corroborated');
    expect(v?.corroboratedBy.map((r) => r.sourceId)).toEqual(['seed-000', 'seed-001', 'seed-003']);
    expect(v?.independentCount).toBe(3);
    expect(v?.totalCount).toBe(3);
    const f = views.get('kaspersky-founded-1997');
    expect(f?.contradictedBy).toEqual([]);
  });

  it('excludes by root when the caller passes a root', () => {
    const v = buildClaimViews(dataset, { excludeSourceIds: ['business-insider'] }).get('exchange-window-45-days');
    expect(v?.corroboratedBy.map((r) => r.sourceId)).toEqual(['seed-001']);
    expect(v?.verdict).toBe('corroborated');
  });

  it('is fast enough to build at startup', () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) buildClaimViews(dataset);
    expect((performance.now() - t0) / 20).toBeLessThan(20);
  });
});

describe('sourcesForHostname', () => {
  it('matches a hostname and its subdomains', () => {
    expect(sourcesForHostname(dataset, 'www.taipeitimes.com').map((s) => s.id)).toEqual(['seed-004']);
    expect(sourcesForHostname(dataset, 'securityweek.com').map((s) => s.id)).toEqual(['seed-002']);
    expect(sourcesForHostname(dataset, 'example.com')).toEqual([]);
    expect(sourcesForHostname(dataset, 'notaipeitimes.com')).toEqual([]);
  });
});
