import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { aspectOf } from './aspect';

// the event of the Best Buy claims: stopping (its words, as the matcher's thesaurus gives them)
const EVENT = new Set(['stop', 'stops', 'stopped', 'stopping', 'pull', 'pulled', 'pulling', 'taken', 'took', 'drop', 'end', 'withdrawal']);
const aspect = (text: string, simplePast = false) => aspectOf(analyze(text).words, (w) => EVENT.has(w), simplePast);

describe('aspectOf', () => {
  it.each([
    'Best Buy has stopped selling Kaspersky products',
    'Best Buy had already stopped selling Kaspersky products by Friday',
    'the chain no longer carries Kaspersky antivirus',
    "Best Buy won't sell Kaspersky software anymore",
    'Best Buy has quietly taken Kaspersky off its shelves',
  ])('done: %s', (text) => expect(aspect(text)).toBe('done'));
  it.each([
    'Best Buy will stop selling Kaspersky products',
    'Best Buy said it would stop selling Kaspersky software',
    'the retailer is going to drop Kaspersky',
    'Best Buy plans to end sales of the software',
    // a headline's infinitive
    'Best Buy to stop selling Kaspersky products, retailer says',
  ])('to come: %s', (text) => expect(aspect(text)).toBe('future'));
  it.each([
    'Best Buy is pulling Kaspersky software from its shelves',
    'Best Buy pulls Kaspersky security software over Russia worries',
    'Kaspersky Lab is based in Moscow',
    // a marker of another verb says nothing of the event
    'Kaspersky products had been carried by the retailer for five years before the withdrawal',
    'the chain had begun stocking the suites in 2014',
    'the firm says it will go on selling its software through other stores',
    // an infinitive after a noun phrase is no headline's
    'its decision to stop selling the products was based on media reports',
    'Best Buy decided to stop selling the software',
    'Best Buy did not stop selling the software',
    // a simple past is left alone by default (claims: see below)
    'In September Best Buy stopped selling Kaspersky products',
  ])('neither: %s', (text) => expect(aspect(text)).toBeNull());
  describe('on a page, a simple past says done', () => {
    it.each([
      'In September Best Buy stopped selling Kaspersky products',
      'Retailer Best Buy also pulled the products from its shelves',
      'Best Buy took Kaspersky off its shelves last week',
      'The products were pulled from the shelves',
    ])('done: %s', (text) => expect(aspect(text, true)).toBe('done'));
    it.each([
      'Best Buy never stopped selling Kaspersky products',
      'the software is expected to be pulled next week',
      'Best Buy is pulling Kaspersky software from its shelves',
      'Best Buy decided to stop selling the software',
    ])('not done: %s', (text) => expect(aspect(text, true)).not.toBe('done'));
    it('an explicit marker still wins: "will be pulled" is to come', () => {
      expect(aspect('Best Buy said the software will stop being sold, and it was not pulled', true)).toBe('future');
    });
  });
});
