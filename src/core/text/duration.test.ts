import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { comparable, durations, sameDuration } from './duration';

const of = (text: string) => durations(analyze(text).words).map((d) => [d.raw, Math.round(d.days)]);

describe('durations', () => {
  it('reads numbers, number words, hyphenated forms and "a decade"', () => {
    expect(of('a partnership of about three years')).toEqual([['three years', 1095]]);
    expect(of('a ten-year relationship')).toEqual([['ten year', 3650]]);
    expect(of('a decade-long partnership, over a decade')).toEqual([['a decade long', 3652], ['a decade', 3652]]);
    expect(of('their decade-long partnership')).toEqual([['decade long', 3652]]);
    expect(of('their roughly decade-old partnership')).toEqual([['decade old', 3652]]);
    expect(of('18 months, forty-five days, a year and a half')).toEqual([['18 months', 547], ['forty five days', 45], ['a year and a half', 548]]);
    expect(of('roughly five yrs, two decades, 6 wks')).toEqual([['five yrs', 1825], ['two decades', 7304], ['6 wks', 42]]);
  });
  it('skips points in time, rates and vague lengths', () => {
    expect(of('last year, this month, a year ago, two weeks later, every day, for years, decades of work')).toEqual([]);
    expect(of('five years before the ban, a year after it')).toEqual([]);
  });
  it('reads a length opened by "for" even when "before" or "after" follows it', () => {
    expect(of('carried by the retailer for approximately five years before the withdrawal')).toEqual([['five years', 1825]]);
    expect(of('for more than two years after the merger')).toEqual([['two years', 730]]);
  });
  it('compares lengths within a quarter, and only on a comparable scale', () => {
    const [decade, tenYears, threeYears, days45, weeks6, months2] = durations(analyze('a decade ten years three years 45 days six weeks two months').words);
    expect(sameDuration(decade!, tenYears!)).toBe(true);
    expect(sameDuration(decade!, threeYears!)).toBe(false);
    expect(sameDuration(days45!, weeks6!)).toBe(true);
    expect(sameDuration(days45!, months2!)).toBe(false);
    expect(comparable(decade!, days45!)).toBe(false);
    expect(comparable(days45!, months2!)).toBe(true);
  });
});
