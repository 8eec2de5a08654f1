import { describe, expect, it } from 'vitest';
import { escapeMarkdown, notesToMarkdown } from './markdown.ts';
import type { Note } from './model.ts';

const base: Note = {
  id: 'note-1',
  kind: 'passage',
  pageUrl: 'https://example.com/story',
  pageTitle: 'Council [approves] budget',
  body: 'My note\nsecond line',
  tags: ['budget', 'city_hall'],
  created: '2024-05-01T10:00:00.000Z',
  modified: '2024-05-01T10:00:00.000Z',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'the vote was a *turning* point' },
    position: { type: 'TextPositionSelector', start: 100, end: 130 },
  },
};

describe('notesToMarkdown', () => {
  it('groups by page with a link, quote, body, tags and dates', () => {
    const claim: Note = { ...base, id: 'note-2', kind: 'claim', claimId: 'budget-approved', body: 'Disputed', tags: [], modified: '2024-05-03T09:00:00.000Z' };
    delete claim.target;
    const other: Note = { ...base, id: 'note-3', pageUrl: 'https://other.org/a', pageTitle: 'Another page', body: '', tags: [] };
    const md = notesToMarkdown([base, claim, other]);
    expect(md).toBe(
      [
        '# Crosscheck notes',
        '',
        '## [Another page](<https://other.org/a>)',
        '',
        'https\\://other\\.org/a',
        '',
        '> the vote was a \\*turning\\* point',
        '',
        '*2024\\-05\\-01 10\\:00 UTC*',
        '',
        '## [Council \\[approves\\] budget](<https://example.com/story>)',
        '',
        'https\\://example\\.com/story',
        '',
        '**Claim:** `budget-approved`',
        '',
        'Disputed',
        '',
        '*2024\\-05\\-01 10\\:00 UTC, edited 2024\\-05\\-03 09\\:00 UTC*',
        '',
        '---',
        '',
        '> the vote was a \\*turning\\* point',
        '',
        'My note\\',
        'second line',
        '',
        '**Tags:** budget, city\\_hall',
        '',
        '*2024\\-05\\-01 10\\:00 UTC*',
        '',
      ].join('\n'),
    );
  });

  it('neutralises hostile page text: links, images, HTML, headings, lists', () => {
    const hostile: Note = {
      ...base,
      pageTitle: '](javascript:alert(1)) <img src=x onerror=alert(1)>',
      body: '# Heading\n- item\n1. one\n    code\n===\n<script>alert(1)</script>',
      target: { ...base.target!, quote: { type: 'TextQuoteSelector', exact: '[click me](https://evil.example) ![i](https://evil.example/i.png) &lt;b&gt; \u202Eevil' } },
    };
    const md = notesToMarkdown([hostile]);
    // Our own link destination and blockquote markers aside, no unescaped angle bracket remains.
    const withoutOwnLink = md.replace('](<https://example.com/story>)', '').replace(/^>( |$)/gm, '');
    expect(withoutOwnLink).not.toMatch(/(?<!\\)[<>]/);
    expect(md).not.toMatch(/(?<!\\)\[click/);
    expect(md).not.toMatch(/(?<!\\)&/);
    expect(md).not.toMatch(/^#+ (?!\[|Crosscheck)/m);
    expect(md).not.toMatch(/^(?:[-+*]|\d+\.) /m);
    expect(md).not.toMatch(/^ {4}/m);
    expect(md).not.toContain('\u202E');
    expect(md).toContain('\\# Heading\\\n\\- item\\\n1\\. one\\\ncode\\\n\\=\\=\\=\\\n\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).toContain('## [\\]\\(javascript\\:alert\\(1\\)\\) \\<img src\\=x onerror\\=alert\\(1\\)\\>](<https://example.com/story>)');
  });

  it('escapes every markdown-significant character', () => {
    expect(escapeMarkdown('a*b_c`d[e]f(g)h<i>j!k#l|m~n\\o')).toBe('a\\*b\\_c\\`d\\[e\\]f\\(g\\)h\\<i\\>j\\!k\\#l\\|m\\~n\\\\o');
  });
});
