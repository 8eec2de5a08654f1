// For tuned articles: each missed claim in a paragraph, its best candidate score (allAbove 0.15) there.
import { readFileSync, readdirSync } from 'fs';
import { dataset } from '../src/data/index';
import { buildIndex, matchPassages } from '../src/core/match/index';
import { segment } from '../src/core/text/segment';
const index = buildIndex(dataset);
const tuned = new Set(readFileSync('/tmp/tuned.txt', 'utf8').split(/\s+/));
const dir = 'eval/articles';
const buckets = new Map<string, number>();
const rows: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  if (!tuned.has(f.replace(/\.json$/, ''))) continue;
  const a = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  let text = ''; const blocks: { start: number; end: number }[] = [];
  for (const p of a.paragraphs) { if (text) text += '\n\n'; blocks.push({ start: text.length, end: text.length + p.text.length }); text += p.text; }
  const ps = segment(text, blocks);
  const shown = matchPassages(index, text, ps, {});
  const all = matchPassages(index, text, ps, { allAbove: 0.15 });
  a.paragraphs.forEach((p: any, i: number) => {
    const b = blocks[i]!;
    const got = new Set(shown.filter((m) => m.start < b.end && m.end > b.start).map((m) => m.claimId));
    const foundAny = p.claims.some((c: string) => got.has(c));
    for (const c of p.claims) {
      if (got.has(c)) continue;
      const cands = all.filter((m) => m.start < b.end && m.end > b.start && m.claimId === c);
      const best = Math.max(0, ...cands.map((m) => m.score));
      const bucket = (foundAny ? 'also ' : 'alone ') + (best >= 0.45 ? '>=.45' : best >= 0.35 ? '.35-.45' : best >= 0.25 ? '.25-.35' : best > 0 ? '<.25' : 'none');
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      if (process.env.V && (process.env.V === "all" || best >= 0.45)) rows.push(`${bucket} ${best} ${c} [${[...got].join(',')}] ${p.text.slice(0, 160)}`);
    }
  });
}
console.log([...buckets].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
console.log(rows.join('\n'));
