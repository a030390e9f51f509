import { describe, expect, it } from 'vitest';
import { defaultCommittees, defaultSender, defaultStatusSettings } from '../domain/defaults';
import type { BarometerDataset } from '../domain/types';
import { parseImportFile } from './import-file';
import { checkImportAgainstStored, checkImportAgainstStoredInSteps, mergeImport } from './merged-check';
import { formatProblem } from './problems';
import type { ImportRecords } from './records';
import { encodeWindows1252 } from './windows-1252';

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
const UDD_1 = (main: string) =>
  `Uddannelse;udd-1;Unge med ungdomsuddannelse;${main};%;op;2008;58;2006;60;2010;70`;
const UDD_2 = (main: string) => `Uddannelse;udd-2;Karaktergennemsnit;${main};gns.;op;2008;7;2006;6;2010;8`;

async function records(...rows: string[]): Promise<ImportRecords> {
  const result = await parseImportFile(encodeWindows1252([HEADER, ...rows].join('\r\n')), 'ny.csv');
  return result.records;
}

const EMPTY: BarometerDataset = {
  areas: [],
  committees: defaultCommittees(),
  indicators: [],
  rounds: [],
  measurements: [],
  overrides: [],
  statusSettings: defaultStatusSettings(),
  sender: defaultSender(),
};

/** Stored: udd-1 is the main indicator of Uddannelse. */
async function stored(): Promise<BarometerDataset> {
  return mergeImport(EMPTY, await records(UDD_1('ja')));
}

describe('checkImportAgainstStored', () => {
  it('refuses a second main indicator when the stored one is not in the file, at the file row', async () => {
    const problems = checkImportAgainstStored(await stored(), await records(UDD_2('ja')), 'ny.csv');
    expect(problems.map(formatProblem)).toEqual([
      'Fil «ny.csv», række 2, kolonne «hovedindikator» (D): Området «Uddannelse» har allerede hovedindikatoren «udd-1» i de gemte data, og den er ikke med i filen. Et område har præcis én hovedindikator: tag «udd-1» med i filen med «nej» i kolonnen «hovedindikator», eller skriv «nej» ud for «udd-2».',
    ]);
  });

  it('accepts the new main indicator when the file marks the old one «nej»', async () => {
    const incoming = await records(UDD_1('nej'), UDD_2('ja'));
    expect(checkImportAgainstStored(await stored(), incoming, 'ny.csv')).toEqual([]);
  });

  it('says so when the file leaves an area without a main indicator', async () => {
    const problems = checkImportAgainstStored(await stored(), await records(UDD_1('nej')), 'ny.csv');
    expect(problems.map(formatProblem)).toEqual([
      'Fil «ny.csv», række 2, kolonne «hovedindikator» (D): Filen gør «udd-1» til en almindelig indikator («nej»), og så har området «Uddannelse» ingen hovedindikator. Skriv «ja» ud for præcis én af områdets indikatorer.',
    ]);
  });

  it('in the preview leaves out what the file check already reports; storing still refuses it', async () => {
    const twoMains = await records(UDD_1('ja'), UDD_2('ja'));
    expect(checkImportAgainstStored(EMPTY, twoMains, 'ny.csv', { leaveOutFileOwn: true })).toEqual([]);
    expect(checkImportAgainstStored(EMPTY, twoMains, 'ny.csv')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('2 hovedindikatorer') }),
    ]);
  });

  it('does not blame the file for a problem the stored data already had', async () => {
    const broken = await stored();
    const [udd1] = broken.indicators;
    if (!udd1) throw new Error('no indicator stored');
    broken.indicators.push({ ...udd1, id: 'udd-9' }); // a second main, already stored
    expect(checkImportAgainstStored(broken, await records(UDD_1('ja')), 'ny.csv')).toEqual([]);
  });
});

describe('checkImportAgainstStoredInSteps', () => {
  it('finds what checkImportAgainstStored finds, pausing between its passes over the data', async () => {
    const base = await stored();
    const incoming = await records(UDD_2('ja'));
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const inSteps = await checkImportAgainstStoredInSteps(base, incoming, 'ny.csv', pause);
    expect(inSteps).toEqual(checkImportAgainstStored(base, incoming, 'ny.csv'));
    expect(inSteps).toHaveLength(1);
    // Merge, stored data's errors, merged data's errors: a pause between each (one more for the file alone).
    expect(pauses).toBe(2);
    pauses = 0;
    await checkImportAgainstStoredInSteps(base, incoming, 'ny.csv', pause, { leaveOutFileOwn: true });
    expect(pauses).toBe(3);
  });
});
