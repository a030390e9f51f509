import { Fragment, useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { ReviewLetterContext } from '../../shared/review/letter-context';
import { shownRevision } from '../../shared/review/revision';
import type { ReviewedFile, ReviewedParagraph } from '../../shared/review/types';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { DOCX_FILTER } from '../letters/export';
import { formatDateTime, ROLE_LABEL } from '../letters/labels';
import { useMenuCommand } from '../menu-commands';
import { getPlatform } from '../platform';
import { authorName } from '../review/feedback';
import {
  EMPTY_INPUT,
  feedbackFromInputs,
  initialsOf,
  reviewedFileName,
  type ReviewerInput,
} from '../review/reviewer';
import { takePendingReviewFile, type ReviewFileChoice } from '../review/reviewer-file';
import { describeReadError, REVIEW_FILE_MAX_BYTES } from '../review/take-back';
import { useDocxDrop } from '../review/useDocxDrop';
import type { ParagraphRole } from '../../shared/letter/types';
import '../styles/review.css';
import '../styles/reviewer-letter.css';

interface Opened {
  name: string;
  data: Uint8Array;
  file: ReviewedFile;
  /** The letter around the commentable paragraphs (read-only), when the file could be read for it. */
  context?: ReviewLetterContext;
  /** Bilag 1's table rows by annex area paragraph id. */
  tables: Record<string, string[][]>;
}

type Status = { kind: 'idle' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function labelOf(paragraph: ReviewedParagraph, index: number, file: ReviewedFile): string {
  // The role as the file says it, else as the paragraph was sent (the custom XML part).
  const role = paragraph.role ?? file.sent?.find((sent) => sent.id === paragraph.id)?.role;
  if (role === 'annex-area') return `Bilag 1: ${paragraph.currentText}`;
  const label = role && role in ROLE_LABEL ? ROLE_LABEL[role as ParagraphRole] : 'Afsnit';
  return `${label} (afsnit ${index + 1})`;
}

/**
 * The reviewer's screen: a review copy opened from a file, commented and answered with suggestions, saved as a new
 * .docx with real Word comments and tracked changes. It never reads or writes the reviewer's own data: the file is
 * held in memory, and nothing here touches the database.
 */
export default function ReviewScreen(): ReactElement {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [reviewer, setReviewer] = useState('');
  const [inputs, setInputs] = useState<Record<string, ReviewerInput>>({});
  const [saved, setSaved] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);

  // Comments typed but not saved: opening another file would throw them away.
  const unsaved = useRef(false);
  const open = useCallback(async (choice: ReviewFileChoice): Promise<void> => {
    if (unsaved.current) {
      setStatus({
        kind: 'error',
        text: `Du har kommentarer eller forslag, der ikke er gemt. Vælg «Gem gennemsyn», før du åbner «${choice.name}».`,
      });
      return;
    }
    try {
      const { bookmarkNameOf, readReviewedDocx, readReviewLetterContext } =
        await import('../../shared/review');
      const file = readReviewedDocx(choice.data, choice.name);
      if (!file.hasAnchors || !file.letterId) {
        setStatus({
          kind: 'error',
          text: `«${choice.name}» er ikke en gennemsynskopi fra Barometerbrev (filen mangler brevets mærker). Åbn den i Word eller LibreOffice i stedet.`,
        });
        return;
      }
      let context: ReviewLetterContext | undefined;
      try {
        context = readReviewLetterContext(choice.data);
      } catch {
        context = undefined; // Only the read-only context is missing then; the paragraphs are commentable as before.
      }
      const tables: Record<string, string[][]> = {};
      for (const paragraph of file.paragraphs) {
        const rows = context?.annexTables[bookmarkNameOf(paragraph.id)];
        if (rows && rows.length > 0) tables[paragraph.id] = rows;
      }
      setOpened({ name: choice.name, data: choice.data, file, context, tables });
      setInputs({});
      setSaved(false);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', text: describeReadError(error, choice.name) });
    }
  }, []);

  useEffect(() => {
    const pending = takePendingReviewFile();
    // open() sets state only after the reader module has loaded, i.e. asynchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (pending) void open(pending);
  }, [open]);

  const pick = async (): Promise<void> => {
    try {
      const chosen = await getPlatform().openFile({
        filters: [DOCX_FILTER],
        maxBytes: REVIEW_FILE_MAX_BYTES,
      });
      if (!chosen.canceled && chosen.data && chosen.name)
        await open({ name: chosen.name, data: chosen.data });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  useMenuCommand('open-review', () => void pick());
  useDocxDrop(
    true,
    (data, name) => open({ name, data }),
    (text) => setStatus({ kind: 'error', text }),
  );

  const feedback = opened ? feedbackFromInputs(opened.file, inputs) : [];
  const annexFlags = opened
    ? opened.file.paragraphs.map((paragraph, index) =>
        labelOf(paragraph, index, opened.file).startsWith('Bilag 1:'),
      )
    : [];
  const dirty = feedback.length > 0 && !saved;
  useEffect(() => {
    unsaved.current = dirty;
  });

  const save = async (): Promise<boolean> => {
    if (!opened) return false;
    const author = reviewer.trim();
    if (author === '') {
      setStatus({ kind: 'error', text: 'Skriv dit navn, så afsenderen kan se, hvem kommentarerne er fra.' });
      nameField.current?.focus();
      return false;
    }
    if (feedback.length === 0) {
      setStatus({ kind: 'error', text: 'Der er ingen kommentarer eller forslag at gemme endnu.' });
      return false;
    }
    try {
      const { writeReviewerFeedback } = await import('../../shared/review');
      const bytes = writeReviewerFeedback(opened.data, feedback, {
        author,
        initials: initialsOf(author),
        date: new Date().toISOString(),
      });
      const name = reviewedFileName(opened.name, author);
      const result = await getPlatform().saveFile({
        suggestedName: name,
        filters: [DOCX_FILTER],
        data: new Uint8Array(bytes),
      });
      if (!result.saved) return false;
      setSaved(true);
      setStatus({
        kind: 'ok',
        text: `Gennemsynet er gemt som «${name}». Send filen tilbage til afsenderen.`,
      });
      return true;
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `Gennemsynet kunne ikke gemmes: ${error instanceof Error ? error.message : String(error)}`,
      });
      return false;
    }
  };
  useUnsavedChanges(dirty, save);

  const update = (id: string, patch: Partial<ReviewerInput>): void => {
    setSaved(false);
    setInputs((current) => ({ ...current, [id]: { ...EMPTY_INPUT, ...current[id], ...patch } }));
  };

  return (
    <section className="reviewer-screen">
      <h1 tabIndex={-1}>Gennemsyn</h1>
      <p className="muted">
        Her læser du en gennemsynskopi, som du har fået tilsendt, og skriver kommentarer og forslag. Dine egne
        breve og data bliver ikke ændret.
      </p>
      {status.kind !== 'idle' && (
        <p
          className={`banner ${status.kind === 'error' ? 'banner-error' : 'banner-info'}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      {!opened ? (
        <div className="reviewer-drop">
          <p>Vælg den gennemsynskopi (.docx), du har fået tilsendt, eller træk filen herind.</p>
          <button type="button" className="primary" onClick={() => void pick()}>
            Åbn gennemsynsfil …
          </button>
        </div>
      ) : (
        <>
          <div className="card reviewer-summary">
            {opened.context?.sampleData && (
              <p className="banner-warning" role="note">
                Brevet er skrevet på eksempeldata (opdigtede tal) og må ikke sendes. Kommentér gerne teksten,
                men tallene er ikke Københavns.
              </p>
            )}
            {opened.context && <LetterHead context={opened.context} />}
            <p className={opened.context?.title ? 'muted reviewer-file-line' : undefined}>
              <strong>{opened.name}</strong>
              {opened.file.revision !== undefined && <> · revision {shownRevision(opened.file.revision)}</>}
            </p>
            <div className="field">
              <label htmlFor="reviewer-name">Dit navn</label>
              <input
                id="reviewer-name"
                ref={nameField}
                type="text"
                autoComplete="name"
                maxLength={80}
                value={reviewer}
                onChange={(event) => {
                  setSaved(false);
                  setReviewer(event.target.value);
                }}
              />
            </div>
            <div className="review-buttons" style={{ marginTop: 10 }}>
              <button type="button" className="primary" onClick={() => void save()}>
                Gem gennemsyn
              </button>
              <button type="button" onClick={() => void pick()}>
                Åbn en anden fil …
              </button>
            </div>
            <p className="muted review-hint">
              {feedback.length === 0
                ? 'Ingen kommentarer eller forslag endnu.'
                : `${feedback.length} ${feedback.length === 1 ? 'afsnit' : 'afsnit'} med kommentarer eller forslag.`}
            </p>
          </div>
          {opened.file.paragraphs.map((paragraph, index) => {
            const label = labelOf(paragraph, index, opened.file);
            const annex = annexFlags[index] === true;
            const firstOfAnnex = annex && !annexFlags.slice(0, index).includes(true);
            const lastOfBody = !annex && !annexFlags.slice(index + 1).includes(false);
            const lastOfAnnex = annex && index === annexFlags.length - 1;
            const hasTables = Object.keys(opened.tables).length > 0;
            const context = opened.context;
            return (
              <Fragment key={paragraph.id}>
                {index === 0 && context?.salutation && (
                  <FixedText label="Brevets indledning" lines={[context.salutation]} />
                )}
                {firstOfAnnex && (
                  <div className="reviewer-annex-intro">
                    <h2>{context?.annexTitle[0] ?? 'Bilag 1'}</h2>
                    {context?.annexTitle.slice(1).map((line) => (
                      <p key={line} className="reviewer-annex-subtitle">
                        {line}
                      </p>
                    ))}
                    <p className="muted">
                      {hasTables
                        ? 'Kommentér et indsatsområde her. Tallene bygges fra data og rettes ikke i brevet.'
                        : 'Kommentér et indsatsområde her. Tallene står i bilagets tabeller i Word-filen; de bygges fra data og rettes ikke i brevet.'}
                    </p>
                  </div>
                )}
                <ReviewerParagraph
                  paragraph={paragraph}
                  label={label}
                  table={opened.tables[paragraph.id]}
                  input={inputs[paragraph.id] ?? EMPTY_INPUT}
                  onChange={(patch) => update(paragraph.id, patch)}
                />
                {lastOfBody && context && context.signature.length > 0 && (
                  <FixedText label="Brevets hilsen og underskrift" lines={context.signature} />
                )}
                {lastOfAnnex && context?.statusRule && (
                  <p className="muted reviewer-status-rule">{context.statusRule}</p>
                )}
              </Fragment>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The letter's title, recipient and date, read from the file: what the reviewer is reading, at a glance. */
function LetterHead({ context }: { context: ReviewLetterContext }): ReactElement {
  return (
    <div className="reviewer-letterhead">
      {context.title && <h2 className="reviewer-letter-title">{context.title}</h2>}
      {context.subject && <p className="muted reviewer-letter-subject">{context.subject}</p>}
      {(context.recipient.length > 0 || context.details.length > 0) && (
        <div className="reviewer-letterhead-columns">
          <div className="reviewer-recipient">
            {context.recipient.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
          </div>
          <div className="reviewer-details">
            {context.details.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/** Letter text that is part of the letter but not commented here (salutation, signature). */
function FixedText({ label, lines }: { label: string; lines: string[] }): ReactElement {
  return (
    <section className="reviewer-fixed" aria-label={label}>
      <div className="reviewer-fixed-text">
        {lines.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </div>
    </section>
  );
}

/** An annex area's table as in Bilag 1: indicator, basis, earlier and latest values, mål, status. */
function AnnexTable({ rows, label }: { rows: string[][]; label: string }): ReactElement {
  const [head, ...body] = rows;
  const lines = (text: string): ReactElement[] =>
    text.split('\n').map((line, index) => (
      <span key={index} className={index > 0 ? 'reviewer-annex-cell-line' : undefined}>
        {line}
      </span>
    ));
  return (
    <table className="reviewer-annex-table" aria-label={`Tabel: ${label}`}>
      {head && (
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col">
                {lines(cell)}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {body.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index}>{lines(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReviewerParagraph({
  paragraph,
  label,
  table,
  input,
  onChange,
}: {
  paragraph: ReviewedParagraph;
  label: string;
  table?: string[][];
  input: ReviewerInput;
  onChange: (patch: Partial<ReviewerInput>) => void;
}): ReactElement {
  const textRef = useRef<HTMLDivElement>(null);
  const isAnnex = label.startsWith('Bilag 1:');
  const id = paragraph.id.replace(/[^A-Za-z0-9_-]/g, '_');

  // A passage selected in the paragraph becomes the comment's quote (Word anchors the comment there).
  const takeSelection = (): void => {
    const selection = window.getSelection();
    const element = textRef.current;
    if (!selection || !element || selection.isCollapsed) return;
    if (!element.contains(selection.anchorNode) || !element.contains(selection.focusNode)) return;
    const quote = selection.toString().trim();
    if (quote && paragraph.currentText.includes(quote)) onChange({ quote });
  };

  return (
    <section className={`reviewer-paragraph${isAnnex ? ' reviewer-annex' : ''}`} aria-labelledby={`rp-${id}`}>
      <h2 id={`rp-${id}`}>{label}</h2>
      <div className="reviewer-letter-column">
        <div className="reviewer-text" ref={textRef} onMouseUp={takeSelection} onKeyUp={takeSelection}>
          {paragraph.currentText}
        </div>
        {table && <AnnexTable rows={table} label={label} />}
      </div>
      <div className="reviewer-fields">
        {paragraph.comments.length > 0 && (
          <ul className="review-items" aria-label={`Kommentarer i filen til ${label}`}>
            {paragraph.comments.map((comment) => (
              <li key={comment.id} className="review-item review-comment">
                <p className="review-meta">
                  <strong>{authorName(comment.author)}</strong>
                  {comment.date && <> · {formatDateTime(comment.date)}</>}
                </p>
                {comment.quote && <blockquote className="review-quote">{comment.quote}</blockquote>}
                <p className="review-text">{comment.text}</p>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={`rc-${id}`}>Kommentar til {label}</label>
        <textarea
          id={`rc-${id}`}
          value={input.comment}
          onChange={(event) => onChange({ comment: event.target.value })}
        />
        {input.quote ? (
          <p className="reviewer-quote">
            Kommentaren gælder: «{input.quote}»{' '}
            <button type="button" onClick={() => onChange({ quote: '' })}>
              Hele afsnittet
            </button>
          </p>
        ) : (
          !isAnnex && (
            <p className="muted reviewer-quote">
              Markér tekst i afsnittet for at kommentere en bestemt passage.
            </p>
          )
        )}
        {!isAnnex &&
          (input.replacement === null ? (
            <div>
              <button type="button" onClick={() => onChange({ replacement: paragraph.currentText })}>
                Foreslå ændring
              </button>
            </div>
          ) : (
            <>
              <label htmlFor={`rs-${id}`}>Foreslået tekst til {label}</label>
              <textarea
                id={`rs-${id}`}
                rows={4}
                value={input.replacement}
                onChange={(event) => onChange({ replacement: event.target.value })}
              />
              <div>
                <button type="button" onClick={() => onChange({ replacement: null })}>
                  Fjern forslaget
                </button>
              </div>
            </>
          ))}
      </div>
    </section>
  );
}
