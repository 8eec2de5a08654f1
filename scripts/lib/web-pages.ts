// The evaluation's articles as real web pages: each article rendered into the markup of a kind
// of site readers visit (a WordPress theme, a wire service's div-only markup, a broadsheet, a
// business-TV site with "Key Points", a newsletter platform, an old table-era page, a cable-news
// site whose headline stands outside its articleBody), with the
// furniture such pages carry around the story: navigation, cookie notices, ad slots, share
// tools, "Read more" links inside the story, newsletter boxes, image captions, tags, related and
// most-read lists, and reader comments. Much of that furniture is about Kaspersky too (related
// headlines, comments that state claims): on a real page, none of it is the article.
//
// `npm run eval` matches every article both ways, as plain paragraphs and as such a page (the
// whole pipeline: gate, extraction, segmentation, matching), and reports what the page costs:
// paragraphs extraction lost, highlights on furniture, claims found or missed that the plain
// text gave otherwise. The demo site serves the pages too (/web/…), to see them in a browser.

export interface WebArticle {
  /** The article's paragraphs; the first is its headline. */
  paragraphs: readonly string[];
}

export interface Layout {
  name: string;
  render(a: WebArticle): string;
}

/** Text as HTML (also the demo site's). */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Names that sites link to their topic pages, inside the story's own sentences. */
const TOPIC_LINKS = ['Best Buy', 'Kaspersky Lab', 'Star Tribune', 'Rob Joyce', 'Jeanne Shaheen', 'General Services Administration'];

/** A paragraph's HTML, with the first topic name it holds (if any) linked, as sites do. */
function linked(text: string, on: boolean): string {
  const html = esc(text);
  if (!on) return html;
  for (const name of TOPIC_LINKS) {
    const at = html.indexOf(name);
    // not a paragraph that is little more than the name (it would read as a link list)
    if (at >= 0 && html.length > name.length * 4) {
      const slug = name.toLowerCase().replace(/\s+/g, '-');
      return `${html.slice(0, at)}<a href="/topic/${slug}">${name}</a>${html.slice(at + name.length)}`;
    }
  }
  return html;
}

// Furniture about the same story: what a page puts around an article about Best Buy and Kaspersky.
const RELATED = [
  'Best Buy stops selling Kaspersky software over Russia concerns',
  'Kaspersky Lab denies any ties to the Russian government',
  'US government bans federal agencies from buying Kaspersky products',
  'FBI agents interview Kaspersky employees in the US',
];
const COMMENTS = [
  ['dave_in_mpls', 'Good. Best Buy should have pulled Kaspersky years ago, the company obviously has ties to the Kremlin.'],
  ['sec_analyst', "I've run Kaspersky for a decade. No evidence has ever been shown that it spies for Russia. This is politics."],
  ['mk', 'The Star Tribune had this first on Friday, citing people familiar with the decision.'],
];
const READ_MORE = 'Kaspersky Lab says it has no ties to any government';
const NEWSLETTER = 'The week in cybersecurity: Kaspersky, Russia and the fight over antivirus, in your inbox every Friday.';
const CAPTION = "Kaspersky Lab's stand at a technology fair. Photograph: Agency";
const COOKIES = 'We use cookies to improve your experience. By continuing you agree to our use of cookies.';

/** The body paragraphs, with an ad slot after the third and a "Read more" link after the fifth (each layout words them its own way). */
function body(ps: readonly string[], p: (html: string, i: number) => string, ad: string, readMore: string, links = true): string {
  const out: string[] = [];
  ps.forEach((t, i) => {
    out.push(p(linked(t, links && i % 3 === 1), i));
    if (i === 2) out.push(ad);
    if (i === 4) out.push(readMore);
  });
  return out.join('\n');
}

const head = (title: string, site: string, extra = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${site}</title><meta property="og:title" content="${esc(title)}">${extra}
<style>body{font:18px/1.6 Georgia,serif;max-width:1100px;margin:0 auto;padding:0 16px;color:#1a1a1a;background:#fff}nav a,footer a{margin-right:12px}.ad,.ad-slot,.ad-container{background:#eee;color:#888;font:12px sans-serif;text-align:center;padding:30px 0}figure img{width:100%;height:200px;background:#ccd}aside,.sidebar,.widget-area{font:15px/1.4 sans-serif}</style></head>`;

/** A WordPress news theme: the headline in the entry header inside the article, Jetpack share and related-posts boxes in the content, comments below. */
const wordpress: Layout = {
  name: 'wordpress',
  render({ paragraphs: [title = '', ...ps] }) {
    return `${head(title, 'The Byte Report')}
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">The Byte Report</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">News</a></li><li><a href="/">Security</a></li><li><a href="/">Reviews</a></li></ul></nav></header>
<div class="cookie-notice" id="cn-notice"><span>${COOKIES}</span><a href="#">Accept</a></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4521" class="post-4521 post type-post status-publish format-standard has-post-thumbnail category-security">
<header class="entry-header"><span class="cat-links"><a href="/security">Security</a></span>
<h1 class="entry-title">${esc(title)}</h1>
<div class="entry-meta"><span class="byline">by <a href="/author/jlee">Jordan Lee</a></span> <time class="entry-date published" datetime="2017-09-08T17:42:00-05:00">September 8, 2017</time></div></header>
<div class="post-thumbnail"><img src="/img/kaspersky.jpg" alt="Kaspersky antivirus"></div>
<div class="entry-content">
${body(ps, (h) => `<p>${h}</p>`, '<div class="ad-slot"><span>Advertisement</span></div>', `<p><strong>Read more:</strong> <a href="/2017/07/kaspersky-ties">${esc(READ_MORE)}</a></p>`)}
<figure class="wp-block-image"><img src="/img/fair.jpg" alt=""><figcaption>${esc(CAPTION)}</figcaption></figure>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${RELATED.slice(0, 3).map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${esc(r)}</a></h4><p class="jp-relatedposts-post-excerpt">${esc(r)}. The move follows months of pressure from Washington.</p></div>`).join('\n')}</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="#">Best Buy</a>, <a href="#">Kaspersky</a>, <a href="#">Russia</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#"><span class="meta-nav">Previous</span> ${esc(RELATED[1]!)}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">${COMMENTS.length} thoughts on “${esc(title)}”</h2>
<ol class="comment-list">${COMMENTS.map(([who, c]) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${who}</b> says:</footer><div class="comment-content"><p>${esc(c!)}</p></div></article></li>`).join('\n')}</ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${RELATED.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('')}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2017 The Byte Report · <a href="#">Privacy</a></div></footer>
</div></body></html>`;
  },
};

/** A wire service's app markup: no <article> or <p>, paragraphs as divs with test ids, the headline in a header, "Read Next" after the story. */
const wire: Layout = {
  name: 'wire',
  render({ paragraphs: [title = '', ...ps] }) {
    return `${head(title, 'Global Wire')}
<body><div id="fusion-app"><div class="site-header__container"><header class="site-header__header"><a href="/" class="site-header__logo">Global Wire</a>
<nav class="site-header__nav" aria-label="Main"><a href="/world">World</a><a href="/business">Business</a><a href="/technology">Technology</a></nav></header></div>
<main id="main-content" class="regular-article-layout__main">
<div class="article-header__container"><header class="article-header__header"><span class="article-header__tag"><a href="/technology">Technology</a></span>
<h1 data-testid="Heading" class="text__heading_3 article-header__title">${esc(title)}</h1></header>
<div class="article-header__byline" data-testid="AuthorByline">By <a href="#">Nandita Bose</a> and <a href="#">Jack Stubbs</a></div>
<time class="article-header__dateline" datetime="2017-09-08T20:31:00Z">September 8, 2017 8:31 PM UTC</time></div>
<div class="article-body__content" data-testid="ArticleBody">
${body(ps, (h, i) => `<div data-testid="paragraph-${i}" class="text__text article-body__paragraph">${h}</div>`, '<div class="ad-container" data-testid="ResponsiveAdSlot"><span>Advertisement · Scroll to continue</span></div>', `<div class="article-body__element"><a data-testid="Link" href="/technology/kaspersky-ties">${esc(READ_MORE)}</a></div>`, false)}
<div class="article-body__paragraph" data-testid="Body">Reporting by Nandita Bose in Washington and Jack Stubbs in Moscow; Editing by Leslie Adler</div>
<div class="trust-badge"><a href="/standards">Our Standards: The Global Wire Trust Principles.</a></div></div>
<div class="read-next-panel"><h2 class="read-next-panel__heading">Read Next</h2>
${RELATED.map((r) => `<div class="media-story-card"><a data-testid="Heading" href="#">${esc(r)}</a><time>September 8, 2017</time></div>`).join('\n')}</div>
</main>
<footer class="site-footer"><div>All quotes delayed a minimum of 15 minutes.</div><a href="#">Cookies</a><a href="#">Terms of Use</a></footer></div></body></html>`;
  },
};

/** A broadsheet: standfirst, body in a commercial-selector div, an inline "Related:" rich link, topic tags and a most-viewed list. */
const broadsheet: Layout = {
  name: 'broadsheet',
  render({ paragraphs: [title = '', ...ps] }) {
    return `${head(title, 'The Morning Standard')}
<body><div id="bannerandheader"><header data-component="header"><a href="/">The Morning Standard</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/technology">Technology</a></li></ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-article">
<div class="dcr-series"><a href="/technology/kaspersky">Kaspersky</a></div>
<div data-gu-name="headline" class="dcr-headline"><h1>${esc(title)}</h1></div>
<div data-gu-name="standfirst" class="dcr-standfirst"><p>US electronics chain's move comes amid Washington's scrutiny of the Moscow-based security company</p></div>
<div data-gu-name="media" class="dcr-media"><figure><img src="/img/shelf.jpg" alt=""><figcaption>${esc(CAPTION)}</figcaption></figure></div>
<div data-gu-name="meta" class="dcr-meta"><address aria-label="Contributor info"><a rel="author" href="#">Alex Hern</a> Technology editor</address><div class="dcr-timestamp">Fri 8 Sep 2017 18.50 BST</div></div>
<div id="maincontent" data-gu-name="body" class="dcr-body"><div class="article-body-commercial-selector article-body-viewer-selector dcr-body-inner">
${body(ps, (h) => `<p class="dcr-paragraph">${h}</p>`, '<div class="ad-slot-container"><div class="ad-slot ad-slot--inline" data-label="Advertisement"></div></div>', `<aside class="element element-rich-link" data-component="rich-link"><div><span>Related: </span><a href="#">${esc(READ_MORE)}</a></div></aside>`)}
</div></div>
<div class="submeta"><span class="submeta__label">Explore more on these topics</span><ul class="submeta__keywords"><li><a href="#">Kaspersky Lab</a></li><li><a href="#">Best Buy</a></li><li><a href="#">Russia</a></li><li><a href="#">Data and computer security</a></li></ul></div>
</article>
<section data-component="most-viewed"><h2>Most viewed</h2><ol>${RELATED.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('')}</ol></section>
<section data-component="comments" id="comments"><h2>Comments (${COMMENTS.length})</h2>${COMMENTS.map(([who, c]) => `<div class="d-comment"><span class="d-comment__author">${who}</span><div class="d-comment__body"><p>${esc(c!)}</p></div></div>`).join('')}</section>
</main><footer><a href="#">About us</a> <a href="#">Contact us</a> © 2017 The Morning Standard</footer></body></html>`;
  },
};

/** A business-TV site: no article markup, a "Key Points" list, the story in several div groups with a video between them, a "Trending Now" list. */
const businessTv: Layout = {
  name: 'business-tv',
  render({ paragraphs: [title = '', ...ps] }) {
    const groups: string[] = [];
    for (let i = 0; i < ps.length; i += 4) {
      const chunk = ps.slice(i, i + 4);
      groups.push(`<div class="group">${chunk.map((t, k) => `<p>${linked(t, (i + k) % 3 === 1)}</p>`).join('\n')}</div>`);
      if (i === 0) groups.push(`<div class="InlineVideo-container"><div class="InlineVideo-videoFooter"><span>WATCH:</span> <a href="#">Why Washington is worried about Kaspersky</a> <span>3:42</span></div></div>`);
    }
    return `${head(title, 'Market Channel')}
<body><div id="MainContent"><div class="GlobalNavigation-container"><a href="/" class="GlobalNavigation-logo">Market Channel</a>
<ul class="GlobalNavigation-menu"><li><a href="/markets">Markets</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li></ul></div>
<div class="MarketsBanner-container"><span>DOW</span> <span>21,797.79</span> <span>+13.01</span> <span>BBY</span> <span>54.33</span> <span>-0.4%</span></div>
<div class="PageBuilder-pageWrapper"><div class="PageBuilder-col-9">
<div class="ArticleHeader-headerContentContainer"><a class="ArticleHeader-eyebrow" href="/tech">TECH</a>
<h1 class="ArticleHeader-headline">${esc(title)}</h1>
<div class="ArticleHeader-time"><time datetime="2017-09-08T19:12:00+0000">Published Fri, Sep 8 2017 3:12 PM EDT</time></div>
<div class="Author-authorNameAndSocial"><a class="Author-authorName" href="#">Sara Salinas</a> <span>@SaraSalinas_</span></div></div>
<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-header">Key Points</div>
<div class="RenderKeyPoints-list"><div class="group"><ul><li>Best Buy pulled Kaspersky software from its shelves and website.</li><li>Shares of Best Buy were little changed in afternoon trading.</li></ul></div></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody" data-test="articleBody-2">
${groups.join('\n')}
<div class="ArticleBody-subtitle"><span>— Market Channel's Jane Wells contributed to this report.</span></div></div>
<div class="ArticleBody-ad"><div class="ad">ADVERTISEMENT</div></div>
</div>
<div class="PageBuilder-col-3 sidebar"><div class="TrendingNow-container"><h2 class="TrendingNow-title">Trending Now</h2><ul>${RELATED.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('')}</ul></div></div></div>
<div class="SignupNewsletter-container"><h3>Sign up for our tech newsletter</h3><p>${esc(NEWSLETTER)}</p><input type="email"><button>Sign up</button></div>
<footer class="Footer-container"><a href="#">Privacy Policy</a> <span>Data is a real-time snapshot. Data also provided by partners.</span></footer></div></body></html>`;
  },
};

/** A newsletter platform's post: title and subtitle in the post header, a pull quote, subscribe boxes in the body, the comment thread after. */
const newsletter: Layout = {
  name: 'newsletter',
  render({ paragraphs: [title = '', ...ps] }) {
    const subscribe = `<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="subscription-widget-text">${esc(NEWSLETTER)} Subscribe for free to receive new posts.</p><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>`;
    return `${head(title, 'Signal & Noise')}
<body><div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">Signal &amp; Noise</a><button class="button subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title unpublished">${esc(title)}</h1><h3 class="subtitle">What the Best Buy decision says about the year Kaspersky is having</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="#">Maya Okafor</a></div><div class="post-date">Sep 9, 2017</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${body(ps, (h, i) => (i === 6 ? `<blockquote><p>${h}</p></blockquote>` : `<p>${h}</p>`), subscribe, `<p><em>Previously:</em> <a href="#">${esc(READ_MORE)}</a></p>`)}
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button" href="#">12 Likes</a><a class="post-ufi-button" href="#">Share</a></div></div>
</article></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
${COMMENTS.map(([who, c]) => `<div class="comment"><div class="comment-meta"><a href="#">${who}</a></div><div class="comment-body"><p>${esc(c!)}</p></div></div>`).join('\n')}</div></div></div>
<div class="footer-wrap"><div class="footer">© 2017 Maya Okafor · <a href="#">Privacy</a> · <a href="#">Terms</a></div></div></div></body></html>`;
  },
};

/** An older regional site: table layout, no semantic markup, the story's paragraphs as lines between <br> tags, a link list beside it. */
const tableEra: Layout = {
  name: 'table-era',
  render({ paragraphs: [title = '', ...ps] }) {
    return `${head(title, 'Valley Courier')}
<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="masthead"><font size="6"><b>Valley Courier</b></font><br><font size="2">Serving the valley since 1921</font></td></tr>
<tr><td colspan="2" class="topnav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/obits">Obituaries</a> | <a href="/classifieds">Classifieds</a></td></tr>
<tr><td width="180" valign="top" class="leftcol"><b>More Headlines</b><br>${RELATED.map((r) => `<a href="#">${esc(r)}</a><br>`).join('\n')}<br><b>Weather</b><br>Sunny, 72°</td>
<td valign="top" class="storycell"><font face="Georgia"><h1>${esc(title)}</h1>
<i>By Pat Lindqvist, Courier Staff Writer</i><br><br>
${ps.map((t, i) => `${linked(t, i % 3 === 1)}<br><br>${i === 2 ? '\n<center><a href="/ads/1"><img src="/ads/banner.gif" alt="Advertisement"></a></center><br>' : ''}`).join('\n')}
<font size="2">Copyright 2017 Valley Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</font>
</font></td></tr></table></body></html>`;
  },
};

/** A cable-news site: the body marked up as schema.org's articleBody, the headline above it outside that element, a video, an editor's note, and "Paid content" teasers. */
const cableNews: Layout = {
  name: 'cable-news',
  render({ paragraphs: [title = '', ...ps] }) {
    return `${head(title, 'National News Network', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + esc(title) + '"}</script>')}
<body class="layout layout-with-rail"><div class="header__wrapper-outer"><header class="header" data-analytics="header"><a class="brand-logo" href="/">NNN</a>
<nav class="header__nav"><a href="/us">US</a><a href="/world">World</a><a href="/business">Business</a><a href="/tech">Tech</a></nav></header></div>
<section class="layout__wrapper"><div class="layout__content-wrapper layout-with-rail__content-wrapper">
<section class="layout__top"><div class="headline headline--has-lowertext"><div class="headline__wrapper"><h1 data-editable="headlineText" id="maincontent" class="headline__text inline-placeholder">${esc(title)}</h1></div>
<div class="headline__footer"><div class="byline vossi-byline" data-editable="byline"><div class="byline__names"><span class="byline__name">Brian Fung</span>, NNN Business</div><div class="timestamp vossi-timestamp">Updated 6:01 PM EDT, Fri September 8, 2017</div></div></div></div></section>
<section class="layout__main"><main class="article__main"><div class="image__container"><img src="/img/store.jpg" alt=""><div class="image__caption"><span data-editable="metaCaption">${esc(CAPTION)}</span></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
${body(ps, (h) => `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">${h}</p>`, '<div class="ad-slot-dynamic ad-slot-header__wrapper"><div class="ad-feedback-link-container"><span>Ad Feedback</span></div></div>', `<div class="related-content related-content--article"><div class="related-content__content"><span class="related-content__headline-text">${esc(READ_MORE)}</span><a class="related-content__link" href="#">Read more</a></div></div>`)}
<p class="editor-note">This story has been updated with additional reporting.</p></div></div>
<div class="zone__items layout--wide-left-balanced-2"><h2 class="zone-title">Paid Content</h2><div class="card"><a href="#">You won't believe what this antivirus can do</a></div></div>
</main></section></div>
<div class="layout__rail layout-with-rail__rail"><div class="zone"><h2 class="container__title-text">More from NNN</h2><ul>${RELATED.map((r) => `<li class="card container__item"><a class="container__link" href="#"><span class="container__headline-text">${esc(r)}</span></a></li>`).join('')}</ul></div></div></section>
<footer class="footer"><div class="footer__copyright-text">© 2017 National News Network. All Rights Reserved.</div></footer></body></html>`;
  },
};

export const LAYOUTS: readonly Layout[] = [wordpress, wire, broadsheet, businessTv, newsletter, tableEra, cableNews];

/** The layout the eval (and the demo site) gives the n-th article: each in turn. */
export const layoutFor = (n: number): Layout => LAYOUTS[n % LAYOUTS.length]!;
