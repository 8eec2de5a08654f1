// npm run claims:check — validates the bundled claims dataset against its schema, its source
// texts (every quote an exact substring) and the editorial rules, then prints a summary.
// Exits 1 with one precise line per problem (file, path, id, what is wrong).
import { dataset, datasetFiles } from '../src/data/index.ts';
import { gateTopics } from '../src/data/gate-topics.ts';
import { listSourceFiles, loadSourceTexts } from '../src/data/source-texts.ts';
import { runClaimsCheck } from '../src/data/check.ts';

const result = runClaimsCheck({
  dataset,
  sourceTexts: loadSourceTexts(dataset),
  gateTopics,
  files: datasetFiles,
  sourceFileNames: listSourceFiles(),
});

if (!result.ok) {
  console.error(`claims:check FAILED: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
  for (const e of result.errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(result.summary);
