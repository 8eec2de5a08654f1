import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const terms = (text: string): string[] => analyze(text).terms;

describe('analyze: thesaurus', () => {
  it('an agent noun marked "=word" does not take its verb along', () => {
    // "provider" is a vendor; "provided" (stem "provid") is not
    expect(terms('a software provider')).toContain('~vendor');
    expect(terms('the company provided no details')).not.toContain('~vendor');
    expect(terms('the company provided no details')).toEqual(terms('the company gave no details'));
    expect(terms('an antivirus developer')).toContain('~vendor');
    expect(terms('it developed products')).not.toContain('~vendor');
  });
  it('a retailer is a store, not a sale', () => {
    expect(terms('the retailer')).toEqual(['~retail']);
    expect(terms('the retailer')).toEqual(terms('the chain'));
  });
  it('phrasal verbs and quantity phrases are read whole', () => {
    expect(terms('carried out an investigation')).toEqual(terms('conducted an investigation'));
    expect(terms('carried out an investigation')).not.toContain('~sell');
    expect(terms('put their partnership on hold')).toContain('~suspend');
    expect(terms('evidence to back up the claims')).toContain('~support');
    // "a great deal of control" is not a business deal (~tie, from "dealings")
    expect(terms('a great deal of control')).toEqual(['~influenc']);
    // "at no extra charge" is free, not a negated charge
    expect(analyze('swap it at no extra charge').neg).toBe(0);
    expect(terms('swap it at no extra charge')).toEqual(terms('swap it free of charge'));
  });
  it('a thesaurus entry of several words is a phrase: its words keep their own meaning', () => {
    expect(terms('a Moscow-based firm')).toEqual(terms('a Russia-based firm'));
    expect(terms('a Minnesota-based retailer')).not.toContain('~russia');
    expect(terms('a decade-long partnership')).toContain('~decad');
    expect(terms('has long denied it')).not.toContain('~decad');
  });
  it('irregular verb forms read as their base form', () => {
    expect(terms('has taken the software off its shelves')).toEqual(terms('is taking the software off its shelves'));
    expect(terms('nobody has shown proof')).toEqual(terms('nobody presented evidence'));
  });
  it('"cyber" reads the same joined, hyphenated or apart', () => {
    expect(terms('cyberespionage')).toEqual(terms('cyber espionage'));
    expect(terms('cyber-espionage')).toEqual(terms('cyber espionage'));
    expect(terms('cyber espionage')).toEqual(['~secur', '~intellig']);
  });
  it('everyday synonyms meet', () => {
    expect(terms('a geopolitical struggle')).toEqual(terms('a geopolitical fight'));
    expect(terms('may be revisited')).toEqual(terms('may be re-evaluated'));
    expect(terms('uninstall the software')).toEqual(terms('remove the software'));
  });
});
