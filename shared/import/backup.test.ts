import { describe, expect, it } from 'vitest';
import type { BarometerDataset } from '../domain/types';
import { parseBackup, serializeBackup, type BackupData } from './backup';
import { parseImportFile } from './import-file';
import { formatProblem } from './problems';

const dataset: BarometerDataset = {
  areas: [{ id: 'bolig', name: 'Bolig', definiteForm: 'boligområdet', sortOrder: 0 }],
  committees: [
    {
      id: 'tmu',
      name: 'Teknik- og Miljøudvalget',
      shortName: 'TMU',
      chairTitle: 'Teknik- og Miljøborgmester',
      chairName: '',
      administration: 'Teknik- og Miljøforvaltningen',
      addressLines: [],
      areaIds: ['bolig'],
      sortOrder: 0,
    },
  ],
  indicators: [
    {
      id: 'bol-1',
      areaId: 'bolig',
      name: 'Andel i almene boliger',
      unit: '%',
      direction: 'down',
      isMain: true,
      precision: 1,
      baseline: { period: '2006', value: 45.5 },
      target: { period: '2010', value: 40 },
      sortOrder: 0,
    },
  ],
  rounds: [
    { id: '2007', label: '2007', period: '2007' },
    { id: 'maj-2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-16' },
  ],
  measurements: [
    { id: 'bol-1@2007', indicatorId: 'bol-1', roundId: '2007', value: 44.1 },
    { id: 'bol-1@maj-2008', indicatorId: 'bol-1', roundId: 'maj-2008', value: null },
  ],
  overrides: [
    {
      id: 'area:bolig@maj-2008',
      roundId: 'maj-2008',
      scope: 'area',
      targetId: 'bolig',
      status: 'yellow',
      reason: 'Tallet for 2008 er foreløbigt.',
      createdAt: '2008-05-20T10:00:00.000Z',
    },
  ],
  statusSettings: { rule: 'development', developmentReference: 'baseline' },
  sender: {
    committeeId: 'tmu',
    signatoryName: 'Jakob Hougaard',
    signatoryTitle: 'Beskæftigelses- og Integrationsborgmester',
    addressLines: ['Rådhuset', '1599 København V.'],
    phone: '33 66 33 66',
    directPhone: '',
    fax: '',
    email: 'biu@kk.dk',
    websites: ['www.kk.dk'],
  },
};

const full: BackupData = {
  ...dataset,
  letters: [
    {
      id: 'brev-1',
      roundId: 'maj-2008',
      recipientCommitteeId: 'tmu',
      areaIds: ['bolig'],
      state: 'kladde',
      variant: 'urge',
      header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
      paragraphs: [
        { id: 'p1', role: 'custom', runs: [{ text: 'Kære', bold: true }], editedByUser: true },
        {
          id: 'p2',
          role: 'computed-progress',
          runs: [{ text: 'Fremgang' }],
          editedByUser: false,
          computedRuns: [{ text: 'Fremgang' }],
        },
      ],
      dataFingerprint: 'abc',
      statusRule: 'development',
      createdAt: '2008-05-16T10:00:00.000Z',
      updatedAt: '2008-05-16T10:00:00.000Z',
    },
  ],
  templates: [{ id: 'closing', label: 'Afslutning', text: 'Venlig hilsen' }],
  settings: { datasetLabel: 'Integrationsbarometret 2008', sampleOffered: true },
};

const bytes = (text: string) => new TextEncoder().encode(text);

interface BackupJson {
  version: unknown;
  data: {
    indicators: Record<string, unknown>[];
    rounds: unknown[];
    measurements: unknown[];
    overrides: Record<string, unknown>[];
    letters: Record<string, unknown>[];
    templates: Record<string, unknown>[];
    settings: Record<string, unknown>;
  };
}

function withChange(change: (json: BackupJson) => void): Uint8Array {
  const json = JSON.parse(serializeBackup(full, '2008-06-01T12:00:00.000Z')) as BackupJson;
  change(json);
  return bytes(JSON.stringify(json));
}

describe('JSON backup', () => {
  it('restores exactly the data that was saved, letters and settings included', () => {
    const text = serializeBackup(full, '2008-06-01T12:00:00.000Z');
    const result = parseBackup(bytes(text), 'backup.json');
    expect(result.ok && result.data).toEqual(full);
    expect(result.ok && result.backup.exportedAt).toBe('2008-06-01T12:00:00.000Z');
  });

  it('is recognised by content in parseImportFile', async () => {
    const result = await parseImportFile(bytes(serializeBackup(dataset)), 'kopi.txt');
    expect(result.kind).toBe('backup');
    expect(result.backup?.data).toEqual(dataset);
    expect(result.records.measurements).toEqual(dataset.measurements);
  });

  it('names the JSON path of a wrong field, in Danish', () => {
    const result = parseBackup(
      withChange((json) => {
        (json.data.indicators[0] as { baseline: { value: unknown } }).baseline.value = '45,5';
        delete (json.data.rounds[1] as { label?: string }).label;
      }),
      'backup.json',
    );
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «indicators[0].baseline.value»: skal være et tal, men er en tekst.',
      'Fil «backup.json», felt «rounds[1].label»: mangler.',
    ]);
  });

  it('refuses measurements that point at indicators the backup does not hold', () => {
    const result = parseBackup(
      withChange((json) =>
        json.data.measurements.push({ id: 'x@2007', indicatorId: 'x', roundId: '2007', value: 1 }),
      ),
      'backup.json',
    );
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «measurements[2].indicatorId»: En værdi hører til en ukendt indikator «x».',
    ]);
  });

  it('checks letters, templates and the known settings field by field, naming the JSON path', () => {
    const result = parseBackup(
      withChange((json) => {
        json.data.letters[0] = { ...json.data.letters[0], state: 'arkiveret' };
        json.data.letters[0] = { ...json.data.letters[0], header: 'i dag' };
        json.data.templates[0] = { id: 'hilsen', label: 'X', text: 'Y' };
        json.data.settings.sampleOffered = 'ja';
      }),
      'backup.json',
    );
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «letters[0].state»: skal være en af «kladde», «til-gennemsyn», «klar-til-underskrift», «sendt», ikke «arkiveret».',
      'Fil «backup.json», felt «letters[0].header»: skal være et objekt, men er en tekst.',
      'Fil «backup.json», felt «templates[0].id»: skal være en af «context», «results», «call», «acknowledge», «closing», ikke «hilsen».',
      'Fil «backup.json», felt «settings.sampleOffered»: skal være sand eller falsk (true/false), men er en tekst.',
    ]);
  });

  it('holds a backup to the domain: precision 0–6, a real reason, one value per indicator and round', () => {
    const result = parseBackup(
      withChange((json) => {
        (json.data.indicators[0] as { precision: number }).precision = 7;
        (json.data.overrides[0] as { reason: string }).reason = '  ';
      }),
      'backup.json',
    );
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «indicators[0].precision»: må højst være 6.',
      'Fil «backup.json», felt «overrides[0].reason»: mangler en begrundelse.',
    ]);
    const duplicate = parseBackup(
      withChange((json) =>
        json.data.measurements.push({ id: 'andet-id', indicatorId: 'bol-1', roundId: '2007', value: 2 }),
      ),
      'backup.json',
    );
    expect(!duplicate.ok && duplicate.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «measurements[2].id»: Værdien for indikator og måling «bol-1@2007» findes mere end én gang.',
    ]);
  });

  it('refuses a backup whose area has two main indicators', () => {
    const result = parseBackup(
      withChange((json) => json.data.indicators.push({ ...json.data.indicators[0], id: 'bol-2' })),
      'backup.json',
    );
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'Fil «backup.json», felt «areas[0]»: Området «Bolig» har 2 hovedindikatorer (bol-1, bol-2).',
    ]);
  });

  it('says clearly when a backup comes from a newer version of the app', () => {
    const result = parseBackup(
      withChange((json) => (json.version = 2)),
      'backup.json',
    );
    expect(!result.ok && result.problems[0]?.message).toContain('nyere version af Barometerbrev (format 2');
  });

  it('explains broken JSON and JSON that is not a backup', () => {
    const broken = parseBackup(bytes('{\n  "format": "barometerbrev-backup",\n  "version": 1,\n'), 'b.json');
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/^Filen er ikke gyldig JSON/);
    const other = parseBackup(bytes('{"name": "noget andet"}'), 'b.json');
    expect(!other.ok && other.problems[0]?.message).toContain('ikke en sikkerhedskopi fra Barometerbrev');
  });

  it('drops settings the app does not know (constructor, __proto__, planted keys) with a Danish warning', () => {
    const planted = withChange((json) => {
      json.data.settings = JSON.parse(
        '{"datasetLabel":"Data 2008","constructor":{"prototype":{"x":1}},"evilKey":"<script>","__proto__":{"polluted":true}}',
      ) as Record<string, unknown>;
    });
    const result = parseBackup(planted, 'backup.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([
      'Indstillingerne «constructor», «evilKey» og «__proto__» i sikkerhedskopien kendes ikke af Barometerbrev og gendannes ikke.',
    ]);
    expect(Object.keys(result.data.settings ?? {})).toEqual(['datasetLabel']);
    expect(Object.getPrototypeOf(result.data.settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('restores a letter stored by the first version (only ids and dates), completing it with a warning', () => {
    const old = withChange((json) => {
      json.data.letters = [
        { id: 'brev-1', roundId: '2008', recipientCommitteeId: 'tmu', updatedAt: '2008-05-16T09:00:00.000Z' },
      ];
    });
    const result = parseBackup(old, 'gammel.json');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings).toEqual([
      'Brevet «brev-1» er gemt af en ældre version og mangler felter; de udfyldes med standardværdier (kladde, modtagerens områder, tomt sagsnr.).',
    ]);
    expect(result.data.letters?.[0]).toEqual({
      id: 'brev-1',
      roundId: '2008',
      recipientCommitteeId: 'tmu',
      areaIds: ['bolig'],
      state: 'kladde',
      variant: 'urge',
      header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
      paragraphs: [],
      dataFingerprint: '',
      statusRule: 'development',
      createdAt: '2008-05-16T09:00:00.000Z',
      updatedAt: '2008-05-16T09:00:00.000Z',
    });
  });

  it('carries the review history and checks it field by field', () => {
    const reviewCopies = [
      {
        id: 'kopi-1',
        letterId: 'brev-1',
        revision: 3,
        sentAt: '2008-05-17T08:00:00.000Z',
        reviewer: 'Chefkonsulent',
        paragraphs: [{ id: 'p1', role: 'custom', text: 'Kære' }],
      },
    ];
    const reviewFeedback = [
      {
        id: 'fb-1',
        letterId: 'brev-1',
        reviewCopyId: 'kopi-1',
        kind: 'comment' as const,
        paragraphId: 'p1',
        author: 'Chefkonsulent',
        text: 'Skriv «Kære formand».',
        importedAt: '2008-05-18T08:00:00.000Z',
      },
    ];
    const withReview = { ...full, reviewCopies, reviewFeedback };
    const result = parseBackup(bytes(serializeBackup(withReview, '2008-06-01T12:00:00.000Z')), 'b.json');
    expect(result.ok && result.data).toEqual(withReview);

    const broken = JSON.parse(serializeBackup(withReview)) as {
      data: { reviewFeedback: Record<string, unknown>[] };
    };
    broken.data.reviewFeedback[0] = { ...broken.data.reviewFeedback[0], kind: 'ros' };
    const refused = parseBackup(bytes(JSON.stringify(broken)), 'b.json');
    expect(!refused.ok && refused.problems.map(formatProblem)).toEqual([
      'Fil «b.json», felt «reviewFeedback[0].kind»: skal være en af «comment», «change», ikke «ros».',
    ]);
  });
});
