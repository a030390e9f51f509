import type { ReactElement } from 'react';
import type { ReviewFeedbackItem } from '../../../shared/review/types';
import { tidyDiff } from '../../review/diff-display';
import { formatDateTime } from '../../letters/labels';
import { authorName } from '../../review/feedback';
import { isComputedRole } from '../../review/suggestion';
import { contextAround, sameText, wordDiff } from '../../../shared/review/text';

/** The quoted passage with a few words either side, as it reads in the paragraph now. */
function QuoteInContext({ quote, paragraphText }: { quote: string; paragraphText: string }): ReactElement {
  const at = paragraphText.indexOf(quote);
  if (at < 0) {
    return (
      <blockquote className="review-quote">
        <mark>{quote}</mark>
      </blockquote>
    );
  }
  const { before, after, cutBefore, cutAfter } = contextAround(paragraphText, at, quote.length);
  return (
    <blockquote className="review-quote">
      {cutBefore && '… '}
      {before}
      <mark>{quote}</mark>
      {after}
      {cutAfter && ' …'}
    </blockquote>
  );
}

export function SuggestionDiff({ before, after }: { before: string; after: string }): ReactElement {
  return (
    <p className="review-diff">
      {tidyDiff(wordDiff(before, after)).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <del key={index}>{part.text}</del>
        ),
      )}
    </p>
  );
}

const RESOLUTION_LABEL: Record<NonNullable<ReviewFeedbackItem['resolution']>, string> = {
  resolved: 'Behandlet',
  accepted: 'Accepteret',
  rejected: 'Afvist',
};

/** One comment or suggestion in the review panel, with its actions. */
export function FeedbackItemView({
  item,
  where,
  role,
  paragraphText,
  locked,
  error,
  undone = false,
  hasText = false,
  onAccept,
  onReject,
  onResolve,
  onReopen,
}: {
  item: ReviewFeedbackItem;
  /** "Afslutning", "Bilag 1: Uddannelse": for the buttons' accessible names. */
  where: string;
  role?: string;
  paragraphText: string;
  locked: boolean;
  error?: string;
  /** An accepted suggestion whose text is no longer in the paragraph (Fortryd took it out): it can be accepted again. */
  undone?: boolean;
  /** The suggestion's paragraph already reads as suggested. */
  hasText?: boolean;
  onAccept: () => void;
  onReject: () => void;
  onResolve: () => void;
  onReopen: () => void;
}): ReactElement {
  const date = item.date ? formatDateTime(item.date) : '';
  const isChange = item.kind === 'change';
  const what = isChange ? 'forslaget' : 'kommentaren';
  const isAnnex = role === 'annex-area';
  // Undone after accepting: shown and handled like an open suggestion.
  const resolution = undone && item.resolution === 'accepted' ? undefined : item.resolution;
  return (
    <li className={`review-item review-${item.kind}${resolution ? ' review-done' : ''}`}>
      <p className="review-meta">
        <strong>{isChange && !item.author ? 'Ændring' : authorName(item.author)}</strong>
        {date && <> · {date}</>}
        {isChange && <> · {item.tracked ? 'sporet ændring' : 'rettet uden sporing'}</>}
        {resolution && <span className="review-state"> · {RESOLUTION_LABEL[resolution]}</span>}
        {resolution !== item.resolution && <span className="review-state"> · Accepteret, men fortrudt</span>}
      </p>
      {/* A comment on the whole paragraph needs no quote: the heading says which paragraph. */}
      {!isChange && item.quote && !sameText(item.quote, paragraphText) && (
        <QuoteInContext quote={item.quote} paragraphText={paragraphText} />
      )}
      {isChange && item.before !== undefined && item.after !== undefined ? (
        <SuggestionDiff before={item.before} after={item.after} />
      ) : (
        <p className="review-text">{item.text}</p>
      )}
      {isChange && !resolution && isAnnex && (
        <p className="review-note">
          Bilag 1 laves ud fra data og kan ikke rettes her. Ret tallene under Data, eller afvis forslaget.
        </p>
      )}
      {isChange && !resolution && isComputedRole(role) && (
        <p className="review-note">
          Afsnittet er beregnet fra data. Accepterer du forslaget, bliver teksten din egen og opdateres ikke
          længere, når data ændres.
        </p>
      )}
      {isChange && hasText && !resolution && (
        <p className="review-note">
          Afsnittet har allerede den foreslåede tekst. Acceptér markerer forslaget som accepteret; Afvis
          markerer det som afvist og lader teksten stå.
        </p>
      )}
      {isChange && hasText && resolution === 'accepted' && (
        <p className="review-note">Teksten står i brevet. Vil du tage ændringen tilbage, så brug Fortryd.</p>
      )}
      {error && !resolution && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      <div className="review-actions">
        {resolution === 'accepted' && hasText ? null : resolution ? (
          <button
            type="button"
            disabled={locked}
            onClick={onReopen}
            aria-label={`Genåbn ${what} til ${where}`}
          >
            Genåbn
          </button>
        ) : isChange ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={locked || !item.paragraphId || isAnnex}
              onClick={onAccept}
              aria-label={`Acceptér forslaget til ${where}`}
            >
              Acceptér
            </button>
            <button
              type="button"
              disabled={locked}
              onClick={onReject}
              aria-label={`Afvis forslaget til ${where}`}
            >
              Afvis
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={locked}
            onClick={onResolve}
            aria-label={`Markér som behandlet: kommentaren til ${where}`}
          >
            Markér som behandlet
          </button>
        )}
      </div>
    </li>
  );
}
