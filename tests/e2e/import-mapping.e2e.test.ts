import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../shared/import/xlsx-workbook';
import { buildXlsx } from '../fixtures/import/build-xlsx';
import type { StaticServer } from '../../scripts/static-server';
import { openApp, startServer, type AppSession } from './harness';

/**
 * A staff spreadsheet with its own headers, title rows and one column per round goes through the mapping
 * step to a stored import; the next file with the same header row gets the same mapping from memory.
 */

// «Måles i» with «% af årgangen» says nothing the guess knows: the unit has to be chosen in the step.
const HEADER =
  'Politikområde;Nr.;Indikator;Hovedindikator (ja/nej);Måles i;Retning;Basisår;Basis;Målår;Mål;Maj 2006;Maj 2007;Maj 2008';

function staffFile(rows: string[]): string {
  return [
    'Integrationsbarometer – eget regneark',
    'Opdateret af sekretariatet',
    '',
    HEADER,
    ...rows,
    '',
    'Kilde: Københavns Kommune',
  ].join('\r\n');
}

const FIRST = staffFile([
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;% af årgangen;op;2006;45,0;2010;55,0;45,0;46,0;47,5',
  'Uddannelse;udd-1;Unge med en ungdomsuddannelse;ja;% af årgangen;op;2006;60,0;2010;70,0;60,0;59,0;..',
]);
const SECOND = staffFile([
  'Bolig;bol-1;Blandede boligområder;ja;% af årgangen;op;2006;30,0;2010;40,0;30,0;31,0;33,0',
]);

describe('import mapping in browser mode', () => {
  let server: StaticServer;
  let app: AppSession;
  let files: string;

  beforeAll(async () => {
    server = await startServer();
    app = await openApp(server, { hash: '#/data', viewport: { width: 1280, height: 900 } });
    files = mkdtempSync(join(tmpdir(), 'barometerbrev-mapping-e2e-'));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  function write(name: string, text: string): string {
    const path = join(files, name);
    writeFileSync(path, `\ufeff${text}\r\n`);
    return path;
  }

  it('maps unknown headers, reads the wide table and stores it after the preview', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByLabel('Vælg fil til import').setInputFiles(write('eget-2008.csv', FIRST));
    await page.getByRole('heading', { name: 'Tilknyt kolonner' }).waitFor();
    // The title rows and the footnote are shown as skipped; the header row is found.
    const mapping = page.locator('.import-mapping');
    expect(await mapping.innerText()).toContain('Række 1: Integrationsbarometer – eget regneark');
    expect(await mapping.innerText()).toContain('Række 8: Kilde: Københavns Kommune');
    expect(await page.getByLabel('Overskriftsrække').inputValue()).toBe('4');
    // One column per round, recognised.
    expect(await mapping.locator('.banner-info').innerText()).toContain(
      '«Maj 2006», «Maj 2007» og «Maj 2008»',
    );
    // «Måles i» is not guessed: the unit is named as missing and nothing can be imported yet.
    const unit = page.getByLabel('Kolonne E «Måles i» indeholder');
    expect(await unit.inputValue()).toBe('ignore');
    expect(await page.getByText('Mangler stadig: «enhed».').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Importér', exact: true }).count()).toBe(0);
    // «Brug tilknytningen» waits for the unit, and says why.
    const apply = page.getByRole('button', { name: 'Brug tilknytningen' });
    expect(await apply.isDisabled()).toBe(true);
    const reasonId = await apply.getAttribute('aria-describedby');
    expect(await page.locator(`#${reasonId ?? 'none'}`).innerText()).toContain('Mangler stadig: «enhed».');
    // The preview does not call the pending mapping an error in the file; it names what is still to choose,
    // and the file's two data rows are counted.
    const review = page.locator('.import-review');
    expect(await review.innerText()).toContain('Fil: eget-2008.csv (2 rækker)');
    expect(await page.locator('.problem-error').count()).toBe(0);
    expect(await review.innerText()).not.toContain('Ret filen');
    expect(await page.locator('.import-preview').innerText()).toContain(
      'Vælg først en kolonne eller en værdi for alle rækker til «enhed» i «Tilknyt kolonner» ovenfor',
    );

    await unit.selectOption('unit');
    expect(await apply.isDisabled()).toBe(false);
    expect(await apply.getAttribute('aria-describedby')).toBeNull();
    await page.getByText('Vises, når du har trykket «Brug tilknytningen» ovenfor.').waitFor();
    await apply.click();
    await page.getByRole('list', { name: 'Optælling' }).waitFor();
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 2');
    expect(counts).toContain('Nye målinger: 3');
    expect(counts).toContain('Nye værdier: 6');
    mkdirSync('tests/.artifacts', { recursive: true });
    await page.locator('.import-review').screenshot({ path: 'tests/.artifacts/import-mapping-step.png' });
    await mapping.screenshot({ path: 'tests/.artifacts/import-mapping.png' });
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page
      .getByText('«eget-2008.csv» er importeret: 2 områder, 2 indikatorer, 3 målinger og 6 værdier.')
      .waitFor();
  });

  it('offers the remembered mapping for the next file with the same header row, and can forget it', async () => {
    const { page } = app;
    await page.getByLabel('Vælg fil til import').setInputFiles(write('eget-bolig.csv', SECOND));
    await page
      .getByText('Tilknytningen er husket fra en tidligere fil med samme overskriftsrække.')
      .waitFor();
    expect(await page.getByLabel('Kolonne E «Måles i» indeholder').inputValue()).toBe('unit');
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 1');
    expect(counts).toContain('Nye værdier: 3');
    // A choice changed after the file was read: the preview is out of date, so «Importér» waits for
    // «Brug tilknytningen» (QA: it imported the old mapping); changed back, it is offered again.
    const may2008 = page.getByLabel('Kolonne M «Maj 2008» indeholder');
    await may2008.selectOption('ignore');
    await page.getByText(/^Du har ændret tilknytningen\./).waitFor();
    expect(await page.getByRole('button', { name: 'Importér', exact: true }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Optælling' }).count()).toBe(0);
    await may2008.selectOption('roundColumn');
    await page.getByRole('list', { name: 'Optælling' }).waitFor();
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('«eget-bolig.csv» er importeret').waitFor();

    // Forgetting: the same file is guessed afresh, and the unit is missing again.
    await page.getByLabel('Vælg fil til import').setInputFiles(write('eget-bolig-igen.csv', SECOND));
    await page.getByRole('button', { name: 'Glem tilknytning' }).click();
    await page.getByText('Mangler stadig: «enhed».').waitFor();
    expect(await page.getByLabel('Kolonne E «Måles i» indeholder').inputValue()).toBe('ignore');
    expect(await page.getByText('Tilknytningen er husket').count()).toBe(0);
    await page.getByRole('button', { name: 'Luk' }).click();
    expect(app.consoleErrors).toEqual([]);
  });

  it('guesses «Enh.» as the unit and shows an .xlsx’s numbers with a decimal comma, date headers as rounds', async () => {
    const { page } = app;
    const path = join(files, 'barometer-eget.xlsx');
    const may = (year: number) => new Date(Date.UTC(year, 4, 1));
    writeFileSync(
      path,
      buildXlsx([
        {
          name: 'Data',
          rows: [
            ['Politikområde', 'Nr.', 'Indikator', 'Hovedindikator', 'Enh.', 'Retning', may(2006), may(2007)],
            ['Sundhed', 'sun-1', 'Røgfri unge', 'ja', '%', 'op', 9.5, 52.3],
            ['Sundhed', 'sun-2', 'Fysisk aktive', 'nej', 'pct.', 'op', 51, 12.25],
          ],
        },
      ]),
    );
    await page.getByLabel('Vælg fil til import').setInputFiles(path);
    await page.getByRole('heading', { name: 'Tilknyt kolonner' }).waitFor();
    expect(await page.getByLabel('Kolonne E «Enh.» indeholder').inputValue()).toBe('unit');
    const rows = page.locator('.mapping-table tbody tr');
    expect(await rows.nth(6).innerText()).toMatch(/^G\s+Maj 2006\s+9,5 · 51\b/);
    expect(await rows.nth(7).innerText()).toContain('52,3 · 12,25');
    expect(await page.locator('.mapping-table').innerText()).not.toContain('2006-05-01');
    expect(await page.getByLabel('Kolonne H «Maj 2007» indeholder').inputValue()).toBe('roundColumn');
    // Every required field but the baseline and target has a column; those are still to be given.
    const apply = page.getByRole('button', { name: 'Brug tilknytningen' });
    expect(await apply.isDisabled()).toBe(true);
    expect(await page.locator('.import-review').innerText()).toContain('Fil: barometer-eget.xlsx (2 rækker)');
    await page.locator('.import-review').screenshot({ path: 'tests/.artifacts/import-mapping-pending.png' });
    await page.getByRole('button', { name: 'Luk' }).click();
  });

  it('asks before adding a round that has a stored round’s period under another label', async () => {
    const { page } = app;
    const file = write(
      'rettelse.csv',
      [
        'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi',
        'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;% af årgangen;op;2008-05;48,0;2006;45,0;2010;55,0',
      ].join('\r\n'),
    );
    await page.getByLabel('Vælg fil til import').setInputFiles(file);
    const question = page.locator('.round-question');
    await question.waitFor();
    expect(await question.innerText()).toContain('«2008-05» = «Maj 2008»');
    // No import before the answer.
    expect(await page.getByRole('button', { name: 'Importér', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Ja, brug de gemte målinger' }).click();
    await page.getByText('Værdierne lægges på de gemte målinger; der kommer ingen nye målinger.').waitFor();
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Ændrede værdier: 1');
    expect(counts).not.toContain('Nye målinger');
    await question.screenshot({ path: 'tests/.artifacts/import-round-question.png' });
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('«rettelse.csv» er importeret: 1 værdi.').waitFor();
  });

  it('picks another sheet, and imports a statbank table as one indicator with its fields typed in', async () => {
    const { page } = app;
    const path = join(files, 'statistikbanken.xlsx');
    writeFileSync(
      path,
      buildXlsx([
        { name: 'Noter', rows: [['Udtræk fra Statistikbanken, RAS200'], ['Tal i procent']] },
        {
          name: 'RAS200',
          rows: [
            ['Beskæftigelsesfrekvens (16-64 år) efter område og tid'],
            [],
            ['OMRÅDE', 'TID', 'INDHOLD'],
            ['København', '2008K1', 71.2],
            ['København', '2008K2', '..'],
            [],
            ['Kilde: Danmarks Statistik'],
          ],
        },
      ]),
    );
    await page.getByLabel('Vælg fil til import').setInputFiles(path);
    await page.getByRole('heading', { name: 'Tilknyt kolonner' }).waitFor();
    const sheet = page.getByLabel('Ark');
    expect(await sheet.inputValue()).toBe('Noter');
    expect(await sheet.locator('option').allInnerTexts()).toEqual([
      'Noter (2 rækker, 1 kolonner)',
      'RAS200 (5 rækker, 3 kolonner)',
    ]);
    await sheet.selectOption('RAS200');
    await page.getByLabel('Kolonne C «INDHOLD» indeholder').waitFor();
    expect(await page.getByLabel('Kolonne A «OMRÅDE» indeholder').inputValue()).toBe('area');
    expect(await page.getByLabel('Kolonne B «TID» indeholder').inputValue()).toBe('round');
    expect(await page.getByLabel('Kolonne C «INDHOLD» indeholder').inputValue()).toBe('value');
    const given: [string, string][] = [
      ['Indikatorens id', 'besk-kbh'],
      ['Indikatorens navn', 'Beskæftigelsesfrekvens, København'],
      ['Hovedindikator (ja/nej)', 'ja'],
      ['Enhed', '%'],
      ['Retning (op/ned)', 'op'],
      ['Basisperiode', '2006'],
      ['Basisværdi', '70'],
      ['Målperiode', '2010'],
      ['Målværdi', '75'],
    ];
    const step = page.locator('.import-mapping');
    for (const [label, value] of given) await step.getByLabel(label, { exact: true }).fill(value);
    // Typed key by key, the field keeps its focus and every letter.
    const name = step.getByLabel('Indikatorens navn', { exact: true });
    await name.fill('');
    await name.pressSequentially('Beskæftigelse, Kbh.');
    expect(await name.inputValue()).toBe('Beskæftigelse, Kbh.');
    expect(await page.getByText('Mangler stadig').count()).toBe(0);
    await page.getByRole('button', { name: 'Brug tilknytningen' }).click();
    await page.getByRole('list', { name: 'Optælling' }).waitFor();
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 1');
    expect(counts).toContain('Nye værdier: 2');
    // 2008K2 is placed at May 2008, the period of the stored «Maj 2008»: asked, and kept apart here.
    expect(await page.locator('.round-question').innerText()).toContain('«2008K2» = «Maj 2008»');
    await page.getByRole('button', { name: 'Nej, tilføj som nye målinger' }).click();
    await page.getByText('Målingerne tilføjes som nye målinger ved siden af de gemte.').waitFor();
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page
      .getByText('«statistikbanken.xlsx» er importeret: 1 område, 1 indikator, 2 målinger og 2 værdier.')
      .waitFor();
  });

  it('reads an .ods saved by LibreOffice Calc (date, percent and formula cells) in the browser', async () => {
    const { page } = app;
    await page
      .getByLabel('Vælg fil til import')
      .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import', 'calc', 'long.ods'));
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    // The app's own layout: no mapping step. «Maj 2008» became a date cell in Calc and is the stored round.
    expect(await page.getByRole('heading', { name: 'Tilknyt kolonner' }).count()).toBe(0);
    const counts = await page.getByRole('list', { name: 'Optælling' }).innerText();
    expect(counts).toContain('Nye indikatorer: 3'); // udd-1 came with the first file
    expect(counts).not.toContain('Nye målinger');
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('«long.ods» er importeret').waitFor();
  });

  it('«Hent skabelon» downloads an .xlsx in the exact layout with an example row', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('barometer-skabelon.xlsx');
    const path = await download.path();
    const sheets = readXlsxWorkbook(new Uint8Array(readFileSync(path)));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Data', 'Vejledning']);
    expect(sheets[0]?.rows[0]?.slice(0, 3)).toEqual(['område', 'indikator_id', 'indikator']);
    expect(sheets[0]?.rows).toHaveLength(2);
  });
});
