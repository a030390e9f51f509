import { describe, expect, it } from 'vitest';
import { applyImport, diffImport, type DiffableData } from './diff';
import { parseImportFile } from './import-file';
import type { ImportRecords } from './records';
import { encodeWindows1252 } from './windows-1252';

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';

async function records(lines: string[]): Promise<ImportRecords> {
  const result = await parseImportFile(encodeWindows1252(lines.join('\r\n')), 'data.csv');
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.records;
}

function store(existing: DiffableData, upsert: ImportRecords): DiffableData {
  const merge = <T extends { id: string }>(old: T[], next: T[]) => [
    ...old.filter((record) => !next.some((n) => n.id === record.id)),
    ...next,
  ];
  return {
    areas: merge(existing.areas, upsert.areas),
    indicators: merge(existing.indicators, upsert.indicators),
    rounds: merge(existing.rounds, upsert.rounds),
    measurements: merge(existing.measurements, upsert.measurements),
  };
}

const EMPTY: DiffableData = { areas: [], indicators: [], rounds: [], measurements: [] };
const first = [
  HEADER,
  'Bolig;bol-1;Andel i almene boliger;ja;%;ned;2007;44,1;2006;45,5;2010;40',
  'Tryghed;try-1;Utryghed;ja;%;ned;2007;20;2006;21;2010;15',
];

describe('diffImport and applyImport', () => {
  it('importing the same file twice adds and changes nothing the second time', async () => {
    const incoming = await records(first);
    const firstPreview = diffImport(EMPTY, incoming);
    expect(firstPreview.newAreas).toHaveLength(2);
    expect(firstPreview.newMeasurements).toHaveLength(2);
    const stored = store(EMPTY, applyImport(EMPTY, incoming));

    const again = await records(first);
    const preview = diffImport(stored, again);
    expect(preview).toMatchObject({
      newAreas: [],
      newIndicators: [],
      changedIndicators: [],
      newRounds: [],
      changedRounds: [],
      newMeasurements: [],
      changedMeasurements: [],
      // The two indicators and their two values; the areas and the round are only named by them.
      unchanged: 2 + 2,
    });
    expect(applyImport(stored, again)).toEqual({ areas: [], indicators: [], rounds: [], measurements: [] });
  });

  it('does not count a stored area or round the file only names as unchanged', async () => {
    const stored = store(EMPTY, applyImport(EMPTY, await records(first)));
    const preview = diffImport(
      stored,
      await records([
        HEADER,
        'Bolig;bol-1;Andel i almene boliger;ja;%;ned;2007;44,1;2006;45,5;2010;40',
        'Bolig;bol-2;Andel i ejerboliger;nej;%;op;2007;12;2006;10;2010;20',
      ]),
    );
    expect(preview.newIndicators.map((indicator) => indicator.id)).toEqual(['bol-2']);
    expect(preview.newMeasurements).toHaveLength(1);
    // Only the repeated main indicator and its value are unchanged: not the area or the round they name.
    expect(preview.unchanged).toBe(2);
  });

  it('shows new rounds, changed values and changed indicator fields with Danish labels', async () => {
    const stored = store(EMPTY, applyImport(EMPTY, await records(first)));
    const next = await records([
      HEADER,
      'Bolig;bol-1;Andel i almene boliger;ja;%;ned;2007;44,3;2006;45,5;2012;38',
      'Bolig;bol-1;Andel i almene boliger;ja;%;ned;Maj 2008;43;2006;45,5;2012;38',
    ]);
    const preview = diffImport(stored, next);
    expect(preview.newRounds.map((r) => r.label)).toEqual(['Maj 2008']);
    expect(preview.newMeasurements.map((m) => m.id)).toEqual(['bol-1@maj-2008']);
    expect(preview.changedMeasurements).toEqual([
      { id: 'bol-1@2007', indicatorId: 'bol-1', roundId: '2007', from: 44.1, to: 44.3 },
    ]);
    expect(preview.changedIndicators).toEqual([
      {
        id: 'bol-1',
        name: 'Andel i almene boliger',
        changes: [
          { field: 'target.period', label: 'Målperiode', from: '2010', to: '2012' },
          { field: 'target.value', label: 'Målværdi', from: '40', to: '38' },
        ],
      },
    ]);
  });

  it('keeps the place and user-chosen precision of existing indicators, and puts new ones after', async () => {
    const stored = store(EMPTY, applyImport(EMPTY, await records(first)));
    const edited = {
      ...stored,
      indicators: stored.indicators.map((i) => ({ ...i, precision: 2, sortOrder: i.sortOrder + 10 })),
    };
    const upsert = applyImport(
      edited,
      await records([...first, 'Uddannelse;udd-1;Ungdomsuddannelse;ja;%;op;2007;46;2006;45;2010;55']),
    );
    expect(upsert.indicators).toEqual([expect.objectContaining({ id: 'udd-1', sortOrder: 12 })]);
    expect(upsert.areas).toEqual([expect.objectContaining({ id: 'uddannelse', sortOrder: 2 })]);
  });
});
