import { encodeWindows1252 } from './windows-1252';

export interface GenerateOptions {
  encoding: 'windows-1252' | 'utf-8-bom';
  delimiter: ';';
}

const AREAS = ['Beskæftigelse', 'Uddannelse', 'Bolig', 'Tryghed', 'Kultur og fritid', 'Sundhed og omsorg'];
const MONTHS = [
  'Januar',
  'Februar',
  'Marts',
  'April',
  'Maj',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'December',
];
const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';

/**
 * A valid import file as Danish Excel writes it (";" and decimal comma; æ, ø, å, é and – in the
 * text), for tests and benchmarks. Deterministic: the same arguments give the same bytes.
 * Indicators × monthly rounds; the first indicator of each area is its main indicator.
 */
export function generateImportCsv(rowCount: number, options: GenerateOptions): Uint8Array {
  const roundCount = Math.max(1, Math.min(rowCount, 120));
  const indicatorCount = Math.ceil(rowCount / roundCount);
  let seed = 20080516;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = [HEADER];
  for (let indicator = 0; indicator < indicatorCount && lines.length <= rowCount; indicator++) {
    const area = AREAS[indicator % AREAS.length] ?? '';
    const isMain = indicator < AREAS.length;
    const up = indicator % 3 !== 2;
    const baseline = 20 + Math.round(random() * 600) / 10;
    const target = up ? baseline + 10 : baseline - 10;
    const name = `Andel borgere i ${area.toLowerCase()} – måling nr. ${indicator + 1} (café-/fritidsliv, Østerbro)`;
    for (let round = 0; round < roundCount && lines.length <= rowCount; round++) {
      const label = `${MONTHS[round % 12] ?? ''} ${2000 + Math.floor(round / 12)}`;
      const value = round % 17 === 5 ? '' : comma(baseline + (random() - 0.3) * 8);
      lines.push(
        [
          area,
          `ind-${indicator + 1}`,
          name,
          isMain ? 'ja' : 'nej',
          '%',
          up ? 'op' : 'ned',
          label,
          value,
          '1999',
          comma(baseline),
          '2015',
          comma(target),
        ].join(';'),
      );
    }
  }
  const text = `${lines.join('\r\n')}\r\n`;
  if (options.encoding === 'windows-1252') return encodeWindows1252(text);
  return new TextEncoder().encode(`\ufeff${text}`);
}

function comma(value: number): string {
  return value.toFixed(1).replace('.', ',');
}
