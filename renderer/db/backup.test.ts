import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../shared/import/backup';
import type { StatusOverride } from '../../shared/domain/types';
import type { LetterDraft } from '../../shared/letter/types';
import { backupCounts, readBackupData, restoreBackup } from './backup';
import { loadDataset } from './dataset';
import { rememberMapping } from './import-mappings';
import { DraftConflictError, saveDraft, saveDraftIfUnchanged } from './letters';
import { freshDatabases, seedSampleData } from './test-db';

const freshDb = freshDatabases('backup-test');

/** A staff spreadsheet's header row and the mapping the import step remembered for it. */
const STAFF_HEADER = 'omr|id|navn|hoved|enh|retning|vaerdi2008|basisaar|basis|maalaar|maal';
const STAFF_MAPPING = {
  columns: {
    Omr: 'area',
    Id: 'indicatorId',
    Navn: 'indicator',
    Hoved: 'main',
    'Enh.': 'unit',
    Retning: 'direction',
    'Værdi 2008': 'roundColumn',
    Basisår: 'baselinePeriod',
    Basis: 'baselineValue',
    Målår: 'targetPeriod',
    Mål: 'targetValue',
  } as const,
  constants: { published: '2008-05-30' },
  roundLabels: { 'Værdi 2008': 'Maj 2008' },
};

describe('backup and restore', () => {
  it('gives back exactly the same data, letters and settings', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const original = await readBackupData(db);
    const parsed = parseBackup(new TextEncoder().encode(serializeBackup(original)), 'kopi.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    await db.series.clear();
    await restoreBackup(db, parsed.data);
    expect(await readBackupData(db)).toEqual(original);
  });

  it('leaves the data untouched when the restore fails half-way', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const before = await loadDataset(db);
    const broken = { ...(await readBackupData(db)), rounds: [{ label: 'uden id' } as never] };
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await loadDataset(db)).toEqual(before);
  });

  it('counts what a backup holds with singular and plural right', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const data = await readBackupData(db);
    const override: StatusOverride = {
      id: 'area:besk@2008',
      roundId: '2008',
      scope: 'area',
      targetId: 'besk',
      status: 'red',
      reason: 'Kendt fejl i målingen',
      createdAt: '2008-05-01T10:00:00.000Z',
    };
    const counts = backupCounts({ ...data, overrides: [override], letters: [], templates: [] });
    expect(counts).toContain('1 manuel status');
    expect(counts).toContain('0 breve');
    // No own texts in the backup: the standard texts are used — not "0 skabeloner".
    expect(counts).toContain('standardtekster bruges');
    expect(counts.join(' ')).not.toContain('skabelon');
    const template = { id: 'call' as const, label: 'Opfordring', text: 'Vi håber på svar.' };
    expect(backupCounts({ ...data, templates: [template] })).toContain('1 egen standardtekst');
    expect(counts.join(' ')).not.toContain('gennemsyn');
    const copy = { id: 'k', letterId: 'b', revision: 1, sentAt: '2008-05-17', paragraphs: [] };
    const feedback = {
      id: 'f',
      letterId: 'b',
      kind: 'comment' as const,
      author: 'A',
      text: 'x',
      importedAt: '2008-05-18',
    };
    expect(
      backupCounts({ ...data, reviewCopies: [copy], reviewFeedback: [feedback, { ...feedback, id: 'g' }] }),
    ).toEqual(
      expect.arrayContaining(['1 kopi sendt til gennemsyn', '2 kommentarer og ændringer fra gennemsyn']),
    );
    expect(backupCounts({ ...data, overrides: [override, { ...override, id: 'b' }] })).toContain(
      '2 manuelle statusser',
    );
  });

  describe('every export restores, and restores deep-equal (issue 11 item 5)', () => {
    const NOW = '2026-11-30T12:00:00.000Z';
    const fullLetter = {
      id: 'brev-ny',
      roundId: 'maj-2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
      state: 'til-gennemsyn' as const,
      variant: 'urge' as const,
      header: { date: '2008-05-16', dateStyle: 'long' as const, sagsnr: '2007-114951', doknr: '2008-1' },
      paragraphs: [{ id: 'p1', role: 'custom' as const, runs: [{ text: 'Kære' }], editedByUser: true }],
      dataFingerprint: 'abc',
      statusRule: 'development' as const,
      createdAt: '2008-05-16T09:00:00.000Z',
      updatedAt: '2008-05-17T09:00:00.000Z',
      revision: 4,
    };
    const fixtures: Record<string, (db: ReturnType<typeof freshDb>) => Promise<void>> = {
      'an empty database': async () => {},
      'the sample data': async (db) => {
        await seedSampleData(db);
      },
      'sample data with overrides of an area and an indicator': async (db) => {
        await seedSampleData(db);
        await db.overrides.bulkPut([
          {
            id: 'area:tryghed@maj-2008',
            roundId: 'maj-2008',
            scope: 'area',
            targetId: 'tryghed',
            status: 'yellow',
            reason: 'Ny opgørelsesmetode',
            createdAt: '2008-05-20T10:00:00.000Z',
          },
          {
            id: 'indicator:udd-1@maj-2008',
            roundId: 'maj-2008',
            scope: 'indicator',
            targetId: 'udd-1',
            status: 'green',
            reason: 'Tal fra forvaltningen',
            createdAt: '2008-05-20T10:00:00.000Z',
          },
        ]);
      },
      'letters stored by the first version (ids and dates only, no state)': async (db) => {
        await seedSampleData(db);
        // As schema v1 stored them (see database.test.ts): the upgrade added state and revision, nothing else.
        await db.table('letters').bulkPut([
          {
            id: 'brev-1',
            roundId: 'maj-2008',
            recipientCommitteeId: 'buu',
            updatedAt: '2008-05-16T09:00:00.000Z',
            state: 'kladde',
            revision: 0,
          },
          {
            id: 'brev-2',
            roundId: 'maj-2008',
            recipientCommitteeId: 'ukendt',
            state: 'sendt',
            updatedAt: '2008-05-17',
          },
          { ...fullLetter, id: 'brev-3', header: { date: '2008-05-16' }, paragraphs: [{ text: 'uden id' }] },
        ]);
        await db.table('templates').put({ id: 'context', label: 'Indledning', text: 'Kære {modtager}' });
      },
      'the review tables of schema v4 and a letter with a revision': async (db) => {
        await seedSampleData(db);
        await db.letters.put(fullLetter);
        await db.reviewCopies.put({
          id: 'kopi-1',
          letterId: 'brev-ny',
          revision: 4,
          sentAt: '2008-05-17T10:00:00.000Z',
          reviewer: 'Kontorchef',
          paragraphs: [{ id: 'p1', role: 'custom', text: 'Kære' }],
        });
        await db.reviewFeedback.bulkPut([
          {
            id: 'fb-1',
            letterId: 'brev-ny',
            reviewCopyId: 'kopi-1',
            kind: 'change',
            paragraphId: 'p1',
            author: 'Kontorchef',
            text: '',
            before: 'Kære',
            after: 'Kære formand',
            tracked: true,
            resolution: 'accepted',
            importedAt: '2008-05-18T10:00:00.000Z',
          },
        ]);
      },
      'remembered column mappings, one of them with a choice that is no field': async (db) => {
        await seedSampleData(db);
        await rememberMapping(db, STAFF_HEADER, STAFF_MAPPING);
        await db.importMappings.put({
          headerKey: 'a|b',
          columns: { A: 'area', B: 'constructor' },
          constants: { evilKey: 'x', unit: '%' },
          updatedAt: '2026-11-30T00:00:00.000Z',
        });
      },
      'settings rows planted by an old backup (constructor, evilKey, __proto__)': async (db) => {
        await seedSampleData(db);
        await db.settings.bulkPut([
          { key: 'constructor', value: { prototype: { x: 1 } } },
          { key: 'evilKey', value: '<script>' },
          { key: '__proto__', value: { polluted: true } },
        ]);
      },
    };

    it.each(Object.keys(fixtures))('%s', async (name) => {
      const source = freshDb();
      await fixtures[name]?.(source);
      const exported = await readBackupData(source, NOW);
      expect(
        Object.keys(exported.settings ?? {}).every((key) =>
          ['sender', 'statusSettings', 'datasetLabel', 'sampleOffered', 'letterhead'].includes(key),
        ),
      ).toBe(true);
      const parsed = parseBackup(new TextEncoder().encode(serializeBackup(exported, NOW)), 'kopi.json');
      if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
      expect(parsed.warnings).toEqual([]);

      const target = freshDb();
      await seedSampleData(target);
      await restoreBackup(target, parsed.data);
      expect(await readBackupData(target, NOW)).toEqual(exported);
      expect(await target.reviewCopies.toArray()).toEqual(await source.reviewCopies.toArray());
      expect(await target.reviewFeedback.toArray()).toEqual(await source.reviewFeedback.toArray());
      expect(await target.settings.get('evilKey')).toBeUndefined();
    });

    it('opens a first-version letter after the round trip as a complete draft', async () => {
      const source = freshDb();
      await fixtures['letters stored by the first version (ids and dates only, no state)']?.(source);
      const exported = await readBackupData(source, NOW);
      const parsed = parseBackup(new TextEncoder().encode(serializeBackup(exported, NOW)), 'kopi.json');
      if (!parsed.ok) throw new Error('refused');
      const target = freshDb();
      await restoreBackup(target, parsed.data);
      const letter = await target.letters.get('brev-1');
      expect(letter).toMatchObject({
        state: 'kladde',
        areaIds: expect.arrayContaining([expect.any(String)]) as unknown,
        header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
        paragraphs: [],
        revision: 0,
      });
      expect((await target.letters.get('brev-3'))?.paragraphs[0]).toEqual({
        text: 'uden id',
        id: 'p1',
        role: 'custom',
        runs: [],
        editedByUser: false,
      });
    });
  });

  describe('remembered column mappings travel with the backup', () => {
    /** The serialised backup as a person with a text editor sees and changes it. */
    type EditedMapping = Record<string, unknown> & {
      columns: Record<string, unknown>;
      roundLabels: Record<string, unknown>;
    };
    interface EditedJson {
      data: { importMappings?: EditedMapping[] };
    }
    const first = (json: EditedJson): EditedMapping => {
      const mapping = json.data.importMappings?.[0];
      if (!mapping) throw new Error('Sikkerhedskopien har ingen tilknytning');
      return mapping;
    };
    const roundTrip = (
      data: Awaited<ReturnType<typeof readBackupData>>,
      edit?: (json: EditedJson) => void,
    ) => {
      const json = JSON.parse(serializeBackup(data)) as EditedJson;
      edit?.(json);
      return parseBackup(new TextEncoder().encode(JSON.stringify(json)), 'kopi.json');
    };

    it('backup → clear → restore gives back the same data including the mappings', async () => {
      const db = freshDb();
      await seedSampleData(db);
      await rememberMapping(db, STAFF_HEADER, STAFF_MAPPING);
      const original = await readBackupData(db);
      expect(original.importMappings).toHaveLength(1);
      const storedBefore = await db.importMappings.toArray();
      const parsed = roundTrip(original);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(backupCounts(parsed.data)).toContain('1 husket kolonnetilknytning');

      await Promise.all(db.tables.map((table) => table.clear()));
      await restoreBackup(db, parsed.data);
      expect(await readBackupData(db)).toEqual(original);
      expect(await db.importMappings.toArray()).toEqual(storedBefore);
    });

    it('restores a backup from before mappings were backed up, keeping the mappings stored here', async () => {
      const db = freshDb();
      await seedSampleData(db);
      const parsed = roundTrip(await readBackupData(db), (json) => delete json.data.importMappings);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(parsed.warnings).toEqual([]);
      await rememberMapping(db, STAFF_HEADER, STAFF_MAPPING);
      await db.rounds.clear();
      await restoreBackup(db, parsed.data);
      expect((await loadDataset(db)).rounds.length).toBeGreaterThan(0);
      expect(await db.importMappings.count()).toBe(1);
    });

    it('refuses a malformed mapping in Danish, naming where, and nothing is restored', async () => {
      const db = freshDb();
      await seedSampleData(db);
      await rememberMapping(db, STAFF_HEADER, STAFF_MAPPING);
      const backup = await readBackupData(db);
      const cases: [string, (json: EditedJson) => void, string][] = [
        [
          'unknown key',
          (json) => (first(json).evilKey = 1),
          'importMappings[0]: har et felt, som Barometerbrev ikke kender: «evilKey».',
        ],
        [
          'choice that is no field',
          (json) => (first(json).columns['Enh.'] = 'constructor'),
          'importMappings[0].columns["Enh."]: skal være en af «area»',
        ],
        [
          'constant for no field',
          (json) => (first(json).constants = { hacked: 'x' }),
          'importMappings[0].constants: har et felt, som Barometerbrev ikke kender: «hacked».',
        ],
        [
          'round label that is no text',
          (json) => (first(json).roundLabels['Værdi 2008'] = 2008),
          'importMappings[0].roundLabels["Værdi 2008"]: skal være en tekst, men er et tal.',
        ],
        ['no header key', (json) => delete first(json).headerKey, 'importMappings[0].headerKey: mangler.'],
      ];
      await db.importMappings.clear();
      const before = await readBackupData(db);
      for (const [name, edit, expected] of cases) {
        const parsed = roundTrip(backup, edit);
        expect(parsed.ok, name).toBe(false);
        const said = parsed.ok ? [] : parsed.problems.map((found) => `${found.path ?? ''}: ${found.message}`);
        expect(said.join('\n'), name).toContain(expected);
        expect(parsed.ok ? [] : parsed.problems.map((found) => found.file), name).toContain('kopi.json');
      }
      // The data screen restores only a backup that parsed: what is stored stays as it was.
      expect(await readBackupData(db)).toEqual(before);
    });
  });

  describe('a restore refuses saves begun before it (issue 11 item 2)', () => {
    const draft: LetterDraft = {
      id: 'brev-buu',
      roundId: 'maj-2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
      state: 'kladde',
      variant: 'urge',
      header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '', doknr: '' },
      paragraphs: [
        { id: 'p1', role: 'custom', runs: [{ text: 'Som sikkerhedskopien' }], editedByUser: true },
      ],
      dataFingerprint: '',
      statusRule: 'development',
      createdAt: '2008-05-16T09:00:00.000Z',
      updatedAt: '2008-05-16T09:00:00.000Z',
    };
    const withText = (text: string): LetterDraft => ({
      ...draft,
      paragraphs: [{ id: 'p1', role: 'custom', runs: [{ text }], editedByUser: true }],
    });
    const reparse = (data: Awaited<ReturnType<typeof readBackupData>>) => {
      const parsed = parseBackup(new TextEncoder().encode(serializeBackup(data)), 'kopi.json');
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.data;
    };

    it('an editor that started before the restore, from the backup revision or a later one, is refused', async () => {
      const db = freshDb();
      await seedSampleData(db);
      await saveDraft(db, draft);
      const atBackup = await saveDraftIfUnchanged(db, withText('Som sikkerhedskopien'), 0);
      const backup = reparse(await readBackupData(db));
      let latest = atBackup;
      for (const text of ['Efter kopien', 'Endnu senere'])
        latest = await saveDraftIfUnchanged(db, withText(text), latest.revision ?? 0);
      expect(latest.revision).toBe((atBackup.revision ?? 0) + 2);

      await restoreBackup(db, backup);
      const restored = await db.letters.get(draft.id);
      expect(restored?.paragraphs[0]?.runs[0]?.text).toBe('Som sikkerhedskopien');
      expect(restored?.revision).toBeGreaterThan(latest.revision ?? 0);
      // The editor that typed «Endnu senere», and one still open on the backup's revision: both are asked.
      for (const base of [latest.revision ?? 0, atBackup.revision ?? 0]) {
        const refused = await saveDraftIfUnchanged(db, withText('Gammel fane'), base).catch(
          (error: unknown) => error,
        );
        expect(refused).toBeInstanceOf(DraftConflictError);
        expect((refused as DraftConflictError).current?.paragraphs[0]?.runs[0]?.text).toBe(
          'Som sikkerhedskopien',
        );
      }
      expect((await db.letters.get(draft.id))?.paragraphs[0]?.runs[0]?.text).toBe('Som sikkerhedskopien');
      // An editor that took the restored letter saves normally.
      await expect(
        saveDraftIfUnchanged(db, withText('Videre'), restored?.revision ?? 0),
      ).resolves.toMatchObject({ revision: (restored?.revision ?? 0) + 1 });
    });

    it("moves past a stored revision higher than the backup's and drops the editor window mark", async () => {
      const db = freshDb();
      await seedSampleData(db);
      await db.letters.put({ ...draft, revision: 2, editorSession: 'fane-a' });
      const backup = reparse(await readBackupData(db));
      await db.letters.put({ ...draft, revision: 9, editorSession: 'fane-b' });
      await restoreBackup(db, backup);
      const restored = await db.letters.get(draft.id);
      expect(restored?.revision).toBe(10);
      expect(restored?.editorSession).toBeUndefined();
    });
  });
});
