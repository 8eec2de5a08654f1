// Words, symbols and classes for verdicts: the sidebar never signals a verdict by colour alone.
import type { Verdict } from '../core/dataset/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  contested: 'Contested',
  contradicted: 'Contradicted',
  'single-source': 'Single source',
};

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  corroborated: '✓',
  contested: '⇄',
  contradicted: '✗',
  'single-source': '•',
};
