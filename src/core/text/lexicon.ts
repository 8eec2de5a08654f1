// The matcher's compact domain thesaurus and word lists. Groups are general news / tech /
// policy vocabulary (not sentences from any article): every word of a group is reduced to one
// concept so that paraphrases meet ("pulling" ~ "stopped", "antivirus" ~ "products").

export const STOPWORDS = new Set(
  (
    'a an the and or but if then than so as at by for from in into of on onto to with within via ' +
    'about above after again against all also am any are aren as be been before being below between both ' +
    'can could did do does doing down during each few further had has have having he her here hers herself ' +
    'him himself his how i its it itself just me more most my myself now off once only other our ours ' +
    'ourselves out over own same she should some such that their theirs them themselves there these they ' +
    'this those through too under until up very was we were what when where which while who whom why will ' +
    'would your yours yourself is s t d ll m o re ve y ma one\'s itself whose upon per amid amidst ' +
    'among across around along toward towards onto still yet even ever much many also however meanwhile ' +
    'since though although because whether either instead rather already currently reportedly according unless ' +
    'mr mrs ms dr inc co ltd corp etc may might must shall get got like well back away new ' +
    'least late early mid nearly almost approximately roughly around some estimated estimate ' +
    'outside inside ' +
    // light verbs: "conducted an investigation" is "did an investigation", "put on hold" is "on
    // hold", "made the decision" is "the decision", "went on television to advise" is "on
    // television to advise"
    'conduct conducted conducting conducts put puts putting make makes made making go goes going went gone ' +
    'lay lays laid laying ' +
    // how old something is is its duration ("a decade-old partnership", see duration.ts), not a word of it
    'old ' +
    // fillers of speech and chat: "they never put out a press release or anything", "kinda"
    'anything something everything stuff kinda sorta basically literally actually really single'
  ).split(/\s+/),
);

/**
 * Words read through inside a phrase ("no further comment" is "no comment", "has not publicly
 * explained" is "not explained"): they qualify how something was (not) said, not what.
 */
export const PHRASE_FILLERS = new Set(['further', 'publicly', 'immediately', 'immediate', 'additional', 'officially', 'formally', 'specifically']);

/**
 * What makes an account believable: "did not find the accusations credible" is disbelief of the
 * accusations (scepticism), not their denial.
 */
export const CREDENCE = new Set(['credible', 'convincing', 'believable', 'persuasive', 'plausible', 'compelling', 'trustworthy']);

/** Negation cues (they do not count for similarity; they set a passage's polarity). */
export const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'without', 'nothing', 'nobody', 'noone']);

/**
 * Concept groups. The first word names the group. Words are stemmed when the table is built,
 * except those written "=word", which are read as written: agent nouns whose stem is a common
 * verb's ("=provider" must not take "provided" along), and words whose stem another group holds
 * ("stated" stems to "state", a government; "sanctions" to "sanction", an approval). The tests
 * check that every word reads as its own group.
 */
export const THESAURUS: string[][] = [
  ['sell', 'sells', 'selling', 'sold', 'sale', 'sales', 'carry', 'carries', 'carrying', 'carried', 'offer', 'offers', 'offering', 'offered', 'stock', 'stocks', 'stocking', 'stocked', 'vend', 'distribute', 'distributing', 'distribution'],
  ['purchase', 'purchases', 'purchased', 'purchasing', 'buy', 'buying', 'bought', 'procure', 'procurement', 'procuring', 'acquire', 'acquisition'],
  ['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'pull', 'pulls', 'pulled', 'pulling', 'drop', 'drops', 'dropped', 'dropping', 'cease', 'ceased', 'ceasing', 'end', 'ends', 'ended', 'ending', 'remove', 'removed', 'removing', 'removal', 'discontinue', 'discontinued', 'discontinuing', 'withdraw', 'withdrew', 'withdrawn', 'withdrawing', 'quit', 'quits', 'axe', 'axed', 'ax', 'dump', 'dumped', 'ditch', 'ditched', 'scrap', 'scrapped', 'exclude', 'excluded', 'excluding', 'exclusion', 'refuse', 'refused', 'refuses', 'anymore', 'longer', 'sever', 'severed', 'cut', 'cuts', 'terminate', 'terminated', 'termination', 'kick', 'kicked', 'strip', 'stripped', 'yank', 'yanked', 'jettison', 'jettisoned', 'delist', 'delisted', 'nix', 'nixed', 'nixes', 'banish', 'banished', 'banishes', 'scrub', 'scrubbed', 'purge', 'purged', 'disappear', 'disappeared', 'uninstall', 'uninstalled', 'uninstalling', 'uninstallation'],
  ['domestic', 'domestically', 'homegrown', 'indigenous'],
  // making software: "built stuff for the FSB" is developing it
  ['develop', 'develops', 'developed', 'developing', 'build', 'builds', 'built'],
  ['technology', 'technologies', 'technological', 'tech'],
  ['unanswered', 'unresolved', 'unsettled', 'unexplained'],
  // pressing a bill is pushing it (the press is the media)
  ['push', 'pushes', 'pushed', 'pushing', '=pressing', '=pressed'],
  ['continue', 'continues', 'continued', 'continuing', 'keep', 'keeps', 'kept', 'keeping'],
  ['suspend', 'suspended', 'suspends', 'suspending', 'suspension', 'pause', 'paused', 'freeze', 'froze', 'frozen', 'halted temporarily'],
  ['retailer', 'retailers', 'retail', 'store', 'stores', 'chain', 'chains', 'shop', 'shops', 'seller', 'sellers', 'merchant', 'merchants', 'outlet', 'outlets', 'reseller', 'resellers'],
  ['software', 'product', 'products', 'antivirus', 'anti-virus', 'program', 'programs', 'programme', 'programmes', 'solution', 'solutions', 'app', 'apps', 'application', 'applications', '=suite', '=suites', 'package', 'packages', 'tool', 'tools'],
  ['security', 'secure', 'cybersecurity', 'cyber', 'cyber-security', 'infosec'],
  ['tie', 'ties', 'tied', 'link', 'links', 'linked', 'cozy', 'cosy', 'connection', 'connections', 'connected', 'relationship', 'relationships', '=relation', '=relations', 'partnership', 'partnerships', 'partner', 'partners', 'association', 'associations', 'affiliation', 'collaboration', 'collaborating', 'collaborate', 'cooperation', 'cooperating', 'dealings', 'bond', 'bonds', '=closeness', 'tie-up', 'tie-ups'],
  ['government', 'governments', 'governmental', 'kremlin', 'moscow', 'state', 'states', 'authorities', 'authority', 'administration', 'regime', 'washington', 'govt', 'gov'],
  ['intelligence', 'spy', 'spies', 'spying', 'espionage', 'spook', 'spooks', 'fsb', 'kgb', 'counterintelligence', 'counter-intelligence', 'intel', 'counterintel', 'counter-espionage', 'counterespionage'],
  ['concern', 'concerns', 'concerned', 'fear', 'fears', 'feared', '=spooked', 'supposedly', 'purported', 'purportedly', 'worry', 'worries', 'worried', 'suspicion', 'suspicions', 'suspected', 'allegation', 'allegations', 'allege', 'alleged', 'alleging', 'accusation', 'accusations', 'accused', 'insinuation', 'insinuations', 'assertion', 'assertions', 'doubt', 'doubts', 'unease', 'uneasy', 'troubled', 'troubling', 'wary', 'leery', 'nervous', 'alarmed', 'distrust', 'mistrust', 'questions', 'misgivings', 'suspicious', 'suspect', 'suspects'],
  ['confirm', 'confirms', 'confirmed', 'confirming', 'confirmation', 'acknowledge', 'acknowledged', 'verified', 'verify'],
  ['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'argue', 'argues', 'argued', 'arguing', 'statement', 'statements', '=stated', 'comment', 'comments', 'commented', 'remark', 'remarks', 'added', 'explained', 'noted'],
  ['report', 'reports', 'reported', 'reporting', 'publish', 'publishes', 'published', 'publishing', 'article', 'story', 'stories', 'coverage', 'scoop', 'scoops'],
  ['customer', 'customers', '=you', 'user', 'users', 'consumer', 'consumers', 'client', 'clients', 'buyer', 'buyers', 'shopper', 'shoppers', 'subscriber', 'subscribers'],
  ['exchange', 'exchanges', 'exchanged', 'swap', 'swaps', 'swapped', 'replace', 'replaced', 'replacement', 'switch', 'switched', 'trade', 'trade-in', 'substitute', 'refund', 'refunds'],
  ['found', 'founded', 'founding', 'establish', 'established', 'create', 'created', 'launch', 'launched'],
  ['founder', 'founders', 'co-founder', 'cofounder', 'creator'],
  ['ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'bar', 'bars', 'barred', 'barring', 'forbid', 'forbade', 'forbidden', 'block', 'blocked', 'prevent', 'prevented', 'preventing', 'outlaw', 'outlawed', 'restrict', 'restricted', 'restriction', 'restrictions'],
  ['approve', 'approved', 'approval', 'approves', '=authorized', '=authorised', 'sanctioned', 'certified', '=cleared', 'whitelist', 'whitelisted'],
  ['list', 'lists', 'listed', 'roster', 'registry', 'register', 'schedule', 'catalog', 'catalogue'],
  ['vendor', 'vendors', 'supplier', 'suppliers', '=provider', '=providers', 'contractor', 'contractors', 'maker', 'makers', '=developer', '=developers', '=producer', '=producers', '=manufacturer', '=manufacturers'],
  ['agency', 'agencies', 'body', 'bodies', 'institution', 'institutions', 'organization', 'organizations', 'organisation', 'organisations', 'department', 'departments', 'entity', 'entities', 'ministry', 'ministries'],
  ['warn', 'warns', 'warned', 'warning', 'warnings', 'caution', 'cautioned', 'urge', 'urged'],
  // advising someone to do something is recommending it; advising against it is that and warning (a phrase)
  ['recommend', 'recommends', 'recommended', 'recommending', 'recommendation', 'advise', 'advises', 'advised', 'advising', 'advice'],
  ['use', 'uses', 'used', 'using', 'usage', 'install', 'installed', 'installing', 'run', 'running', 'deploy', 'deployed', 'employ'],
  ['employee', 'employees', 'staff', 'staffer', 'staffers', 'worker', 'workers', 'personnel', 'engineer', 'engineers'],
  ['interview', 'interviews', 'interviewed', 'interviewing', '=questioned', '=questioning', 'visit', 'visited', 'visiting', 'quiz', 'quizzed', 'interrogated', 'interrogating'],
  ['investigate', 'investigation', 'investigations', 'investigated', 'investigating', 'probe', 'probes', 'probed', 'probing', 'inquiry', 'enquiry', 'inquiries', 'examination', 'examine', 'examined', 'review', 'reviewed', 'inspect', 'inspects', 'inspected', 'inspecting', 'inspection', 'inspections', 'audit', 'audits', 'audited', 'auditing'],
  ['deny', 'denies', 'denied', 'denying', 'denial', 'denials', 'reject', 'rejects', 'rejected', 'rejecting', 'refute', 'refuted', 'dispute', 'disputed', 'disputes', 'dismiss', 'dismissed', 'rebuff', 'rebuffed', 'unfounded', 'baseless', 'groundless'],
  ['evidence', 'proof', 'proofs', 'proven', 'prove', 'proved', 'substantiate', 'substantiated'],
  ['legislation', 'bill', 'bills', 'law', 'laws', '=act', 'measure', 'amendment'],
  // bringing a bill: "was introducing legislation", "is drafting a bill", "has been preparing legislation"
  ['introduce', 'introduces', 'introduced', 'introducing', 'draft', 'drafts', 'drafted', 'drafting', 'sponsor', 'sponsors', 'sponsored', 'sponsoring', '=preparing'],
  ['senator', 'senators', 'sen', 'senate', 'lawmaker', 'lawmakers', '=legislator', '=legislators', 'congressman', 'congresswoman', 'congress', 'congressional', 'politician', 'politicians'],
  ['threat', 'threats', 'threaten', 'threatening', 'danger', 'dangerous', 'risk', 'risks', 'risky', 'menace', 'hazard'],
  ['election', 'elections', 'electoral', 'vote', 'votes', 'ballot'],
  ['interfere', 'interfered', 'interference', 'interfering', 'meddle', 'meddled', 'meddling', 'tamper', 'tampering', 'hacking', 'mess with', 'messed with', 'messing with', 'messes with'],
  ['reputation', 'reputations', '=regard', '=regarded', 'respected', 'renowned', 'well-known', 'acclaimed', 'esteem', 'trusted', 'popular', 'popularity', 'praise', 'praised', 'acclaim', 'admired', '=liked', '=loved', 'well-liked', 'beloved', 'swear by', 'swears by', 'swore by', 'loyal following', 'solid name', 'good name', 'solid rep', 'good rep', 'rated well', 'rate well', 'highly rated', 'well rated', 'well-rated', 'fan base', 'fanbase', 'loyal fans', 'scores well', 'scored well', 'score well', 'well reviewed', 'well-reviewed'],
  // "fiddle with settings": a configuration, not the "set" of "set to disappear"
  ['configuration', 'configurations', 'configure', 'configured', '=settings', '=setting'],
  ['largest', 'biggest', 'no1', 'dominant'],
  ['electronics', 'electronic', 'gadgets', 'gadget', 'appliances'],
  ['company', 'companies', 'firm', 'firms', 'corporation', 'corporations', 'business', 'businesses', 'enterprise', 'group'],
  ['scrutiny', 'scrutinize', 'scrutinized', 'scrutinise', 'scrutinised', 'scrutinizing', 'scrutinising', 'pressure', 'pressured'],
  ['influence', 'influenced', 'influencing', 'control', 'controlled', 'controls', 'sway', 'manipulate', 'manipulated', 'leverage', 'coerce', 'coerced', 'compel', 'compelled'],
  ['vulnerable', 'vulnerability', 'vulnerabilities', 'susceptible', 'exposed', 'exposure', 'weak', 'weakness', 'exploitable'],
  ['access', 'accessed', 'accessing', 'entry', 'backdoor', 'back-door', 'foothold', 'penetrate', 'infiltrate'],
  ['data', 'information', 'info', 'files', 'documents', 'secrets'],
  ['latitude', 'leeway', 'discretion'],
  ['computer', 'computers', 'system', 'systems', 'network', 'networks', 'machine', 'machines', 'device', 'devices', 'pcs', 'infrastructure'],
  ['decision', 'decisions', 'decide', 'decided', 'move', 'moved', 'change', 'changes', 'choice', 'action', 'actions', 'step', 'steps'],
  ['media', '=press', 'news', 'newspaper', 'newspapers', 'journalists', '=reporters'],
  ['spokesperson', 'spokeswoman', 'spokesman', 'spokespeople', 'representative', 'representatives', 'rep', 'spokesmen'],
  ['official', 'officials', 'officer', 'officers', 'executive', 'executives', 'exec', 'execs', 'chief', 'head'],
  ['rival', 'rivals', 'competitor', 'competitors', 'competing'],
  ['email', 'e-mail', 'emails', 'e-mails', 'mail'],
  ['free', 'gratis', 'complimentary'],
  ['day', 'days'],
  ['week', 'weeks', 'weekly'],
  ['month', 'months', 'monthly'],
  ['year', 'years', 'annual', 'yrs', 'yr'],
  ['shelf', 'shelves'],
  // "bestbuy.com": the address's "com" says a website
  ['website', 'web', 'site', 'online', 'internet', 'com'],
  ['russia', 'russian', 'russians', 'russia-based', 'moscow-based'],
  ['usa', 'america', 'american', 'americans', 'us', 'u.s.', '=united'],
  ['federal', 'nationwide', 'national', 'nation', 'nations', 'country', 'countries'],
  ['congress', 'congressional'],
  ['decade', 'decades', 'decade-long'],
  ['public', 'publicly', 'openly', 'formal', 'formally'],
  ['deterrent', 'deterrence', 'deter', 'retaliate', 'retaliation', '=sanction', '=sanctions', 'punish', 'punishment'],
  ['disappoint', 'disappointing', 'disappointed', 'disappointment', 'regrettable', 'unfortunate'],
  ['ethical', 'ethics', 'law-abiding', '=lawful', 'legitimate', 'honest'],
  // an unnamed source and "sources" are one thing in news copy: named people are named
  ['source', 'sources', '=insider', '=insiders', 'anonymity', 'anonymous', 'anonymously', 'unnamed', 'unidentified'],
  // a paper that quotes its sources cites them
  ['cite', 'cites', 'cited', 'citing', 'quote', 'quotes', 'quoted', 'quoting'],
  ['headquarters', 'headquartered', '=offices', '=office', 'based', 'hq'],
  ['global', 'globe', 'globally', 'worldwide', '=international', 'world'],
  ['help', 'helps', 'helped', 'helping', 'assist', 'assists', 'assisted', 'assisting', 'assistance', 'aid', 'aided', 'aiding'],
  ['code', 'codes', 'source-code'],
  ['allow', 'allows', 'allowed', 'allowing', 'let', 'lets', 'permit', 'permits', 'permitted', 'enable', 'enables', 'enabled'],
  ['emails', '=correspondence'],
  ['evaluate', 'evaluated', 'evaluating', 'evaluation', 'reevaluate', 'reevaluated', 'reevaluation', 'revisit', 'revisited', 'reconsider', 'reconsidered', 'reassess', 'reassessed', 'rethink'],
  ['future', 'later', 'eventually'],
  ['unfair', 'unfairly', 'unjust', 'unjustly'],
  ['treat', 'treated', 'treats', 'treating', 'treatment'],
  ['fight', 'fights', 'fighting', 'struggle', 'struggles', 'battle', 'battles', 'conflict', 'conflicts', 'feud', 'tussle', 'standoff', 'showdown', 'crossfire', 'clash', 'clashes', 'war', 'wars'],
  ['present', 'presented', 'presenting', 'produce', 'produced', 'producing', 'provide', 'provided', 'providing', 'furnish', 'furnished', 'give', 'gives', 'giving', 'gave', 'given', 'show', 'shows', 'showed', 'showing', 'shown'],
  ['intensify', 'intensified', 'intensifying', 'mounting', 'heightened', 'escalate', 'escalated', 'escalating', 'growing', 'intense', 'increasingly'],
  // "needs to tighten its cybersecurity" / "strengthen its cyber defences"
  ['tighten', 'tightens', 'tightened', 'tightening', 'strengthen', 'strengthens', 'strengthened', 'strengthening', 'stronger', 'tougher', 'harden', 'hardened'],
  ['defense', 'defenses', 'defence', 'defences', 'protect', 'protects', 'protected', 'protecting', 'protection'],
  ['politics', 'political', 'politically', 'politicized', 'politicised', 'politicize', 'politicise', 'politicalized', 'politicised'],
  ['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'dub', 'dubbed', '=brand', '=branded', 'label', 'labeled', 'labelled', 'characterize', 'characterized', 'characterise', 'characterised', 'denounce', 'denounced', 'slam', 'slams', 'slammed', 'condemn', 'condemned', '=criticize', '=criticized', '=criticise', '=criticised', '=criticizes', '=criticises'],
  ['discuss', 'discussion', 'discussions', 'conversation', 'conversations', 'talks', 'dialogue', 'chatter'],
  ['china', 'chinese', 'beijing'],
  ['annexation', 'annex', 'annexed', 'annexing', 'reunification', 'reunified', 'seizure', 'takeover'],
  ['announce', 'announces', 'announced', 'announcing', 'announcement', 'announcements', 'unveil', 'unveiled', '=publicize', '=publicized', '=publicise', '=publicised', 'trumpet', 'trumpeted'],
  ['limit', 'limits', 'limited', 'limiting', 'constrict', 'constricting', 'constricted', 'curb', 'curbs', 'curbed', 'curbing'],
  ['sceptical', 'skeptical', 'sceptic', 'skeptic', 'sceptics', 'skeptics', 'scepticism', 'skepticism', 'unconvinced', 'disbelieve', 'disbelief', 'incredulous'],
  ['support', 'supported', 'supporting', 'supports', 'corroborate', 'corroborated', 'bolster', 'bolstered'],
  ['safety', 'safe', 'safely'],
  ['accelerate', 'accelerated', 'accelerates', 'accelerating', 'sped up', 'speed up', 'speeds up', 'speeding up', 'hasten', 'hastened', 'quicken', 'quickened'],
];

/** Multi-word phrases rewritten before single words (folded, space-separated). */
export const PHRASES: [string, string][] = [
  ['no longer', 'stop'],
  // "agencies were told no more Kaspersky purchases": an end, not a denial (but "no more than 45 days")
  ['no more', 'stop'],
  ['no more than', 'up to'],
  ...['evidence', 'proof', 'details', 'information', 'comment', 'explanation'].map((x): [string, string] => [`no more ${x}`, `no further ${x}`]),
  ['tag along', 'accompany'],
  ['tagged along', 'accompanied'],
  ['tagging along', 'accompanying'],
  // "has pushed back against allegations": a denial, not a push (Washington's "push against the firm")
  ['pushed back against', 'denied'],
  ['push back against', 'deny'],
  ['pushes back against', 'denies'],
  ['pushing back against', 'denying'],
  ['pushed back on', 'denied'],
  ['push back on', 'deny'],
  ['pushes back on', 'denies'],
  // a dispute is a fight (disputing something is denying it); a row between countries is one too
  ['a dispute', 'a fight'],
  ['the dispute', 'the fight'],
  ['geopolitical row', 'geopolitical fight'],
  ['diplomatic row', 'diplomatic fight'],
  ['political row', 'political fight'],
  ['chess match', 'fight'],
  ['chess game', 'fight'],
  ['cage match', 'fight'],
  ['tug of war', 'fight'],
  // the company's lament: a pawn in someone else's fight, treated unfairly
  ['caught in the middle', 'pawn'],
  ['caught up in', 'pawn in'],
  // a dispute between states is a fight (to dispute a claim is to deny it)
  ['geopolitical dispute', 'geopolitical fight'],
  ['tug-of-war', 'fight'],
  // "driven by concerns", "motivated by politics": a cause, not a word of what was caused
  ['driven by', 'because of'],
  ['motivated by', 'because of'],
  ['stuck in the middle', 'pawn'],
  ['bargaining chip', 'pawn'],
  ['collateral damage', 'pawn'],
  // "a victim of geopolitics", "caught in the crossfire", "a geopolitical game": the same lament
  ['a victim of', 'a pawn in'],
  ['the victim of', 'a pawn in'],
  ['caught in the crossfire', 'pawn in the fight'],
  ['scapegoat', 'pawn'],
  ['scapegoated', 'pawn'],
  ['geopolitical game', 'geopolitical fight'],
  ['geopolitical games', 'geopolitical fight'],
  ['raw deal', 'unfair'],
  // "having ended up as a bargaining chip": became, not stopped
  ['ended up', ''],
  ['end up', ''],
  ['ends up', ''],
  ['ending up', ''],
  // "the call was made on the strength of news coverage": a decision, not a phone call
  ['the call was', 'the decision was'],
  ['made the call', 'decided'],
  ['make the call', 'decide'],
  ['makes the call', 'decides'],
  ['set up', 'found'],
  ['sets up', 'found'],
  ['setting up', 'found'],
  ['not any longer', 'stop'],
  ['any more', 'anymore'],
  ['big box', 'retailer'],
  ['big-box', 'retailer'],
  ['back door', 'backdoor'],
  ['social media', 'media'],
  ['law enforcement', 'police'],
  ['number one', 'no1'],
  ['no 1', 'no1'],
  ['no. 1', 'no1'],
  // "antivirus gone from BestBuy.com", "you go look for it now and it's just gone": removed
  // ("gone" is otherwise a light verb: "has gone on television")
  ['gone from', 'removed from'],
  ['is gone', 'is removed'],
  ['are gone', 'are removed'],
  ['was gone', 'was removed'],
  ['were gone', 'were removed'],
  ['just gone', 'just removed'],
  // "Kaspersky software is off the shelves at Best Buy" (not "flying off the shelves")
  ['is off the shelves', 'is stopped shelves'],
  ['are off the shelves', 'are stopped shelves'],
  ['was off the shelves', 'was stopped shelves'],
  ['were off the shelves', 'were stopped shelves'],
  ['take off', 'stop'],
  ['taken off', 'stop'],
  ['taking off', 'stop'],
  ['white house', 'government'],
  ['united states', 'usa'],
  ['source code', 'code'],
  ['decline to comment', 'nocomment'],
  ['declined to comment', 'nocomment'],
  ['declined comment', 'nocomment'],
  ['did not comment', 'nocomment'],
  ['not comment', 'nocomment'],
  ['no comment', 'nocomment'],
  ['on hold', 'suspend'],
  ['back up', 'support'],
  ['backed up', 'support'],
  ['backing up', 'support'],
  ['backs up', 'support'],
  ['based on', 'relying on'],
  // "the call rested on press coverage"
  ['rested on', 'relied on'],
  ['rests on', 'relies on'],
  ['resting on', 'relying on'],
  ['a month and a half', '45 days'],
  ['press release', 'public announcement'],
  // a paper that broke the news, or had the story first, reported it (first)
  ...['break', 'breaks', 'broke', 'breaking'].flatMap((v) => ['the news', 'the story'].map((o): [string, string] => [`${v} ${o}`, 'first reported'])),
  ['had the story first', 'first reported'],
  ['news release', 'public announcement'],
  ['put forward', 'present'],
  ['puts forward', 'present'],
  ['putting forward', 'present'],
  ['come forward with', 'present'],
  ['pore over', 'examine'],
  ['pored over', 'examine'],
  ['root out', 'remove'],
  ['rooting out', 'remove'],
  ['part ways', 'end ties'],
  ['parts ways', 'end ties'],
  ['parted ways', 'end ties'],
  ['parting ways', 'end ties'],
  ['phase out', 'stop'],
  ['phases out', 'stop'],
  ['phased out', 'stop'],
  ['phasing out', 'stop'],
  ['brush off', 'deny'],
  ['brushes off', 'deny'],
  ['brushed off', 'deny'],
  ['brushing off', 'deny'],
  ['scoff at', 'deny'],
  ['scoffs at', 'deny'],
  ['scoffed at', 'deny'],
  ['scoffing at', 'deny'],
  ['asked not to be named', 'anonymous'],
  // "sources, who were not named, said…", "…citing people familiar, without giving their names"
  ['not named', 'anonymous'],
  ['not identified', 'anonymous'],
  ['without giving their names', 'anonymous'],
  ['without naming them', 'anonymous'],
  ['without revealing the name', 'anonymous'],
  ['without revealing their names', 'anonymous'],
  ['asking not to be named', 'anonymous'],
  ['asked not to be identified', 'anonymous'],
  ['declined to be named', 'anonymous'],
  ['declined to be identified', 'anonymous'],
  // "did not wish to be named", "not wanting to be identified" (translated and spoken copy)
  ...['did not want', 'did not wish', 'do not want', 'do not wish', 'not wanting', 'not wishing'].flatMap((v) =>
    ['named', 'identified'].map((x): [string, string] => [`${v} to be ${x}`, 'anonymous'])),
  ['requested anonymity', 'anonymous'],
  ['requesting anonymity', 'anonymous'],
  // "people … who were not authorized to speak publicly", "who wouldn't put their names on it"
  ['not authorized to speak', 'anonymous'],
  ['not authorised to speak', 'anonymous'],
  ['not permitted to speak', 'anonymous'],
  ['did not want their names', 'anonymous'],
  ['would not put their names', 'anonymous'],
  ['will not put their names', 'anonymous'],
  ['pull the plug', 'stop'],
  // "kicked Kaspersky to the curb": the kicking says it all; "gets the boot" is being dropped
  ['to the curb', ''],
  ['to the kerb', ''],
  ['get the boot', 'stopped'],
  ['gets the boot', 'stopped'],
  ['got the boot', 'stopped'],
  ['given the boot', 'stopped'],
  ['pulled the plug', 'stop'],
  ['pulling the plug', 'stop'],
  ['pulls the plug', 'stop'],
  // "people familiar with the matter" are sources; other people are not
  ['people familiar', 'sources familiar'],
  ['person familiar', 'source familiar'],
  ['persons familiar', 'sources familiar'],
  ...['people', 'persons'].flatMap((p) => ['who are', 'who were'].map((r): [string, string] => [`${p} ${r} familiar`, 'sources familiar'])),
  ['people close to', 'sources close to'],
  ['people in the know', 'sources familiar'],
  ['those in the know', 'sources familiar'],
  ['someone in the know', 'source familiar'],
  ['people briefed', 'sources briefed'],
  ['person quoted', 'source cited'],
  ['people quoted', 'sources cited'],
  ['person cited', 'source cited'],
  ['people cited', 'sources cited'],
  ['called for', 'urge'],
  ['calls for', 'urge'],
  ['calling for', 'urge'],
  ['call for', 'urge'],
  ['put out', 'issue'],
  ['puts out', 'issue'],
  ['putting out', 'issue'],
  // a company "was started" or "was formed" in a year: founded
  ['was started in', 'was founded in'],
  ['was formed in', 'was founded in'],
  // "has been around since the late 1970s", "in business since 1997": founded then (without
  // it, "the security company has been around since…" was a security company and a year, which
  // a section line "Business · Cybersecurity · 9 September 2017" has too)
  ['been around since', 'founded in'],
  ['in business since', 'founded in'],
  ['not identified by name', 'anonymous'],
  // "the committee is looking into Kaspersky's ties": an investigation, not a look
  // agents who "talked to" staff interviewed them; a bureau "on the case" is investigating
  ['talked to', 'interviewed'],
  ['talking to', 'interviewing'],
  ['on the case', 'investigating'],
  ['look into', 'investigate'],
  ['looks into', 'investigates'],
  ['looking into', 'investigating'],
  ['looked into', 'investigated'],
  // "Kaspersky is on file with the Federal Security Service": registered, not a data file
  ['on file with', 'listed with'],
  ['carry out', 'conduct'],
  ['carried out', 'conduct'],
  ['carrying out', 'conduct'],
  ['carries out', 'conduct'],
  ['a great deal of', 'much'],
  ['a good deal of', 'much'],
  ['a lot of', 'much'],
  ['lots of', 'much'],
  ['on ice', 'suspend'],
  ['down the road', 'future'],
  ['down the line', 'future'],
  ['at some point', 'future'],
  // "could get another look", "could be looked at again": reconsidered
  ['another look', 'reevaluation'],
  ['a second look', 'reevaluation'],
  ['a fresh look', 'reevaluation'],
  ['looked at again', 'reevaluated'],
  ['look at again', 'reevaluate'],
  ['free of charge', 'free'],
  ['at no cost', 'free'],
  ['for nothing', 'free'],
  ['at no charge', 'free'],
  ['no extra charge', 'free'],
  ['no extra cost', 'free'],
  ['no additional charge', 'free'],
  ['no additional cost', 'free'],
  ['without charge', 'free'],
  ['without cost', 'free'],
  ['without charging', 'free'],
  ['without paying', 'free'],
  ['without a fee', 'free'],
  ['no charge', 'free'],
  ['no cost', 'free'],
  ['no fee', 'free'],
  ['no one', 'noone'],
  ['smoking gun', 'evidence'],
  ['was started by', 'found'],
  ['were started by', 'found'],
  ['step up', 'intensify'],
  ['steps up', 'intensify'],
  ['stepped up', 'intensify'],
  ['stepping up', 'intensify'],
  ['decline to elaborate', 'nocomment'],
  ['declined to elaborate', 'nocomment'],
  ['declining to elaborate', 'nocomment'],
  ['not elaborate', 'nocomment'],
  ['decline to explain', 'nocomment'],
  ['declined to explain', 'nocomment'],
  ['declining to explain', 'nocomment'],
  ['not explain', 'nocomment'],
  ['not explained', 'nocomment'],
  ['not commented', 'nocomment'],
  ['not elaborated', 'nocomment'],
  // "refused to comment further", "wouldn't say a word more"
  ...['refuse to', 'refused to', 'refuses to', 'refusing to'].flatMap((v) =>
    ['comment', 'comment further', 'elaborate', 'explain', 'say more', 'say why', 'give details', 'give reasons'].map((x): [string, string] => [`${v} ${x}`, 'nocomment'])),
  ['not say a word more', 'nocomment'],
  ['not say another word', 'nocomment'],
  // saying no more, or nothing further, or nothing else
  ...['decline to', 'declined to', 'declines to', 'declining to', 'not'].flatMap((v) =>
    ['more', 'anything more', 'much more', 'further', 'anything further', 'anything else', 'anything beyond', 'more than that'].map((x): [string, string] => [`${v} say ${x}`, 'nocomment']),
  ),
  ['declined to say why', 'nocomment'],
  ['declined to say what', 'nocomment'],
  ['declined to say whether', 'nocomment'],
  ['not say why', 'nocomment'],
  ['not say what', 'nocomment'],
  ['not say whether', 'nocomment'],
  ['not go into', 'nocomment'],
  // "then silence. No elaboration", "zipped their lips", "has stayed tight-lipped"
  ['no elaboration', 'nocomment'],
  ['no explanation', 'nocomment'],
  ['zipped their lips', 'nocomment'],
  ['zipped its lips', 'nocomment'],
  ['tight lipped', 'nocomment'],
  ['kept mum', 'nocomment'],
  ['stayed mum', 'nocomment'],
  ['remained silent', 'nocomment'],
  ['stayed silent', 'nocomment'],
  ['then silence', 'then nocomment'],
  ['declined to go into', 'nocomment'],
  ['done selling', 'stop selling'],
  ['done carrying', 'stop carrying'],
  ['stand off', 'standoff'],
  ['stand-off', 'standoff'],
  ['hit back', 'retaliate'],
  ['hits back', 'retaliate'],
  ['hitting back', 'retaliate'],
  ['strike back', 'retaliate'],
  ['strikes back', 'retaliate'],
  ['struck back', 'retaliate'],
  ['take aim at', 'target'],
  ['takes aim at', 'target'],
  ['took aim at', 'target'],
  ['taking aim at', 'target'],
  ['go after', 'target'],
  ['goes after', 'target'],
  ['going after', 'target'],
  ['went after', 'target'],
  ['play fair', 'fair'],
  ['plays fair', 'fair'],
  ['playing fair', 'fair'],
  ['in good faith', 'fair'],
  ['act in good faith', 'fair'],
  ['acts in good faith', 'fair'],
  ['acted in good faith', 'fair'],
  ['acting in good faith', 'fair'],
  // "nobody has put any proof on the table", "laid a single piece of evidence on the table":
  // presented; fillers of speech ("you know") say nothing
  ['on the table', 'presented'],
  ['you know', ''],
  // certainty, neither a denial nor a concern ("no doubt Best Buy has stopped…")
  ...['no doubt', 'without a doubt', 'without doubt', 'little doubt', 'few doubt', 'no wonder', 'no question that', 'no secret'].map((x): [string, string] => [x, '']),
  // "Kaspersky did not dispute that…", "nobody denied it": an acknowledgement, not a denial
  ...['not', 'never', 'nobody', 'no one'].flatMap((n) => ['deny', 'denied', 'denies', 'dispute', 'disputed', 'disputes'].map((v): [string, string] => [`${n} ${v}`, 'acknowledged'])),
  // "US officials have not been shy about their concerns": openly
  ...['not shy', 'not been shy', 'never shy', 'never been shy'].map((x): [string, string] => [x, 'openly']),
  // "shoppers could not find Kaspersky products on the website": they are gone
  ...['could not find', 'cannot find', 'can not find', 'unable to find'].map((x): [string, string] => [x, 'disappeared']),
  // "it will carry on selling through its own website": it continues (carrying is selling otherwise)
  ...['carry on', 'carries on', 'carried on', 'carrying on', 'keep on', 'keeps on', 'kept on', 'keeping on'].map((x): [string, string] => [x, 'continue']),
  // "Kaspersky products are nowhere to be found at Best Buy": gone
  ['nowhere to be found', 'disappeared'],
  ['nowhere to be seen', 'disappeared'],
  // "didn't hesitate to pull…": readily
  ...['hesitate', 'hesitated', 'think twice'].map((v): [string, string] => [`not ${v}`, 'quickly']),
  // "wasted no time pulling Kaspersky…": quickly
  ...['waste', 'wastes', 'wasted', 'wasting'].map((v): [string, string] => [`${v} no time`, 'quickly']),
  ...['piece', 'pieces', 'shred', 'scrap'].map((p): [string, string] => [`${p} of evidence`, 'evidence']),
  ['open questions', 'unanswered questions'],
  ['open question', 'unanswered question'],
  // translated copy ("too many questions without response") and speech ("that nobody could answer")
  ...['answer', 'answers', 'response', 'responses', 'a response', 'an answer', 'reply', 'replies'].map((x): [string, string] => [`without ${x}`, 'unanswered']),
  ...['nobody', 'no one', 'noone'].flatMap((who) => ['can', 'could'].map((v): [string, string] => [`${who} ${v} answer`, 'unanswered'])),
  ['advise against', 'advise warn against'],
  ['advises against', 'advise warn against'],
  ['advised against', 'advise warn against'],
  ['advising against', 'advise warn against'],
  ['steer clear', 'warn'],
  ['steers clear', 'warn'],
  ['steered clear', 'warn'],
  ['steering clear', 'warn'],
  // a news agency, not an association
  ['associated press', 'press'],
  ['ready to', 'offered to'],
  ['willing to', 'offered to'],
  ['prepared to', 'offered to'],
  ['happy to', 'offered to'],
  ['hand over', 'give'],
  ['hands over', 'give'],
  ['handed over', 'give'],
  ['handing over', 'give'],
  ['turn over', 'give'],
  ['turns over', 'give'],
  ['turned over', 'give'],
  ['turning over', 'give'],
  ['not believe', 'sceptical'],
  // "doesn't buy the accusations" (not "did not buy Kaspersky")
  ...['the', 'those', 'these', 'any of the'].flatMap((det) => ['accusations', 'allegations', 'claims', 'charges', 'story'].map((o): [string, string] => [`not buy ${det} ${o}`, 'sceptical'])),
  ['off the record', 'anonymously'],
  ['not convinced', 'sceptical'],
  ['walk away', 'stop'],
  ['walks away', 'stop'],
  ['walked away', 'stop'],
  ['walking away', 'stop'],
  ['too close to', 'tied to'],
  // "in league with Moscow"
  ['in league with', 'tied to'],
  ['in bed with', 'tied to'],
  ['in cahoots with', 'tied to'],
  // displeasure is no denial: "the Kremlin was not happy about that, they said … politically motivated"
  ...['happy', 'pleased', 'thrilled', 'amused'].map((a): [string, string] => [`not ${a}`, 'unhappy']),
  // "you can still get their stuff from their own site": it is still sold
  ...['get', 'buy', 'purchase', 'find', 'download'].map((v): [string, string] => [`still ${v}`, 'continue purchase']),
  // "its products are still available on its own website": they go on being offered
  ...['still', 'remain', 'remains', 'remained'].map((v): [string, string] => [`${v} available`, 'continue available']),
  ['home grown', 'domestic'],
  ['home made', 'domestic'],
  // "miss out on government contracts" is "lose out on state orders"
  ...['miss', 'misses', 'missed', 'missing'].map((v): [string, string] => [`${v} out`, 'lose out']),
  ...['state', 'government'].map((g): [string, string] => [`${g} orders`, 'government contracts']),
  ['locally made', 'domestic'],
  ['locally developed', 'domestic'],
  ['locally produced', 'domestic'],
  ['press conference', 'announcement'],
  ['news conference', 'announcement'],
  ['not allowed', 'banned'],
  ['not permitted', 'banned'],
  ['no longer allowed', 'banned'],
  ['no longer permitted', 'banned'],
  // "Kaspersky says it isn't going anywhere": it stays
  ['not going anywhere', 'continues'],
];

// "won't cost you a dime": free
for (const obj of ['', 'you ', 'them ', 'customers ']) {
  for (const coin of ['a dime', 'a penny', 'a cent', 'anything', 'a thing']) PHRASES.push([`not cost ${obj}${coin}`, 'free']);
}
// "declined to give a reason", "gave no explanation": no comment
for (const verb of ['declined to give', 'declining to give', 'decline to give', 'not give', 'without giving', 'declined to provide', 'not provide', 'declined to offer', 'not offer']) {
  for (const what of ['a reason', 'reasons', 'any reason', 'an explanation', 'any explanation', 'details', 'any details', 'more detail', 'more details', 'further details', 'any further details']) PHRASES.push([`${verb} ${what}`, 'nocomment']);
}
for (const verb of ['gave no', 'giving no', 'provided no', 'offered no']) {
  for (const what of ['reason', 'reasons', 'explanation', 'details']) PHRASES.push([`${verb} ${what}`, 'nocomment']);
}
// "started the company": founded it (not "started pulling", "started in June")
for (const verb of ['start', 'starts', 'started', 'starting']) {
  for (const what of ['the company', 'the firm', 'his company', 'his firm', 'a company', 'a firm', 'the business', 'his business', 'the lab']) PHRASES.push([`${verb} ${what}`, `founded ${what}`]);
}
// "made no public statement": no announcement (a statement alone is what someone said)
for (const verb of ['made no', 'issued no', 'released no', 'put out no']) {
  for (const what of ['statement', 'public statement']) PHRASES.push([`${verb} ${what}`, 'no announcement']);
}
PHRASES.push(['no public statement', 'no announcement']);
// "will go on selling online": continuing (not "went on CBS News")
for (const go of ['go', 'goes', 'going', 'went', 'gone']) {
  for (const what of ['selling', 'offering', 'carrying', 'stocking', 'using', 'distributing']) PHRASES.push([`${go} on ${what}`, `continue ${what}`]);
}
// "did not launch an inquiry of its own": investigating, not founding (launch is ~found); nor is
// running one using anything (run is ~use: "he doesn't run Kaspersky")
for (const verb of ['launch', 'launches', 'launched', 'launching', 'open', 'opens', 'opened', 'opening', 'run', 'runs', 'ran', 'running', 'mount', 'mounts', 'mounted', 'mounting']) {
  for (const what of ['an inquiry', 'an investigation', 'a probe']) {
    PHRASES.push([`${verb} ${what}`, 'conduct investigation']);
    PHRASES.push([`${verb} ${what} of its own`, 'conduct independent investigation']);
  }
  for (const what of ['its own inquiry', 'its own investigation', 'its own probe']) PHRASES.push([`${verb} ${what}`, 'conduct independent investigation']);
}
// an inquiry of its own, an internal probe: an independent one ("own" alone is a stopword)
for (const what of ['inquiry', 'investigation', 'probe', 'review', 'inquiries', 'investigations', 'probes', 'reviews', 'testing']) {
  for (const own of ['its', 'their']) PHRASES.push([`${own} own ${what}`, 'independent investigation'], [`${what} of ${own} own`, 'independent investigation']);
  PHRASES.push([`internal ${what}`, 'independent investigation'], [`in-house ${what}`, 'independent investigation']);
}


/**
 * Verbs that mean "remove" with "off" after their object, however long: "pulled Kaspersky off
 * its shelves", "struck the company off its lists", "will wipe it off your computer".
 */
export const OFF_VERBS = new Set([
  'take', 'takes', 'taking', 'took', 'taken', 'pull', 'pulls', 'pulling', 'pulled', 'wipe', 'wipes', 'wiping', 'wiped',
  'strike', 'strikes', 'striking', 'struck', 'knock', 'knocks', 'knocking', 'knocked', 'yank', 'yanks', 'yanking', 'yanked',
  'clear', 'clears', 'clearing', 'cleared', 'scrub', 'scrubs', 'scrubbing', 'scrubbed', 'kick', 'kicks', 'kicking', 'kicked',
]);
/**
 * Verbs that direct someone ("told consumers", "urged Americans", "advised his family"): with
 * "not to" or "to avoid" after their object they warn against what follows ("told consumers not
 * to use the product", "asked people to avoid it"), and the "not" negates nothing.
 */
export const DIRECTIVE_VERBS = new Set([
  'tell', 'tells', 'telling', 'told', 'urge', 'urges', 'urging', 'urged', 'encourage', 'encourages', 'encouraging', 'encouraged',
  'ask', 'asks', 'asking', 'asked', 'caution', 'cautions', 'cautioning', 'cautioned', 'warn', 'warns', 'warning', 'warned',
]);
/** Words that end the object a SPLIT_VERBS verb may take before its particle. */
export const OBJECT_ENDS = new Set(['and', 'but', 'or', 'which', 'who', 'whose', 'while', 'that', 'because', 'after', 'before']);

/**
 * Verbs whose meaning takes a particle after their object, however long: verb → particle →
 * what verb and particle mean. The OFF_VERBS with "off" stop; advising someone against
 * something ("advised his fellow citizens against the use of Kaspersky products") is advice
 * and a warning, and steering them away from or clear of it warns (as the "advise against" and
 * "steer clear" phrases do); kissing something goodbye is losing it.
 */
export const SPLIT_VERBS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ...[...OFF_VERBS].map((v) => [v, new Map([['off', 'stop']])] as const),
  ...['advise', 'advises', 'advised', 'advising'].map((v) => [v, new Map([['against', 'advise warn against']])] as const),
  ...['steer', 'steers', 'steered', 'steering'].map((v) => [v, new Map([['away', 'warn'], ['clear', 'warn']])] as const),
  // "could kiss state contracts goodbye": lose them
  ...['kiss', 'kisses', 'kissed', 'kissing'].map((v) => [v, new Map([['goodbye', 'lose']])] as const),
]);

/** Irregular verb forms, read as their base form before stemming ("taken" → "take"). */
export const IRREGULAR_FORMS: Record<string, string> = {
  took: 'take', taken: 'take', gave: 'give', given: 'give', shown: 'show', sold: 'sell', bought: 'buy',
  told: 'tell', made: 'make', began: 'begin', begun: 'begin', brought: 'bring', held: 'hold', kept: 'keep',
  spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', paid: 'pay', chose: 'choose',
  chosen: 'choose', sent: 'send', sought: 'seek', withdrew: 'withdraw', withdrawn: 'withdraw', drew: 'draw',
  drawn: 'draw', hid: 'hide', hidden: 'hide', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  stole: 'steal', stolen: 'steal',
};

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, mn: 1_000_000, bn: 1_000_000_000, m: 1_000_000,
  mln: 1_000_000, mio: 1_000_000, bln: 1_000_000_000,
};
/** Vague quantities, kept as their own value. */
export const VAGUE_QUANTITIES = new Set(['several', 'numerous', 'dozens', 'multiple', 'handful', 'hundreds', 'thousands', 'millions', 'scores']);

export { AMBIGUOUS_WEEKDAYS, FOREIGN_MONTHS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar';
/** Relative-date heads: "last week", "this month", "yesterday". */
export const RELATIVE_UNITS = new Set(['week', 'month', 'year', 'weekend']);
export const RELATIVE_WORDS = new Set(['yesterday', 'today', 'tonight', 'recently', 'earlier']);
