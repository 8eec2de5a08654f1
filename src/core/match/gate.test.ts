import { describe, expect, it } from 'vitest';
import { createGate, editDistance } from './gate';

const topics = [
  {
    id: 'kaspersky',
    name: 'Kaspersky Lab',
    terms: ['Kaspersky', 'Kaspersky Lab', 'Kaspersky Labs'],
    related: ['Best Buy', 'antivirus', 'Kremlin', 'Eugene Kaspersky'],
  },
];
const gate = createGate(topics);
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 50}`).join(' ');

describe('gate', () => {
  it('recognises aliases, possessives and misspellings', () => {
    const r = gate({ title: '', url: '', text: "Kaspersky Labs said on Friday. Kasperksy's products were pulled. Kaspesky denied it. The Kremlin and Best Buy." });
    expect(r.relevant).toBe(true);
    expect(r.topics).toEqual(['kaspersky']);
    expect(r.detail?.kaspersky?.mentions).toBe(3);
  });
  it('a title mention plus one body mention is enough', () => {
    expect(gate({ title: 'Best Buy drops Kaspersky', url: '', text: `${filler(300)} Kaspersky said nothing.` }).relevant).toBe(true);
  });
  it('a URL slug counts like a title', () => {
    expect(gate({ title: 'Retail news', url: 'https://example.com/2017/09/best-buy-kaspersky-ban', text: `${filler(100)} Kaspersky. ${filler(100)}` }).relevant).toBe(true);
  });
  it('one passing mention in an unrelated article is not enough', () => {
    expect(gate({ title: 'Ransomware hits hospitals', url: '', text: `${filler(400)} researchers at Kaspersky and others ${filler(400)}` }).relevant).toBe(false);
  });
  it('three mentions spread thinly through a very long article are not enough', () => {
    const t = `${filler(1500)} Kaspersky ${filler(1500)} Kaspersky ${filler(1500)} Kaspersky`;
    expect(gate({ title: 'Antivirus roundup', url: '', text: t }).relevant).toBe(false);
  });
  it('an unrelated page is not relevant and scores 0', () => {
    const r = gate({ title: 'Tomato pasta', url: 'https://food.example/pasta', text: filler(500) });
    expect(r).toMatchObject({ relevant: false, score: 0, topics: [] });
  });
  it('does not treat similar but different words as the topic', () => {
    expect(gate({ title: '', url: '', text: 'Kasparov played chess. Kasparov won. Kasparov again.' }).relevant).toBe(false);
  });
  it('reads only a bounded prefix of a huge page, fast', () => {
    const huge = filler(200_000) + ' Kaspersky Kaspersky Kaspersky';
    const t0 = performance.now();
    const r = gate({ title: '', url: '', text: huge });
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r.relevant).toBe(false);
  });
  it('editDistance handles transpositions', () => {
    expect(editDistance('kasperksy', 'kaspersky')).toBe(1);
    expect(editDistance('kaspesky', 'kaspersky')).toBe(1);
    expect(editDistance('kasparov', 'kaspersky')).toBeGreaterThan(2);
  });
});
