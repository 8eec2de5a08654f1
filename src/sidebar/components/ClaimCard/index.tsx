// One claim found on the page: the canonical claim, this page's passage (click to scroll to it),
// the verdict with its reason, and the outlets that corroborate or contradict it, in their own
// words. Independent sources are counted once; copies are grouped under their original.
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimView, OutletRef } from '../../../core/dataset/derive';
import type { PageMatch } from '../../../shared/messages';
import { VERDICT_LABEL, VERDICT_SYMBOL } from '../../verdict';
import { quotePassage } from '../../quote';

export interface ClaimCardProps {
  view: ClaimView;
  matches: { match: PageMatch; index: number }[];
  focused: boolean;
  focusSeq: number;
  onShowPassage: (index: number) => void;
  onAddNote?: () => void;
}

const safeUrl = (url: string | undefined): string | undefined =>
  url && /^https?:\/\//i.test(url) ? url : undefined;

function OutletLine({ item: r, reason }: { item: OutletRef; reason?: string }) {
  const href = safeUrl(r.url);
  return (
    <li class="outlet">
      <div class="outlet-head">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {r.rootOutlet}
          </a>
        ) : (
          <span class="outlet-name">{r.rootOutlet}</span>
        )}
        {r.rootOutlet !== r.outlet ? (
          // A copy (wire story, republication): name the original once, then where it ran.
          <span class="also"> — carried by {[r.outlet, ...r.alsoIn.map((a) => a.outlet)].join(', ')}</span>
        ) : r.alsoIn.length ? (
          <span class="also"> — also in {r.alsoIn.map((a) => a.outlet).join(', ')}</span>
        ) : null}
        {r.attributedTo ? <span class="attr"> · citing {r.attributedTo}</span> : null}
      </div>
      <blockquote class="quote">{r.quote}</blockquote>
      {reason ? <p class="reason">Why it conflicts: {reason}</p> : null}
    </li>
  );
}

export function ClaimCard({ view, matches, focused, focusSeq, onShowPassage, onAddNote }: ClaimCardProps) {
  const el = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused && el.current) {
      el.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
      el.current.focus({ preventScroll: true });
    }
  }, [focused, focusSeq]);
  const independent = view.corroboratedBy.filter((c) => c.independent);
  const headingId = `claim-${view.claim.id}`;
  return (
    <article
      ref={el}
      class={`card verdict-${view.verdict}${focused ? ' focused' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-claim-id={view.claim.id}
    >
      <p class={`verdict-badge v-${view.verdict}`}>
        <span aria-hidden="true">{VERDICT_SYMBOL[view.verdict]}</span> {VERDICT_LABEL[view.verdict]}
      </p>
      <h2 id={headingId} class="claim-text">
        {view.claim.text}
      </h2>
      <p class="verdict-reason">{view.verdictReason}</p>
      {matches.length ? (
      <div class="on-page">
        <h3>On this page</h3>
        {matches.map(({ match, index }) => (
          <div key={index} class={`passage stance-${match.pageStance}`}>
            <button type="button" class="passage-btn" onClick={() => onShowPassage(index)} title="Show on page">
              {quotePassage(match.passage)}
            </button>
            {match.pageStance === 'contradicts' ? (
              <p class="page-differs">
                This page differs{match.reason ? `: ${match.reason}` : ''}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      ) : null}
      {view.corroboratedBy.length ? (
        <details class="outlets supports" open={view.corroboratedBy.length <= 3}>
          <summary title="Not counting this page’s own outlet">
            Corroborated by {independent.length} other independent source{independent.length === 1 ? '' : 's'}
            {view.totalCount > independent.length ? ` (${view.totalCount} outlets)` : ''}
          </summary>
          <ul>
            {independent.map((r) => (
              <OutletLine key={r.mentionId} item={r} />
            ))}
          </ul>
        </details>
      ) : (
        <p class="outlets none">No other outlet in the database states this.</p>
      )}
      {view.contradictedBy.length ? (
        <details class="outlets contradicts" open>
          <summary>
            Contradicted or disputed by {view.contradictedBy.length} statement
            {view.contradictedBy.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {view.contradictedBy.map((r) => (
              <OutletLine key={`${r.mentionId}-${r.reason}`} item={r} reason={r.reason} />
            ))}
          </ul>
        </details>
      ) : null}
      {onAddNote ? (
        <button type="button" class="add-note" onClick={onAddNote}>
          ✎ Add note on this claim
        </button>
      ) : null}
    </article>
  );
}
