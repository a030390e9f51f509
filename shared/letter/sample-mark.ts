/**
 * The mark on page 1 of a letter drafted from the invented sample data (preview, PDF and .docx alike), so such a
 * letter is never sent by mistake.
 */
export const SAMPLE_DATA_MARK = 'UDKAST PÅ EKSEMPELDATA – MÅ IKKE SENDES';
