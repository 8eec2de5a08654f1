// npm run eval -- [--json] [--verbose]
// Prints the matcher evaluation (scripts/lib/evaluate.ts says what it measures). --json prints
// one JSON object; --verbose also lists every wrong, missed or mis-stanced item.
import { evaluate } from './lib/evaluate';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const { result, errors } = evaluate({ sweep: true });
const { passages, leaveOneOut: loo, articles, webPages: web, sweep } = result;

if (json) {
  const { rows: _rows, ...gate } = result.gate;
  process.stdout.write(JSON.stringify({ ...result, gate }, null, 2) + '\n');
} else {
  const f = (x: number): string => x.toFixed(3);
  const W = Math.max(35, ...Object.keys(articles.perArticle).map((k) => k.length + 14));
  const row = (label: string, v: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }): string =>
    `${label.padEnd(W)}${f(v.precision)}   ${f(v.recall)}  ${f(v.f1)}  ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`;
  const lines = [
    `Crosscheck matcher evaluation — ${result.dataset.claims} claims, ${result.dataset.mentions} mentions, threshold ${result.threshold}`,
    '',
    `${'set'.padEnd(W)}precision  recall   f1     tp  fp  fn`,
    row(`reworded passages (${passages.items} items)`, passages),
    row('leave-one-outlet-out (all seeds)', loo.overall),
    ...Object.entries(loo.perSeed).map(([k, v]) => row(`  ${k}`, v)),
    row('articles (eval/articles, all)', articles.overall),
    row('  held out (never tuned on)', articles.heldOut),
    ...Object.entries(articles.perArticle).map(([k, v]) => row(`  ${k}${v.tunedOn ? ' (tuned on)' : ''}`, v)),
    row('articles, claim by claim (all)', articles.claims.overall),
    row('  held out (never tuned on)', articles.claims.heldOut),
    row(`as web pages (${web.pages}, ${Object.keys(web.perLayout).length} layouts), by paragraph`, web.paragraphsFound),
    row('as web pages, claim by claim', web.claims),
    ...Object.entries(web.perLayout).map(([k, v]) => row(`  ${k}`, v)),
    `web pages: ${web.gatedOut} turned away by the gate, ${web.lost} of ${web.paragraphs} paragraphs lost by extraction (${web.lostLabelled} with claims), ${web.furniture} highlights on furniture`,
    '',
    `page stance (matched, labelled)   ${result.stance.correct}/${result.stance.total} = ${f(result.stance.accuracy)}`,
    `page stance (articles)            ${articles.stance.correct}/${articles.stance.total} = ${f(articles.stance.accuracy)}`,
    `planted discrepancies found       ${articles.planted.found}/${articles.planted.total}; held out ${articles.planted.heldOutFound}/${articles.planted.heldOutTotal}`,
    `conflict cases                    ${result.conflicts.correct}/${result.conflicts.total} = ${f(result.conflicts.accuracy)}`,
    `topic gate                        ${result.gate.correct}/${result.gate.total} = ${f(result.gate.accuracy)}`,
    ...result.gate.rows.filter((r) => r.expected !== r.got).map((r) => `  gate wrong: ${r.file} expected ${r.expected} (score ${r.score})`),
    '',
    'threshold sweep   passages P/R     leave-one-out P/R   articles P/R',
    ...sweep.map((s) => `  ${s.threshold.toFixed(2)}            ${f(s.passages.precision)}/${f(s.passages.recall)}   ${f(s.leaveOneOut.precision)}/${f(s.leaveOneOut.recall)}        ${f(s.articles.precision)}/${f(s.articles.recall)}`),
  ];
  if (verbose && errors.length) lines.push('', 'errors:', ...errors.map((e) => '  ' + e));
  process.stdout.write(lines.join('\n') + '\n');
}
