import { describe, expect, it } from 'vitest';
import { quotePassage } from './quote';

describe('quotePassage', () => {
  it('wraps a passage in typographic quotes', () => {
    expect(quotePassage('Best Buy has stopped selling Kaspersky software.')).toBe('“Best Buy has stopped selling Kaspersky software.”');
  });
  it('leaves a passage that opens with its own quote as it is, rather than doubling the marks', () => {
    const page = '"The Department is concerned about the ties," the Department of Homeland Security said.';
    expect(quotePassage(page)).toBe(page);
    expect(quotePassage('“There is a connection,” Morell said.')).toBe('“There is a connection,” Morell said.');
  });
  it('an empty passage stays an empty quote', () => {
    expect(quotePassage('')).toBe('“”');
  });
});
