// Helpers shared by the matcher's unit tests.
import { analyze } from '../text/analyze';
import { detectConflict, type StanceResult } from './conflict';
import type { MatchIndex } from './index';

/** The stance of a page's text towards a claim, checked against the claim's own text (its first document). */
export function stanceOfText(index: MatchIndex, claimId: string, text: string): StanceResult {
  const c = index.claimIndex.get(claimId);
  if (c === undefined) throw new Error(`no claim ${claimId}`);
  return detectConflict(index, c, text, analyze(text, index.lex), index.docs[index.claimDocs[c]![0]!]!);
}
