import { useEffect, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import { formatLetterDate } from '../../../shared/letter/compose';
import { contactBlock } from '../../../shared/letter/plain-text';
import { SAMPLE_DATA_MARK } from '../../../shared/letter/sample-mark';
import type { ComposedLetter } from '../../../shared/letter/types';
import { AnnexPage } from './AnnexPage';
import { InlineRuns } from './InlineRuns';

/** A4 width in CSS pixels (210 mm at 96 dpi): the scale that makes a page fit its column. */
const PAGE_WIDTH_PX = (210 / 25.4) * 96;

function useFitScale(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.6);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (): void =>
      setScale(Math.min(1, Math.max(0.3, element.clientWidth / (PAGE_WIDTH_PX + 24))));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, scale];
}

/**
 * The letter as the exported Word document lays it out: A4 pages with the same margins, font, letterhead,
 * header fields, body, signature, contact block and "Bilag 1" on a page of its own. Printing prints only these pages.
 */
export function LetterPreview({
  letter,
  logoUrl,
}: {
  letter: ComposedLetter;
  logoUrl?: string | null;
}): ReactElement {
  const [ref, scale] = useFitScale();
  const recipientLines = letter.recipientLines ?? [letter.recipientCommitteeName];
  const fields: [string, string][] = [
    ['Dato', formatLetterDate(letter.header)],
    ['Sagsnr.', letter.header.sagsnr],
    ['Dok.nr.', letter.header.doknr],
  ];
  const contacts = contactBlock(letter);

  return (
    <div
      className="letter-preview"
      ref={ref}
      aria-label="Forhåndsvisning af brevet som A4-sider"
      role="region"
    >
      <div className="lp-pages" style={{ '--lp-scale': scale } as CSSProperties}>
        <article className="lp-page" aria-label="Side 1: brevet">
          {letter.sampleData && <p className="lp-sample-mark">{SAMPLE_DATA_MARK}</p>}
          <div className="lp-letterhead">
            {logoUrl && <img className="lp-logo" src={logoUrl} alt="Københavns Kommunes logo" />}
            <p className="lp-sender">{letter.senderCommitteeName}</p>
          </div>
          <div className="lp-fields">
            <div className="lp-recipient">
              {recipientLines.map((line, index) => (
                <p key={index} className={index === 0 ? 'lp-strong' : undefined}>
                  {line}
                </p>
              ))}
            </div>
            <div className="lp-header-fields">
              {fields
                .filter(([, value]) => value.trim() !== '')
                .map(([label, value]) => (
                  <p key={label}>
                    {label}: {value}
                  </p>
                ))}
            </div>
          </div>
          <div className="lp-body">
            <p>{letter.salutation}</p>
            {letter.paragraphs.map((paragraph) => (
              <p key={paragraph.id} data-role={paragraph.role}>
                <InlineRuns runs={paragraph.runs} />
              </p>
            ))}
          </div>
          <p className="lp-greeting">{letter.greeting}</p>
          <p className="lp-signatory">{letter.sender.signatoryName}</p>
          <p className="lp-signatory-title">{letter.sender.signatoryTitle}</p>
          <div className="lp-contact">
            {contacts.map(([label, value]) => (
              <div key={label}>
                <p className="lp-strong">{label}</p>
                <p>{value}</p>
              </div>
            ))}
            {letter.sender.websites.length > 0 && (
              <div>
                {letter.sender.websites.map((website) => (
                  <p key={website} className="lp-strong">
                    {website}
                  </p>
                ))}
              </div>
            )}
          </div>
        </article>
        <article className="lp-page lp-annex" aria-label="Bilag 1">
          <AnnexPage annex={letter.annex} />
        </article>
      </div>
    </div>
  );
}
