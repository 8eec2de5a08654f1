import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { aspectOf } from './aspect';

// the event of the Best Buy claims: stopping or selling
const EVENT = new Set(['stop', 'stops', 'stopped', 'stopping', 'sell', 'sells', 'selling', 'sold', 'pull', 'pulled', 'pulling', 'taken', 'carries', 'carried', 'offer', 'offering', 'drop', 'end']);
const aspect = (text: string) => aspectOf(analyze(text).words, (w) => EVENT.has(w));

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
  ])('to come: %s', (text) => expect(aspect(text)).toBe('future'));
  it.each([
    'Best Buy is pulling Kaspersky software from its shelves',
    'Best Buy pulls Kaspersky security software over Russia worries',
    'Kaspersky Lab is based in Moscow',
    // a marker of another verb says nothing of the event
    'Kaspersky products had been carried by the retailer for five years before the withdrawal',
    'the chain had begun stocking the suites in 2014',
    'the firm says it will go on selling its software through other stores',
  ])('neither: %s', (text) => expect(aspect(text)).toBeNull());
});
