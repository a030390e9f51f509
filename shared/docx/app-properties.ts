/**
 * docProps/app.xml (extended properties): the docx package writes it empty, so Word's "Properties › Statistics",
 * file managers and indexers see no application and no page count. Written here as a string: every value is a number
 * or a constant, nothing from the user.
 */
export const APPLICATION_NAME = 'Barometerbrev';

export function appPropertiesXml({ pages, words }: { pages: number; words: number }): string {
  const count = (value: number): number => Math.max(0, Math.round(value));
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"',
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    `<TotalTime>0</TotalTime><Pages>${Math.max(1, count(pages))}</Pages><Words>${count(words)}</Words>`,
    `<Application>${APPLICATION_NAME}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>`,
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>',
    '</Properties>',
  ].join('');
}
