import type { ReactElement, ReactNode } from 'react';
import { isSafeLinkUrl } from '../../../shared/letter/inline-markup';
import type { InlineRun } from '../../../shared/letter/types';

/** Paragraph runs as HTML with the same bold, italic and links the .docx gets. */
export function InlineRuns({ runs }: { runs: readonly InlineRun[] }): ReactElement {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.italic) node = <em>{node}</em>;
        // Stored text can come from a backup or an old version: only web and mail addresses become links.
        if (run.link && isSafeLinkUrl(run.link)) {
          node = (
            <a href={run.link} target="_blank" rel="noopener noreferrer">
              {node}
            </a>
          );
        }
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
