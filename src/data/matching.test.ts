import { describe, expect, it } from 'vitest';
import { dataset } from './index.ts';
import { buildIndex, matchPassages } from '../core/match/index.ts';
import { segment } from '../core/text/segment.ts';
import { analyze } from '../core/text/analyze.ts';

// The matcher on the bundled claims, where a behaviour depends on how the dataset words them.
const index = buildIndex(dataset);
const stances = (text: string): Record<string, string> =>
  Object.fromEntries(matchPassages(index, text, segment(text)).map((m) => [m.claimId, m.pageStance]));
/** Per claim shown, the reason the page differs, or its stance. */
const reasons = (text: string): Record<string, string> =>
  Object.fromEntries(matchPassages(index, text, segment(text)).map((m) => [m.claimId, m.reason ?? m.pageStance]));

describe('matching the bundled claims', () => {
  it("a negation is settled by another wording of the claim the page matches nearly as well", () => {
    // best matched by "Best Buy confirmed it had stopped selling … but gave no further comment",
    // whose negation scope differs from the page's; "…would not elaborate" agrees
    expect(stances('Best Buy confirmed that it no longer sells the products, but would not say more.')).toMatchObject({ 'best-buy-gave-no-details': 'supports' });
    expect(stances("Best Buy has made its decision. It's off the shelves in the stores, and if you go looking on the website, you won't find it there either.")).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
  });
  it('a condition the page sets ("unless they adopt…") is no denial; a negated statement still is', () => {
    expect(stances('On Friday, Russian President Vladimir Putin said domestic technology companies would lose out on state orders unless they adopt homegrown software, according to the Interfax news agency.')).toEqual({ 'putin-homegrown-software': 'supports' });
    expect(stances('Putin said Russian tech firms would not lose out on state orders even if they kept foreign software.')).toEqual({ 'putin-homegrown-software': 'contradicts' });
  });
  it("a sentence that opens with a government's concern states the government's scrutiny, not Best Buy's reason", () => {
    // the reason's wordings name no one ("amid concerns the company has links to Russian
    // intelligence"); the sentence says who is concerned
    expect(stances("DHS officials are concerned about Kaspersky's ties to the Kremlin.")).toEqual({ 'us-government-scrutiny': 'supports' });
    expect(stances('And the US government has been getting more and more suspicious of it because of alleged Kremlin ties.')).toEqual({ 'us-government-scrutiny': 'supports' });
    // scrutiny is someone's examination, not any concern: here, the government's
    expect(stances('Kaspersky has faced growing scrutiny over its suspected Kremlin ties.')).toEqual({ 'us-government-scrutiny': 'supports' });
    expect(stances('Kaspersky has come under mounting pressure from US authorities over its suspected Kremlin ties.')).toEqual({ 'us-government-scrutiny': 'supports' });
    expect(stances("It was the latest step in Washington's escalating push against the firm over suspected Kremlin ties.")).toEqual({ 'us-government-scrutiny': 'supports' });
    // with no government in the lead, the concern is still the retailer's
    expect(stances("Best Buy acted over concerns about Kaspersky's ties to the Kremlin.")).toMatchObject({ 'reason-russian-government-ties': 'supports' });
  });
  it('a third party named where the claim names another, in the same role, is a difference: who reported, said or heard it', () => {
    expect(reasons('In July, internal emails obtained by the Washington Post had shown that Kaspersky had collaborated with the Russian intelligence, developing products for the FSB and accompanying agents at the occasion of raids.')).toMatchObject({ 'bloomberg-emails-fsb': expect.stringMatching(/^page says “Washington Post”; .* “Bloomberg”$/) });
    expect(reasons("Rob Joyce told NPR he doesn't use it himself and wouldn't recommend it to his family.")).toMatchObject({ 'joyce-does-not-use-kaspersky': expect.stringMatching(/^page says “NPR”; .* “CBS News”$/) });
    expect(reasons("Former NSA and CIA chief Michael Hayden has said flatly that there's a connection between Kaspersky and Russian intelligence.")).toMatchObject({ 'morell-connection-russian-intelligence': expect.stringMatching(/^page says “Michael Hayden”; .* “Michael Morell”$/) });
    expect(stances("A person quoted by the Wall Street Journal went further, saying the chain had concluded that too many questions about Kaspersky's dealings were still unanswered.")).toMatchObject({ 'too-many-unanswered-questions': 'contradicts' });
    // the claim's own party named too, or by an alias; a name that qualifies a noun; the
    // addressee where the claim names who said it; an actor's spokespeople
    expect(stances('Emails obtained by Bloomberg and reviewed by The Washington Post showed Kaspersky had worked with the FSB on raids.')).toEqual({ 'bloomberg-emails-fsb': 'supports' });
    expect(stances('The former acting CIA director, Michael Morell, said in an interview with CBS that there is a connection between Kaspersky and Russian intelligence.')).toEqual({ 'morell-connection-russian-intelligence': 'supports' });
    expect(stances("One person told the Minneapolis paper there were too many unanswered questions about Kaspersky's dealings.")).toEqual({ 'too-many-unanswered-questions': 'supports' });
    expect(stances('A spokeswoman, Kamy Scarlett, confirmed it had stopped selling Kaspersky products but would not comment further.')).toMatchObject({ 'best-buy-gave-no-details': 'supports' });
    expect(stances("Rob Joyce told CBS News he doesn't use it himself and wouldn't recommend it to his family.")).toMatchObject({ 'joyce-does-not-use-kaspersky': 'supports' });
  });
  it("a question's answer right after it gives the claim's figure: otherwise, question and answer are shown as a difference", () => {
    const faq = (q: string, a: string) => matchPassages(index, q + a, segment(q + a)).map((m) => [m.claimId, m.pageStance, (q + a).slice(m.start, m.end)]);
    const q = 'Q: How long had Best Buy and Kaspersky worked together? ';
    expect(faq(q, 'A: About five years.')).toEqual([['decade-long-partnership', 'contradicts', q + 'A: About five years.']]);
    // in the next paragraph too, but not two paragraphs on, nor a long passage, nor another question
    expect(faq('How long had Best Buy and Kaspersky worked together?\n\n', 'About five years, the company says.')).toEqual([['decade-long-partnership', 'contradicts', 'How long had Best Buy and Kaspersky worked together?\n\nAbout five years, the company says.']]);
    expect(faq('How long had Best Buy and Kaspersky worked together?\n\nNobody knows.\n\n', 'About five years, the company says.').map((m) => m[1])).not.toContain('contradicts');
    expect(faq(q, 'Did it last five years? Nobody knows.').map((m) => m[1])).not.toContain('contradicts');
    // the answer that agrees is a statement of its own, as before
    expect(faq(q, 'A: About ten years.').map((m) => m[1])).toEqual(['supports', 'supports']);
  });
  it("a headline's two parts are matched apart; a line of keywords states nothing", () => {
    expect(stances('Best Buy pulls Kaspersky: What IT managers should do now')).toEqual({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Best Buy dumps Kaspersky; Hill hawks take a victory lap')).toEqual({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('In this article: antivirus, bestbuy, gear, kaspersky, russia, security')).toEqual({});
    expect(stances('Topics: Kaspersky Lab, Russia, Hacking, Best Buy, Moscow-based security firms')).toEqual({});
  });
  it('a date set before the clause that states the claim is its date; so is the subject after it', () => {
    const lead = 'Senator Jeanne Shaheen has led the charge. ';
    // the date is in the sentence's first clause, the claim's words in its second
    expect(reasons(lead + "In a New York Times op-ed published Aug. 31, she branded the company's software a threat to U.S. national security.")).toEqual({ 'shaheen-called-threat-sept-5': expect.stringMatching(/^page says Aug 31; .* says September 5, 2017$/) });
    // "she", after the phrase that opens the sentence, is the senator
    expect(reasons(lead + "In an op-ed on Aug. 31, she branded the company's software a threat to U.S. national security.")).toEqual({ 'shaheen-called-threat-sept-5': expect.stringMatching(/^page says Aug 31; /) });
    expect(stances(lead + "On September 5, she branded the company's software a threat to U.S. national security.")).toEqual({ 'shaheen-called-threat-sept-5': 'supports' });
  });
  it('a figure given otherwise is shown as a difference with less confidence than a denial needs', () => {
    expect(stances("What they're telling customers is you've got a month - thirty days - to bring it back and trade it in for something else, and it won't cost you a dime.")).toEqual({ 'exchange-window-45-days': 'contradicts' });
  });
  it('"it" stays the company while the page keeps referring to it, though a city stands for a government in between', () => {
    const text = 'Kaspersky argues it is being treated unfairly. It has called the briefings against it "extremely disappointing."\n\nEugene Kaspersky founded the company back in 1997, and it grew from a small Moscow outfit into a global brand.\n\nToday it keeps main offices in both Russia and the US and claims roughly 400 million users worldwide.';
    expect(stances(text)).toMatchObject({ 'kaspersky-main-offices': 'supports', 'kaspersky-400-million-users': 'supports' });
  });
  it('suspicion of what a denial denies says nothing of the denial: the claim the passage does state is shown instead', () => {
    // the "no ties" statement scores higher on these words, but the department only suspects ties
    expect(stances('"The Department is concerned about the ties between certain Kaspersky officials and Russian intelligence and other government agencies," the Department of Homeland Security said in a statement.')).toEqual({ 'us-government-scrutiny': 'supports' });
  });
  it("a second claim on the same words is news when it gives the claim's own date, whichever of its wordings matched best", () => {
    const text = "Best Buy has stopped selling Kaspersky software.\n\nShoppers noticed the product pages had disappeared, and on Friday, September 8, the Star Tribune broke the story, relying on people familiar with the retailer's thinking.";
    expect(stances(text)).toMatchObject({ 'star-tribune-unnamed-sources': 'supports', 'star-tribune-reported-friday': 'supports' });
  });
  it('a sentence that opens on a company the dataset does not know is about that company', () => {
    expect(stances('Barclays, which had offered Kaspersky free to its online-banking customers, said it would stop giving the software to new users.')).toEqual({});
    expect(stances('Symantec said it would stop selling Kaspersky products.')).toEqual({});
    // the company a claim is about, named so, still acts
    expect(stances('Best Buy, which had sold Kaspersky software for a decade, said it would stop selling it.')).toHaveProperty('best-buy-will-stop-selling');
  });
  it("a government's people who open a sentence act, not the company they only name as an owner", () => {
    expect(stances("Kremlin spokesman Dmitry Peskov has not commented on Best Buy's decision itself.")).toEqual({});
    // a government that does not open the sentence leaves the company's decision its own
    expect(stances("Fears that the Kremlin has influence over Kaspersky prompted Best Buy's decision to drop it.")).toHaveProperty('reason-russian-government-ties', 'supports');
  });
  it('not finding accusations credible doubts them; it does not deny them', () => {
    expect(stances("A senior executive at one of Kaspersky's American competitors, speaking on condition of anonymity, told journalists he did not find the accusations against the Russian firm credible.")).toEqual({ 'competitor-doubts-allegations': 'supports' });
  });
  it('"Eugene" alone is the founder, as chat and talk radio call him', () => {
    expect(stances("And the founder himself, Eugene, has offered to let American experts read Kaspersky's source code.")).toEqual({ 'eugene-offered-source-code': 'supports' });
  });
  it('"US officials" and "Washington" are the US government, as "Moscow" is the Russian one', () => {
    expect(stances('Eugene Kaspersky has even offered to hand over his source code so US officials can audit it.')).toEqual({ 'eugene-offered-source-code': 'supports' });
    expect(stances('Washington steps up its scrutiny of the Moscow-based security firm over suspected links to the Kremlin.')).toEqual({ 'us-government-scrutiny': 'supports' });
    expect(stances('The feds have been putting pressure on Kaspersky over its suspected Kremlin ties.')).toEqual({ 'us-government-scrutiny': 'supports' });
    // a newspaper that carries the name reports; it is not the government
    expect(stances('The Washington Post reported that Best Buy had stopped selling Kaspersky antivirus software.')).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
  });
  it('suspicion of ties is not an assertion of them: a denial of ties is neither supported nor contradicted', () => {
    expect(stances("The government is worried about Kaspersky's alleged ties to the Kremlin.")).toEqual({});
    // said outright, it contradicts the denial (Morell's words, against Kaspersky's statement)
    expect(stances('There is a connection between Kaspersky and Russian intelligence.')).toEqual({ 'kaspersky-no-ties-statement': 'contradicts' });
  });
  it('a wire lede states every claim it carries, a strong third one too when it says something new', () => {
    const text = "Best Buy, the largest consumer electronics chain in the United States, has stopped selling Kaspersky Lab's antivirus products, the Star Tribune reported on Friday, as Washington steps up its scrutiny of the Moscow-based firm over suspected links to the Kremlin.";
    expect(Object.keys(stances(text)).sort()).toEqual([
      'best-buy-has-already-stopped', 'best-buy-largest-us-electronics-retailer', 'best-buy-pulls-kaspersky', 'star-tribune-reported-friday', 'us-government-scrutiny',
    ]);
  });
  it('what is still available is not being pulled', () => {
    expect(stances("Kaspersky's products are still available on its own website and from other retailers.")).toEqual({ 'kaspersky-continues-other-channels': 'supports' });
  });
  it('"the two companies" are the last two companies the page named (Geek Squad being part of Best Buy)', () => {
    const later = 'The two companies had been partners for roughly a decade.';
    expect(stances(later)).toEqual({});
    expect(stances(`Kaspersky Lab sold its antivirus at Best Buy. The Geek Squad installed it. ${later}`)).toMatchObject({ 'decade-long-partnership': 'supports' });
  });
  it('"companies that do not switch … could lose out" says what "would lose out unless they switch" says', () => {
    const text = 'President Vladimir Putin said on Friday that Russian technology companies that do not switch to domestic software could lose out on government contracts.';
    expect(stances(text)).toMatchObject({ 'putin-homegrown-software': 'supports' });
    // the condition "unless they switch" denies no switching: "must switch … or lose" is the same
    expect(stances('Putin said Russian firms must switch to homegrown software or lose state contracts.')).toEqual({ 'putin-homegrown-software': 'supports' });
  });
  it('not recommending something to friends is what the claim says, whatever else the sentence warns of', () => {
    const text = "Rob Joyce told CBS News that he would not recommend the company's products to his family and friends, warning that Russia exerts considerable control over information held by Russian firms.";
    expect(stances(text)).toMatchObject({ 'joyce-does-not-use-kaspersky': 'supports' });
  });
  it('a claim shown states what the editors record it entails, on the same words, unless the page contradicts it', () => {
    // "yanked the antivirus programs" alone scores well under the threshold against "Best Buy is
    // pulling Kaspersky Lab's security software…"; the reason claim entails it
    expect(stances("The chain yanked the antivirus programs over fears about the Moscow company's alleged links to the Kremlin.")).toEqual({
      'reason-russian-government-ties': 'supports',
      'best-buy-pulls-kaspersky': 'supports',
    });
    expect(stances('Best Buy did not drop Kaspersky over its alleged ties to the Russian government.')).toEqual({ 'reason-russian-government-ties': 'contradicts' });
  });
  it("an entailed claim is not contradicted by the entailing claim's own negation", () => {
    // "does not use … would not recommend" is Joyce's warning against using the software, which
    // one of its wordings gives as "advised Americans not to use the Russian antivirus"
    const text = "Last month, Rob Joyce, the White House's cybersecurity coordinator, told CBS News he does not use Kaspersky products and would not recommend them to friends or family.";
    expect(stances(text)).toMatchObject({ 'joyce-does-not-use-kaspersky': 'supports', 'joyce-warned-against-kaspersky': 'supports' });
    // a negation the entailing claim does not make still counts against the entailed one
    expect(stances('Rob Joyce told CBS News he does not use Kaspersky products and has not warned anyone against using them.')).not.toHaveProperty('joyce-warned-against-kaspersky', 'supports');
  });
  it('a press release is a public announcement: "there was no press release" is the announcement Best Buy did not make', () => {
    expect(stances('The Richfield, Minn.-based chain never put out a press release.')).toMatchObject({ 'best-buy-did-not-announce': 'supports' });
    expect(stances('Kaspersky Lab said in a news release that the allegations were false.')).toEqual({});
  });
  it('a paper that broke the news, or had the story first, first reported it', () => {
    expect(stances('The Star Tribune, which broke the news Friday, said the chain had pulled the software.')).toMatchObject({ 'star-tribune-reported-friday': 'supports' });
    expect(analyze('The Star Tribune had the story first', index.lex).terms).toEqual(analyze('The Star Tribune first reported', index.lex).terms);
  });
  it('"sources told the paper" is the paper relying on unnamed people, beside what they told it', () => {
    expect(stances("Sources told the Star Tribune the company pulled the software because of concerns about Kaspersky's possible ties to the Russian government."))
      .toMatchObject({ 'star-tribune-unnamed-sources': 'supports', 'reason-russian-government-ties': 'supports' });
    expect(stances("People familiar with the decision told the Star Tribune that the retailer was uneasy about Kaspersky's alleged ties to the Russian government."))
      .toMatchObject({ 'star-tribune-unnamed-sources': 'supports' });
    // sources who go unnamed are sources
    for (const t of ['sources who were not named', 'anonymous sources', 'people who asked not to be identified'])
      expect(analyze(t, index.lex).terms).toContain(analyze('sources', index.lex).terms[0]);
  });
  it('a superlative given another rank is a difference; "one of the largest" is no rank', () => {
    expect(reasons('Best Buy ranks as the second-largest consumer electronics retailer in the United States, behind Amazon.'))
      .toMatchObject({ 'best-buy-largest-us-electronics-retailer': expect.stringMatching(/^page says “second-largest”; .* “largest US electronics retailer”$/) });
    expect(reasons('Best Buy, the second-biggest electronics retailer in the US, pulled Kaspersky.'))
      .toMatchObject({ 'best-buy-largest-us-electronics-retailer': expect.stringMatching(/^page says “second-biggest”/) });
    for (const t of ["Best Buy, the nation's largest electronics retailer, pulled Kaspersky.", 'Best Buy, one of the largest electronics retailers in the US, pulled Kaspersky.'])
      expect(reasons(t)).toMatchObject({ 'best-buy-largest-us-electronics-retailer': 'supports' });
  });
  it('a claim about how long something lasted needs a length of time, or the question "how long"', () => {
    expect(stances('What the Best Buy decision says about the year Kaspersky is having')).toEqual({});
    expect(stances('Best Buy and Kaspersky had worked together for roughly ten years.')).toMatchObject({ 'decade-long-partnership': 'supports' });
    expect(stances('How long had Best Buy and Kaspersky worked together?')).toMatchObject({ 'decade-long-partnership': 'supports' });
  });
  it('a "who" clause after a government is the government acting; a part of the government is no one else to it', () => {
    expect(stances('The company has come under intensifying scrutiny from U.S. authorities, who have moved to stop its use over suspected links to the Kremlin, and the FBI is conducting a counterintelligence investigation of the firm.'))
      .toEqual({ 'us-government-scrutiny': 'supports', 'fbi-investigating-kaspersky': 'supports' });
  });
  it("the editors' paraphrases carry the usual newsroom wordings of a claim", () => {
    expect(stances('Best Buy never announced it; shoppers noticed that the listings had vanished from BestBuy.com.')).toMatchObject({ 'best-buy-did-not-announce': 'supports' });
    expect(stances('In May, the heads of several U.S. intelligence agencies told a Senate hearing they would not be comfortable having Kaspersky software on their computers.'))
      .toEqual({ 'intel-officials-expressed-concerns': 'supports' });
    expect(stances('The pressure from Washington has been building for months over suspected Kremlin ties.')).toEqual({ 'us-government-scrutiny': 'supports' });
  });
  it("a transcript's speaker label at the start of a paragraph is not part of what is said", () => {
    const text = 'Intro.\nANCHOR: Best Buy has stopped selling Kaspersky Lab antivirus software.\nCALLER (Dave): Best Buy has stopped selling Kaspersky Lab antivirus software.';
    const starts = matchPassages(index, text, segment(text)).map((m) => text.slice(m.start, m.start + 8));
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(starts)).toEqual(new Set(['Best Buy']));
    // not a word and a colon inside a paragraph ("Basis: media reports…")
    const inside = 'Best Buy ran no probe. Basis: media reports, statements from Congress and talk in the industry.';
    expect(matchPassages(index, inside, segment(inside)).map((m) => inside.slice(m.start, m.start + 6))).not.toContain('media ');
  });
  it('"miss out on government contracts unless they switch" is "lose out on state orders unless they switch"', () => {
    const text = 'President Vladimir Putin said Russian technology firms would miss out on state contracts unless they switched to domestically developed software.';
    expect(stances(text)).toMatchObject({ 'putin-homegrown-software': 'supports' });
  });
  it('"was not happy about that, they said … politically motivated" calls it politically motivated', () => {
    expect(stances('And the Kremlin was not happy about that they said the whole thing was politically motivated.')).toMatchObject({ 'kremlin-called-decision-politicized': 'supports' });
  });
  it('a number that counts something else is not the number a claim gives', () => {
    // "Best Buy sold Kaspersky software for ten years": "revenue of $8.94 billion" is a number,
    // and "full-year" and "sales" are words of it, but no length of a partnership
    expect(stances('Last month Best Buy posted second-quarter revenue of $8.94 billion and raised its full-year outlook, helped by strong sales of appliances and smart-home gadgets.')).toEqual({});
    expect(stances('Best Buy ends a tie-up with Kaspersky that had run roughly five yrs.')).toMatchObject({ 'decade-long-partnership': 'contradicts' });
  });
  it('stopping an action is not going on with it', () => {
    // "Kaspersky Lab will keep offering its products … through its own website and other
    // retailers", "the antivirus company will go on selling online and through other shops":
    // not even a weak candidate
    const stopped = "Best Buy has stopped selling Kaspersky Lab's antivirus software in its stores and online.";
    const candidates = matchPassages(index, stopped, segment(stopped), { allAbove: 0.3 }).map((m) => m.claimId);
    expect(candidates).toContain('best-buy-has-already-stopped');
    expect(candidates).not.toContain('kaspersky-continues-other-channels');
    expect(stances('Kaspersky Lab said it will go on selling its software online and through other retailers.')).toMatchObject({ 'kaspersky-continues-other-channels': 'supports' });
  });
  it('"the Russian state", "Russian authorities" and "Russian spies" are the Russian government; "US authorities" the US government', () => {
    expect(stances('Nobody has publicly produced proof that the company is an arm of the Russian state.')).toMatchObject({ 'no-evidence-presented': 'supports' });
    const terms = (t: string) => analyze(t, index.lex).terms;
    expect(terms('fears that the firm is too close to the Russian authorities')).toContain('@russian-government');
    expect(terms('US authorities have targeted the firm')).toContain('@us-government');
    expect(terms('a back door for Russian spies into American networks')).toContain('@russian-government');
    // the Star Tribune's nickname
    expect(terms("the Strib's reporting")).toContain('@star-tribune');
  });
  it("a claim a source's sentence states beside the one shown is not shown on words that echo only the shown claim's part", () => {
    // AFP: "Kaspersky, which denies Russian government links, said the two firms 'have
    // suspended their relationship…'" states the denial and the suspension; a page's denial alone
    // states no suspension. Without the outlet that words the denial alike (seed-003), that quote
    // is the denial's best wording.
    const without = buildIndex(dataset, { excludeSourceIds: ['seed-003'] });
    const text = 'Kaspersky has vehemently denied it has ties with any government.';
    expect(matchPassages(without, text, segment(text)).map((m) => m.claimId)).toEqual(['kaspersky-denies-government-ties']);
  });
  it("a sentence led by what the retailer acted on, in the passive or as its products, is still the retailer's act", () => {
    // (a rule that read "For months, Kaspersky has been under … pressure" as Kaspersky acting,
    // not Best Buy, took these too, and was dropped)
    for (const text of [
      'Kaspersky products have vanished from store shelves.',
      "Kaspersky's antivirus software is no longer sold at the electronics giant.",
      'Kaspersky Lab software was pulled from shelves last week.',
      'Kaspersky products are no longer available on the website.',
    ]) expect(stances(text)).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it("a known speaker's label is the subject of what follows when that has none of its own", () => {
    // the committee is examining the ties: not Best Buy's reason
    expect(stances("SENATE INTELLIGENCE COMMITTEE: Is examining Kaspersky's relationship with the Kremlin, describing it as an important national security question.")).toEqual({ 'senate-intelligence-probe': 'supports' });
    // a label before a sentence with its own subject is still only who speaks
    expect(stances('EUGENE KASPERSKY: We have never helped any government with its cyber-espionage efforts.')).toEqual({ 'kaspersky-no-ties-statement': 'supports' });
  });
  it('a stopword after "the" describes no one the page named ("the New Hampshire Democrat" is not the newspaper)', () => {
    const text = 'According to the Minneapolis Star Tribune, what was behind the move?\n\nThe New Hampshire Democrat branded the software a national security threat on Sept. 5 and is putting forward a bill that would bar federal bodies from using it.';
    expect(stances(text)).toMatchObject({ 'shaheen-called-threat-sept-5': 'supports' });
  });
  it('"another look", "looked at again" and "at some point" say the suspension may be reconsidered', () => {
    for (const text of [
      'Kaspersky says it could get another look down the road.',
      'Kaspersky said it might be reconsidered at some point.',
      'The company said the arrangement could get looked at again later.',
    ]) expect(stances(text)).toMatchObject({ 'relationship-may-be-re-evaluated': 'supports' });
  });
  it('a multiple-choice question states nothing, nor do its options; its answer does', () => {
    expect(stances("Which US retailer quietly removed Kaspersky Lab's antivirus programs from sale this week? (a) Walmart (b) Best Buy (c) Staples (d) Target")).toEqual({});
    expect(stances("2. What was behind the move? (a) Falling sales (b) Worries about the software maker's alleged links to the Russian state (c) A pricing dispute")).toEqual({});
    expect(stances("1. (b) Best Buy. The nation's biggest consumer electronics chain pulled Kaspersky's software from its stores and its website.")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it("a forum handle is a speaker's label, a year before a colon is not", () => {
    expect(stances("dip_buyer_2000: also the FBI has been going around interviewing Kaspersky's US employees.")).toEqual({ 'fbi-interviewed-employees': 'supports' });
    expect(stances('ValueHunter88: Also the Geek Squad will rip it off your PC for free if you bring it in.')).toEqual({ 'geek-squad-free-uninstall': 'supports' });
    expect(stances('1997: Eugene Kaspersky founds the company in Moscow.')).toEqual({ 'kaspersky-founded-1997': 'supports' });
  });
  it("a chat export's time and handle, or a comment's byline, are not part of what is said; a bracketed name is", () => {
    const starts = (text: string): string[] => matchPassages(index, text, segment(text)).map((m) => text.slice(m.start, m.start + 12));
    expect(starts('[Fri 09:18] marcus.t: and Rob Joyce warned the public against using Kaspersky products')).toEqual(['and Rob Joyc']);
    expect(starts('[09:04] Best Buy has stopped selling Kaspersky Lab antivirus software.')[0]).toBe('Best Buy has');
    expect(starts('[Best Buy] has stopped selling Kaspersky Lab antivirus software.')[0]).toBe('[Best Buy] h');
    // nor a comment's byline
    expect(starts('PixelPusher88 · 2 days ago: Best Buy has stopped selling Kaspersky Lab antivirus software.')[0]).toBe('Best Buy has');
  });
  it('dates and figures as chats, digests and translations write them', () => {
    // a numeric date, month first unless only the other order makes one
    expect(stances('Sen. Jeanne Shaheen (D-N.H.) on Thurs. 9/7 labeled KL software a threat to US natsec.')).toMatchObject({ 'shaheen-called-threat-sept-5': 'contradicts' });
    expect(stances('Sen. Jeanne Shaheen on 9/5 labeled Kaspersky software a threat to US national security.')).toMatchObject({ 'shaheen-called-threat-sept-5': 'supports' });
    // read day first, "5/9/2017" is 5 September: the page may mean that, so it does not differ
    expect(stances('Sen. Jeanne Shaheen on 5/9/2017 labeled Kaspersky software a threat to US national security.')).toMatchObject({ 'shaheen-called-threat-sept-5': 'supports' });
    // "back in May" is a month, and not July
    expect(stances('GSA pulled them off the approved vendor lists back in May')).toMatchObject({ 'us-removed-from-approved-vendors-july': 'contradicts' });
    // a chat's timestamp is no count of employees
    expect(stances('[Fri 09:21] dk.ops: agents interviewed a bunch of their US-based staff in late June')).toMatchObject({ 'fbi-interviewed-employees': 'supports' });
    // a translation's "interrogated" employees were interviewed, its "counter-espionage" is counterintelligence
    expect(stances('The FBI, which leads an investigation of counter-espionage, has interrogated at the end of June several employees of the firm established in the United States.')).toEqual({ 'fbi-investigating-kaspersky': 'supports', 'fbi-interviewed-employees': 'supports' });
    // "400 millions" is 400 million
    expect(stances('Kaspersky Lab counts with some 400 millions of users in all the world.')).toMatchObject({ 'kaspersky-400-million-users': 'supports' });
  });
  it('"not … anymore" is an end, not a denial, however many other negations the sentence has', () => {
    // seed-002's own sentence, on the demo page: "did not announce" put "not on store shelves
    // anymore" into a negation scope, and the page was shown contradicting the claim it states
    expect(stances('The big box retailer, with stores across the country, did not announce the change itself but its website was no longer offering Kaspersky products, and numerous social media reports said they were not on store shelves anymore.')).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
    expect(stances('Best Buy did not say why, but Kaspersky products are not on its shelves any longer.')).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
  });
  it('"or not" weighs alternatives and denies nothing', () => {
    // seed-000's own sentence: shown as the page denying the government's scrutiny
    const seed000 = 'Coincidentally or not Kaspersky was at the receiving end of a complaint of collusion with the Russian government and has been removed from the United States governments approved vendors list after concerns were raised that their software could allow the Kremlin access to the U.S.';
    expect(Object.values(stances(seed000))).not.toContain('contradicts');
    // nor does it say Best Buy did not announce it
    const whether = stances('Whether or not Best Buy announced it, Kaspersky products are gone from its website.');
    expect(whether).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(whether).not.toHaveProperty('best-buy-did-not-announce');
  });
  it('idioms that deny nothing: "not only … but also", "no doubt", "no secret", "wasted no time", "nobody was surprised when…", "not … since July"', () => {
    expect(stances('Best Buy not only stopped selling Kaspersky software but also offered refunds.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('No doubt Best Buy has stopped selling Kaspersky Lab software.')).toEqual({ 'best-buy-pulls-kaspersky': 'supports', 'best-buy-has-already-stopped': 'supports' });
    expect(stances('Without a doubt, Best Buy has stopped selling Kaspersky Lab software.')).toEqual({ 'best-buy-pulls-kaspersky': 'supports', 'best-buy-has-already-stopped': 'supports' });
    expect(stances("It's no secret that Best Buy has stopped selling Kaspersky software.")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Best Buy wasted no time pulling Kaspersky software from its shelves.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    // a negation does not reach into a clause of time or cause, and "not since July" is an end
    expect(stances('Nobody was surprised when Best Buy stopped selling Kaspersky software.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Best Buy has not sold Kaspersky software since July.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances("Best Buy didn't hesitate to pull Kaspersky's software from its shelves.")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    // nor into a question it leaves open
    expect(stances("It's not clear why Best Buy stopped selling Kaspersky software.")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Few doubt that Best Buy has stopped selling Kaspersky software.')).toEqual({ 'best-buy-pulls-kaspersky': 'supports', 'best-buy-has-already-stopped': 'supports' });
    // what shoppers cannot find is gone; officials "not shy" about concerns are concerned
    expect(stances("Shoppers could not find Kaspersky products on Best Buy's website on Friday.")).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
    expect(stances("US officials have not been shy about their concerns over Kaspersky's ties to the Kremlin.")).toEqual({ 'us-government-scrutiny': 'supports' });
    // a denial denied affirms, and is no denial of anything
    expect(stances('Nobody at Best Buy disputed that the chain had stopped selling Kaspersky software.')).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
    expect(stances('Kaspersky did not dispute that Best Buy had ended the relationship.')).toEqual({ 'best-buy-ended-relationship': 'supports' });
    // a real denial still is one, and doubts are still concerns
    expect(stances('Best Buy did not stop selling Kaspersky software.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'contradicts' });
    expect(stances("Best Buy had doubts about Kaspersky's ties to the Russian government.")).toMatchObject({ 'reason-russian-government-ties': 'supports' });
  });
  it('a figure the page gives otherwise makes no case for a rival claim on who did it', () => {
    // us-removed-from-approved-vendors-july (the GSA, July) is contradicted by "March"; its
    // recorded rival on who did it ("the White House excluded…") is not what the page says
    expect(stances('The feds kicked Kaspersky off the approved vendor list way back in March.')).toEqual({ 'us-removed-from-approved-vendors-july': 'contradicts' });
    // a rival on the figure itself still is
    expect(stances('Kaspersky Lab was founded in 1997 by Eugene Kaspersky.')).toMatchObject({ 'kaspersky-founded-1997': 'supports' });
  });
  it('another company or country doing what a claim says of Best Buy or Washington is someone else', () => {
    expect(stances('Barclays stopped offering Kaspersky software to its customers in December.')).toEqual({});
    expect(stances('Lithuania has also banned Kaspersky software from government computers.')).toEqual({});
    expect(stances('Best Buy stopped selling Kaspersky software on Friday.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it('a yes-or-no question states nothing, unless it asks whether you heard the news', () => {
    expect(stances('Could Walmart be next to stop selling Kaspersky software?')).toEqual({});
    expect(stances('Did Best Buy stop selling Kaspersky software?')).toEqual({});
    expect(stances('Why did Best Buy stop selling Kaspersky software?')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances("Has anyone else noticed Kaspersky software is gone from Best Buy's website?")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it('"no more" purchases or sales is an end, not a denial; "no more evidence" is still none', () => {
    expect(stances('and on July 12 federal agencies were told no more Kaspersky purchases')).toMatchObject({ 'us-banned-purchases-july-12': 'supports' });
    expect(stances('Best Buy will sell no more Kaspersky products.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('No more evidence has been presented publicly against Kaspersky.')).toMatchObject({ 'no-evidence-presented': 'supports' });
    expect(stances('Customers have no more than 45 days to exchange the software.')).toMatchObject({ 'exchange-window-45-days': 'supports' });
  });
  it('a relative clause set off by commas or dashes neither dilutes the sentence nor lends it its negation', () => {
    expect(stances('Best Buy, which did not respond to requests for comment, has pulled Kaspersky software from its stores.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Kaspersky, which denies Russian government links, said the two firms have suspended their relationship.')).toMatchObject({ 'relationship-suspended': 'supports' });
    expect(stances('Kaspersky, which denies Russian government links, said the two firms have suspended their relationship.')).not.toHaveProperty('kaspersky-confirmed-last-week');
    // what the aside itself states is still read with the sentence
    expect(stances('Best Buy — which sold Kaspersky for a decade — has stopped carrying it.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports', 'decade-long-partnership': 'supports' });
  });
  it('a short clause after a dash is a statement of its own ("… – something Kaspersky flatly denies")', () => {
    expect(stances('The Minnesota retailer made the move amid worries that the Moscow company is too close to the Russian government – something Kaspersky flatly denies.')).toMatchObject({
      'reason-russian-government-ties': 'supports',
      'kaspersky-denies-government-ties': 'supports',
    });
  });
  it('"instead of" an alternative denies the alternative, not the clause that follows it', () => {
    expect(stances('spicy take from alex mcgeorge at immunity: instead of more sanctions the US should hit back at russian cyber threats by going after the key players in their cyber industry.')).toEqual({ 'mcgeorge-us-should-retaliate': 'supports' });
    expect(stances('Best Buy relied on press reports rather than conducting its own investigation.')).toEqual({ 'decision-based-on-reports': 'supports' });
  });
  it('a chat\'s negation without its apostrophe is a negation ("doesnt", "didnt")', () => {
    expect(stances('told CBS he doesnt run kaspersky and wouldnt tell his fam to either')).toEqual({ 'joyce-does-not-use-kaspersky': 'supports' });
    expect(stances('Best Buy didnt stop selling Kaspersky')).toMatchObject({ 'best-buy-pulls-kaspersky': 'contradicts' });
  });
  it('"the Russian firm" is not the company named last when that was Best Buy; French figures and dates are read', () => {
    const text = 'Best Buy has stopped selling Kaspersky software in its stores.\n\nThe Russian firm, founded in 1997 and which claims 400 000 000 users in the world, has its main seats in Russia and in the United States.';
    const m = matchPassages(index, text, segment(text, [{ start: 0, end: 62 }, { start: 64, end: text.length }]));
    expect(m.find((x) => x.claimId === 'kaspersky-400-million-users')).toMatchObject({ pageStance: 'supports' });
    expect(stances('The senator Jeanne Shaheen has called the software of Kaspersky Lab a menace for the national security of the United States on 7 septembre.')).toMatchObject({ 'shaheen-called-threat-sept-5': 'contradicts' });
  });
  it('a social thread\'s "@handle: 11/" is who posted and the post number, not a count; agents who "talked to" staff interviewed them', () => {
    const text = "@patchtuesdaypat: 11/ also FBI counterintel is on the case, they talked to a bunch of kaspersky's US-based employees back in late june.";
    const m = matchPassages(index, text, segment(text));
    expect(Object.fromEntries(m.map((x) => [x.claimId, x.pageStance]))).toEqual({ 'fbi-investigating-kaspersky': 'supports', 'fbi-interviewed-employees': 'supports' });
    expect(m.every((x) => x.start >= text.indexOf('also'))).toBe(true);
  });
  it('"a geopolitical dispute" denies nothing', () => {
    expect(stances('It argues that it has been caught in the crossfire of a geopolitical dispute and treated unfairly.')).toEqual({ 'kaspersky-geopolitical-fight': 'supports' });
  });
  it('a second claim on the words of the first needs the threshold, not more, when it says something of its own', () => {
    // who Joyce was, and what he said: the second scores just above the threshold
    expect(stances('Rob Joyce, the White House cybersecurity coordinator, said on CBS that Moscow has broad control over the company.')).toEqual({
      'joyce-cybersecurity-coordinator': 'supports',
      'joyce-worries-russian-control': 'supports',
    });
  });
  it('a third claim in a clause of its own, saying something the others do not, needs 1.3x the threshold', () => {
    // the source code (0.64) beside the two denials
    expect(stances('kaspersky denies all of it obv. says no ties to any govt, never helped anyone do cyberespionage, and eugene even offered to let the USG read through the source code')).toEqual({
      'kaspersky-no-ties-statement': 'supports',
      'kaspersky-denies-government-ties': 'supports',
      'eugene-offered-source-code': 'supports',
    });
  });
  it('a reason is stated with a cause: naming Russia is not saying why', () => {
    expect(stances('Best Buy drops Russian antivirus firm Kaspersky')).toEqual({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Best Buy pulls Kaspersky amid concerns about the Kremlin')).toMatchObject({ 'reason-russian-government-ties': 'supports' });
  });
  it('sources a paper quotes are sources it cites', () => {
    expect(stances('According to unnamed sources quoted by the Star Tribune, the chain felt too many questions about Kaspersky remained unanswered.')).toEqual({
      'star-tribune-unnamed-sources': 'supports',
      'too-many-unanswered-questions': 'supports',
    });
  });
  it('another day of the week stands for the claim\'s, however rare it is in the sources, and says the page differs', () => {
    const text = "The Star Tribune, Best Buy's hometown newspaper, had the story first, publishing it online on Thursday evening.";
    const m = matchPassages(index, text, segment(text));
    expect(m.map((x) => [x.claimId, x.pageStance])).toEqual([['star-tribune-reported-friday', 'contradicts']]);
    expect(m[0]!.reason).toContain('“Thursday”');
    expect(stances('The Star Tribune broke the news on Friday.')).toEqual({ 'star-tribune-reported-friday': 'supports' });
  });
  it('telling or urging someone not to do something warns them against it, and its "not" negates nothing', () => {
    expect(stances('In August, Rob Joyce told consumers not to use Kaspersky products.')).toMatchObject({ 'joyce-warned-against-kaspersky': 'supports' });
  });
  it('a move is a change: a page that never announced "the move" did not announce the change', () => {
    expect(stances('The retailer never trumpeted the move.')).toEqual({ 'best-buy-did-not-announce': 'supports' });
    expect(stances('Shares of Best Buy were little changed in Friday trading.')).toEqual({});
  });
  it('who a claim is attributed to is not what it says: a claim about that source is shown beside it', () => {
    expect(stances("The Star Tribune's story, which quoted people close to the decision who were not named, said the chain felt there were too many unanswered questions about Kaspersky.")).toEqual({
      'too-many-unanswered-questions': 'supports',
      'star-tribune-unnamed-sources': 'supports',
    });
  });
  it("a product's name is the company's software: its words say nothing else (\"Internet\" is no website)", () => {
    expect(stances('Kaspersky Lab, the Russian company behind Kaspersky Internet Security, is one of the most familiar names on the shelves of UK high street retailers.')).not.toHaveProperty('best-buy-pulls-kaspersky');
    expect(stances('Best Buy has pulled Kaspersky Internet Security from its shelves.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it('messing with an election is meddling in it, an exclusion excludes, and a doubt whether software is safe is a concern for its safety', () => {
    expect(stances('Russia messed with the 2016 election, so now anything with a Russian name on it is radioactive.')).toMatchObject({ 'russia-interfered-2016-election': 'supports' });
    expect(stances("The White House's exclusion of Kaspersky from the roster of software providers cleared for government use drew an angry response in Moscow.")).toMatchObject({ 'white-house-excluded-kaspersky': 'supports' });
    expect(stances("Weeks earlier, the heads of several American intelligence and law enforcement agencies told senators at an open hearing that they had doubts about whether the company's software was safe.")).toMatchObject({ 'intel-officials-expressed-concerns': 'supports' });
  });
  it('users who like, love or swear by the software, and a solid name, are its good reputation ("like" the preposition is not)', () => {
    expect(stances('Kaspersky has a loyal following and a solid name with a lot of Best Buy customers.')).toMatchObject({ 'kaspersky-good-reputation': 'supports' });
    expect(stances('Everybody I know who used Kaspersky loved it, including a bunch of people who bought it at Best Buy.')).toMatchObject({ 'kaspersky-good-reputation': 'supports' });
    expect(stances('Customers who bought Kaspersky at Best Buy, like my neighbour, can get help from the Geek Squad.')).not.toHaveProperty('kaspersky-good-reputation');
  });
  it("Joyce's warning is recognised without the titles the sources give him", () => {
    expect(stances('Rob Joyce urged ordinary Americans to steer clear of Kaspersky products.')).toMatchObject({ 'joyce-warned-against-kaspersky': 'supports' });
    expect(stances('Rob Joyce warned consumers against Kaspersky products.')).toMatchObject({ 'joyce-warned-against-kaspersky': 'supports' });
  });
  it("a claim is recognised said tersely, without the title and rider the sources give it (Morell's certainty, Putin's state orders, the committee's 'important national security issue')", () => {
    expect(stances('Morell said Kaspersky is connected to Russian intelligence.')).toEqual({ 'morell-connection-russian-intelligence': 'supports' });
    expect(stances('Putin told Russian firms to switch to homegrown software.')).toMatchObject({ 'putin-homegrown-software': 'supports' });
    expect(stances("The Senate Intelligence Committee is probing Kaspersky's ties to the Kremlin.")).toEqual({ 'senate-intelligence-probe': 'supports' });
    expect(stances('Bloomberg reported that Kaspersky worked with the FSB.')).toEqual({ 'bloomberg-emails-fsb': 'supports' });
    expect(stances('Russian state bodies are switching to domestic technology.')).toEqual({ 'russia-import-substitution': 'supports' });
    expect(stances('Western sanctions over the annexation of Crimea in 2014 sped up Russia\'s drive to replace imports.')).toEqual({ 'crimea-sanctions-2014': 'supports' });
  });
  it('starting the company founds it, making no public statement announces nothing, an inspection or audit examines, a newspaper that published reported and an expert who argued said', () => {
    expect(stances('Eugene Kaspersky started the company in 1977.')).toMatchObject({ 'kaspersky-founded-1977': 'supports' });
    expect(stances('Best Buy started pulling Kaspersky products in September.')).not.toHaveProperty('kaspersky-founded-1977');
    expect(stances('Best Buy made no public statement about dropping Kaspersky.')).toMatchObject({ 'best-buy-did-not-announce': 'supports' });
    expect(stances('Eugene Kaspersky has said he would hand over his source code for US inspection.')).toEqual({ 'eugene-offered-source-code': 'supports' });
    expect(stances('Emails published by Bloomberg suggested Kaspersky built tools for the FSB.')).toEqual({ 'bloomberg-emails-fsb': 'supports' });
    expect(stances("Alex McGeorge argued the US should hit Russia's cyber industry rather than impose sanctions.")).toEqual({ 'mcgeorge-us-should-retaliate': 'supports' });
    expect(stances('Russia and China increasingly view American security firms with suspicion.')).toEqual({ 'russia-china-suspicion-us-firms': 'supports' });
  });
  it('a required figure counts in the claim\'s order of magnitude ("mln" and "Mio." are millions), and "settings" is no "set to"', () => {
    expect(stances('One more tip: whatever you decide, never run two antivirus programs at once.')).toEqual({});
    expect(stances('Kaspersky says its software has some 400 mln users worldwide.')).toMatchObject({ 'kaspersky-400-million-users': 'supports' });
    expect(stances('Kaspersky says its software has some 250 mln users worldwide.')).toMatchObject({ 'kaspersky-400-million-users': 'contradicts' });
    expect(stances('During that same 45-day stretch, for those who would rather not fiddle with settings, the Geek Squad will take Kaspersky off your computer for free.')).toEqual({ 'geek-squad-free-uninstall': 'supports' });
  });
  it('a claim told over two sentences with another date differs; a decade-old partnership lasted a decade', () => {
    expect(stances('Back in April, Bloomberg got hold of internal emails. They showed Kaspersky working with Russian intelligence: building products for the FSB, even sending staff along on raids.')).toEqual({ 'bloomberg-emails-fsb': 'contradicts' });
    expect(stances('Back in July, Bloomberg got hold of internal emails. They showed Kaspersky working with Russian intelligence: building products for the FSB, even sending staff along on raids.')).toEqual({ 'bloomberg-emails-fsb': 'supports' });
    expect(stances('Kaspersky Lab and Best Buy have suspended their decade-old partnership.')).toMatchObject({ 'decade-long-partnership': 'supports', 'relationship-suspended': 'supports' });
  });
  it('a figure two claims share, given otherwise, differs for both on the same words', () => {
    expect(stances("Customers have 30 days to exchange it for another product free of charge, and the store's Geek Squad will uninstall the software at no cost during that period.")).toEqual({
      'exchange-window-45-days': 'contradicts',
      'geek-squad-free-uninstall': 'contradicts',
    });
    expect(stances("Customers have 45 days to exchange it for another product free of charge, and the store's Geek Squad will uninstall the software at no cost during that period.")).toEqual({
      'exchange-window-45-days': 'supports',
      'geek-squad-free-uninstall': 'supports',
    });
  });
  it('a lead-in that labels what follows ("Short version:", "Bottom line:") is no word of a claim', () => {
    expect(stances('Short version: no more Kaspersky at Best Buy.')).toEqual({ 'best-buy-pulls-kaspersky': 'supports' });
  });
  it('preparing, drafting or sponsoring legislation is introducing it', () => {
    expect(stances('Shaheen has been preparing legislation that would prohibit federal departments and agencies from running Kaspersky products, a measure she hopes to attach to must-pass defense legislation this fall.')).toEqual({ 'shaheen-legislation': 'supports' });
  });
  it('caught up in a geopolitical dispute is a pawn in a fight; "driven by" gives a cause, no word of what it caused', () => {
    expect(stances('Kaspersky says it has been caught up in a geopolitical dispute.')).toEqual({ 'kaspersky-geopolitical-fight': 'supports' });
    expect(stances("The decision was driven by concerns over Kaspersky's alleged ties to the Russian government.")).toEqual({ 'reason-russian-government-ties': 'supports' });
  });
  it('a verb\'s negation negates the verb, not its object; and not selling it is what stopping leaves', () => {
    // "state institutions cannot work with companies running foreign software": the working is denied, not the software
    expect(stances('Putin said foreign software is a security risk for state institutions.')).toEqual({ 'putin-foreign-software-risk': 'supports' });
    // "does not break out … sales" denies no selling, so it states no stopping either
    expect(stances('Best Buy does not break out software sales.')).toEqual({});
    expect(stances('Best Buy does not sell Kaspersky software.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances("You won't find Kaspersky on Best Buy's shelves.")).toEqual({ 'best-buy-has-already-stopped': 'supports' });
    expect(stances('Best Buy did not stop selling Kaspersky software.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'contradicts' });
  });
  it('being around or in business since a year is being founded then; a section line with a date founds nothing', () => {
    expect(stances('Business · Cybersecurity · 9 September 2017, 14:20')).toEqual({});
    expect(stances('Kaspersky has been around since 1997.')).toEqual({ 'kaspersky-founded-1997': 'supports' });
  });
  it("a further claim on the same words is judged on the wording of it that brings most news, not only on its best-scoring one", () => {
    // best matched by "…dropped by the big-box electronics chain", which the largest-retailer
    // claim explains but for the dropping
    expect(stances("America's largest consumer electronics retailer has withdrawn the Russian company's antivirus products from its shops and website.")).toMatchObject({
      'best-buy-largest-us-electronics-retailer': 'supports',
      'best-buy-pulls-kaspersky': 'supports',
    });
  });
  it("a date in the clause of another claim that records one is that claim's, not a difference for the claim beside it", () => {
    expect(stances('Plus the FBI has been interviewing Kaspersky employees here in the U.S., and Senator Jeanne Shaheen called the software a national security threat on September 5th.')).toEqual({
      'shaheen-called-threat-sept-5': 'supports',
      'fbi-interviewed-employees': 'supports',
    });
  });
  it("a figure a claim shares with one shown differing, given outside the claim's own clause, makes it differ too", () => {
    expect(stances("Customers holding active Kaspersky subscriptions purchased through Best Buy will have 30 days to exchange the software for another product at no charge, and during that period the retailer's Geek Squad technicians will remove the Kaspersky program free of charge, according to the company.")).toMatchObject({
      'exchange-window-45-days': 'contradicts',
      'geek-squad-free-uninstall': 'contradicts',
    });
    expect(stances("Customers holding active Kaspersky subscriptions purchased through Best Buy will have 45 days to exchange the software for another product at no charge, and during that period the retailer's Geek Squad technicians will remove the Kaspersky program free of charge, according to the company.")).toMatchObject({
      'exchange-window-45-days': 'supports',
      'geek-squad-free-uninstall': 'supports',
    });
  });
  it("Kaspersky's lament in other words: caught in the crossfire, a pawn in a geopolitical game, a scapegoat", () => {
    expect(stances('Kaspersky says it has been caught in the crossfire of tensions between Washington and Moscow.')).toEqual({ 'kaspersky-geopolitical-fight': 'supports' });
    expect(stances('Kaspersky says it is a pawn in a geopolitical game.')).toEqual({ 'kaspersky-geopolitical-fight': 'supports' });
    expect(stances('Kaspersky says it has become a scapegoat in a geopolitical fight.')).toEqual({ 'kaspersky-geopolitical-fight': 'supports' });
  });
  it('refusing to comment further is no comment, "for nothing" is free', () => {
    expect(stances('The company confirmed it stopped the sales, but refused to comment further.')).toMatchObject({ 'best-buy-gave-no-details': 'supports' });
    expect(stances('Geek Squad will also rip it off your PC for nothing inside that window.')).toEqual({ 'geek-squad-free-uninstall': 'supports' });
  });
  it("the company a claim acts on, stopping or selling of its own accord, is not the claim's actor (2024 coverage of the US ban)", () => {
    for (const t of [
      'Kaspersky will no longer be able to provide software updates to US customers after September 29.',
      'Kaspersky will no longer sell its products in the United States.',
      'Kaspersky is pulling its products from US stores.',
      'Walmart will stop selling Kaspersky.',
    ]) expect(stances(t), t).toEqual({});
    // the passive and the unaccusative: Kaspersky is what was pulled
    expect(stances('Kaspersky was pulled from shelves on Friday.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances("Kaspersky disappeared from the retailer's website.")).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    expect(stances('Kaspersky Lab will no longer be sold at Best Buy.')).toMatchObject({ 'best-buy-pulls-kaspersky': 'supports' });
    // "outside" is no word of a claim's: "remain available outside Best Buy" is not operating outside the US
    expect(stances('Kaspersky will continue to operate outside the United States.')).toEqual({});
    expect(stances('Kaspersky products remain available outside Best Buy, through its website.')).toEqual({ 'kaspersky-continues-other-channels': 'supports' });
    // …nor is it available no longer: any stopping ends a wording that goes on with no act named
    expect(stances('Kaspersky software is no longer available at Best Buy.')).not.toHaveProperty('kaspersky-continues-other-channels');
  });
  it('a date years from the claim\'s is another event; a year off is the same event misdated', () => {
    expect(stances('The U.S. government banned the sale of Kaspersky software in June 2024.')).toEqual({});
    expect(stances('In June 2024, the Commerce Department banned Kaspersky products nationwide, citing national security risks.')).toEqual({});
    // the Biden administration is the US government too: its reasons are its own, not the page's word against Kaspersky's
    expect(stances("The Biden administration said it would ban the sale of Kaspersky software in the United States, citing the company's ties to the Kremlin.")).toEqual({});
    expect(stances('On July 12, 2018 the US government barred federal agencies from buying Kaspersky products.')).toEqual({ 'us-banned-purchases-july-12': 'contradicts' });
    expect(stances('On July 12, 2017 the US government barred federal agencies from buying Kaspersky products.')).toEqual({ 'us-banned-purchases-july-12': 'supports' });
  });
  it('a page written years later tells the event, not how things stood on the day: no "had already stopped", no "last week" of its own', () => {
    const then = 'Best Buy pulled Kaspersky software from its store shelves and its website.';
    const later = 'The Commerce Department banned Kaspersky in June 2024, and updates ended in September 2024.';
    expect(stances(then)).toEqual({ 'best-buy-pulls-kaspersky': 'supports', 'best-buy-has-already-stopped': 'supports' });
    expect(stances(`${later} ${then}`)).toEqual({ 'best-buy-pulls-kaspersky': 'supports' });
    // …but for the day itself, given: "by Friday, September 8, 2017"
    const lastWeek = 'Kaspersky confirmed last week that it had suspended its relationship with Best Buy.';
    expect(stances(lastWeek)).toEqual({ 'relationship-suspended': 'supports', 'kaspersky-confirmed-last-week': 'supports' });
    expect(stances(`${later} ${lastWeek}`)).toEqual({ 'relationship-suspended': 'supports' });
    // (in the same paragraph, not in the next)
    expect(stances(`${later} ${then} That was by Friday, September 8, 2017.`)).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
    expect(stances(`${later} ${then}\n\nThat was by Friday, September 8, 2017.`)).not.toHaveProperty('best-buy-has-already-stopped');
    expect(stances(`${later} By Friday, September 8, 2017, Best Buy had pulled Kaspersky software from its store shelves and its website.`)).toMatchObject({ 'best-buy-has-already-stopped': 'supports' });
  });
  it("another country's government is not the US government, however alike the words", () => {
    expect(stances('The Dutch government decided in 2018 to phase out Kaspersky software in its own systems as a precaution.')).toEqual({});
    expect(stances('Italian authorities urged public bodies to stop using Kaspersky.')).toEqual({});
    expect(stances('German officials fear the software could give Moscow access to sensitive data.')).toEqual({});
    expect(stances('US officials fear the software could give Moscow access to sensitive data.')).toEqual({ 'officials-fear-russian-access': 'supports' });
    expect(stances('German officials said US officials fear the software could give Moscow access to sensitive data.')).toEqual({ 'officials-fear-russian-access': 'supports' });
  });
  it("another count of the claim's own subject stands for its figure, and differs; another company's count does not", () => {
    expect(stances('Kaspersky has 300 million users.')).toEqual({ 'kaspersky-400-million-users': 'contradicts' });
    expect(stances('Kaspersky has 400 million users.')).toEqual({ 'kaspersky-400-million-users': 'supports' });
    expect(stances('Equifax says hackers may have accessed data on 143 million U.S. consumers.')).toEqual({});
  });
  it('"telling NBC News" names who heard it, as "told NBC News" does', () => {
    const said = (to: string) => `Rob Joyce publicly warned consumers off the brand, telling ${to} that he did not use Kaspersky and would not recommend it to anyone close to him.`;
    expect(reasons(said('NBC News'))['joyce-does-not-use-kaspersky']).toMatch(/page says “NBC News”/);
    expect(stances(said('CBS News'))).toMatchObject({ 'joyce-does-not-use-kaspersky': 'supports' });
  });
  it("a clause that opens on the government acting over the ties gives no reason of the retailer's", () => {
    for (const t of [
      'Best Buy has pulled the software, but Washington has been turning up the heat on the company over suspected Kremlin ties.',
      'Best Buy stopped selling Kaspersky products, and the government began working in earnest to root its software out of federal systems over its suspected ties to the Kremlin.',
    ]) expect(stances(t), t).not.toHaveProperty('reason-russian-government-ties');
    expect(stances('Best Buy has pulled the software over suspected Kremlin ties.')).toHaveProperty('reason-russian-government-ties', 'supports');
  });
  it('an act every wording of a claim names must be named: the DHS order to remove the software is no ban on buying it', () => {
    expect(stances('On Sept. 13, 2017, the Department of Homeland Security ordered federal agencies to remove Kaspersky software from their networks within 90 days.')).toEqual({});
    expect(stances('On July 12, 2017 the US government barred federal agencies from buying Kaspersky products.')).toEqual({ 'us-banned-purchases-july-12': 'supports' });
    expect(stances('Federal agencies were told on July 12, 2017 that they could no longer purchase Kaspersky software.')).toEqual({ 'us-banned-purchases-july-12': 'supports' });
  });
});

