import { strToU8, zipSync } from 'fflate';

/** Test support: a minimal .docx from hand-written WordprocessingML, as Word or LibreOffice would write it. */
export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface HandWrittenDocx {
  /** The content of w:body. */
  body: string;
  /** w:comment elements. */
  comments?: string;
  /** w15:commentEx elements. */
  commentsExtended?: string;
  /** Extra parts by name. */
  parts?: Record<string, string>;
}

/** A paragraph with a review anchor around its content (as buildReviewDocx writes it). */
export function anchored(name: string, content: string, id = 1): string {
  return `<w:p><w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/></w:p>`;
}

export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function makeDocx(input: HandWrittenDocx): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NAMESPACES}><w:body>${input.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (input.comments !== undefined) {
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W_NAMESPACES}>${input.comments}</w:comments>`,
    );
  }
  if (input.commentsExtended !== undefined) {
    files['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W_NAMESPACES}>${input.commentsExtended}</w15:commentsEx>`,
    );
  }
  for (const [name, xml] of Object.entries(input.parts ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}
