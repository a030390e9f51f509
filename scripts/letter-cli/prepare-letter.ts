import { defaultCommittees, defaultSender, defaultStatusSettings } from '../../shared/domain/defaults';
import { slugifyAreaName } from '../../shared/domain/ids';
import { latestRound } from '../../shared/domain/rounds';
import { computeAreaStatuses } from '../../shared/domain/status';
import type { Area, BarometerDataset, Committee, Round } from '../../shared/domain/types';
import { formatProblem, type ImportProblem } from '../../shared/import/problems';
import type { ImportParseResult } from '../../shared/import/import-file';
import { composeFromRequest, type LetterRequest } from '../../shared/letter/compose-request';
import { groupAreasByStatus } from '../../shared/letter/progress-paragraph';
import type { ComposedLetter, LetterTemplate, TemplateId } from '../../shared/letter/types';
import type { LetterCliOptions } from './args';

/** A problem with the data or with what was asked of it; the message is Danish and says where. */
export class CliDataError extends Error {}

const TEMPLATE_IDS: readonly TemplateId[] = ['context', 'results', 'call', 'acknowledge', 'closing'];

/** Templates kept in a backup, when they look like templates; anything else falls back to the defaults. */
function backupTemplates(raw: unknown[] | undefined): LetterTemplate[] {
  return (raw ?? []).filter((item): item is LetterTemplate => {
    if (typeof item !== 'object' || item === null) return false;
    const candidate = item as Partial<Record<keyof LetterTemplate, unknown>>;
    return (
      TEMPLATE_IDS.includes(candidate.id as TemplateId) &&
      typeof candidate.text === 'string' &&
      typeof candidate.label === 'string'
    );
  });
}

export interface LoadedData {
  dataset: BarometerDataset;
  templates: LetterTemplate[];
  warnings: string[];
}

/** An import result as a dataset: a backup brings its own committees and sender; CSV/XLSX get the defaults. */
export function datasetFromImport(result: ImportParseResult): LoadedData {
  const errors = result.problems.filter((problem: ImportProblem) => problem.severity === 'error');
  if (errors.length > 0) {
    const listed = errors.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`);
    if (errors.length > 20) listed.push(`  … og ${errors.length - 20} fejl mere.`);
    throw new CliDataError(`Datafilen kan ikke bruges:\n${listed.join('\n')}`);
  }
  const warnings = result.problems.filter((problem) => problem.severity === 'warning').map(formatProblem);
  if (result.backup) {
    const { data } = result.backup;
    return { dataset: data, templates: backupTemplates(data.templates), warnings };
  }
  const { areas, indicators, rounds, measurements } = result.records;
  const dataset: BarometerDataset = {
    areas,
    indicators,
    rounds,
    measurements,
    committees: defaultCommittees(),
    overrides: [],
    statusSettings: defaultStatusSettings(),
    sender: defaultSender(),
  };
  return { dataset, templates: [], warnings };
}

function findRound(dataset: BarometerDataset, wanted: string | undefined): Round {
  if (wanted === undefined) {
    const latest = latestRound(dataset.rounds);
    if (!latest) throw new CliDataError('Datafilen indeholder ingen målinger.');
    return latest;
  }
  const lowered = wanted.toLocaleLowerCase('da-DK');
  const round =
    dataset.rounds.find((r) => r.id === wanted) ??
    dataset.rounds.find((r) => r.label.toLocaleLowerCase('da-DK') === lowered || r.period === wanted);
  if (!round) {
    const known = dataset.rounds.map((r) => `«${r.label}» (${r.id})`).join(', ');
    throw new CliDataError(
      `Målingen «${wanted}» findes ikke i datafilen. Kendte målinger: ${known || 'ingen'}.`,
    );
  }
  return round;
}

function findCommittee(dataset: BarometerDataset, id: string): Committee {
  const committee = dataset.committees.find((c) => c.id === id);
  if (!committee) {
    const known = dataset.committees.map((c) => c.id).join(', ');
    throw new CliDataError(`Udvalget «${id}» findes ikke. Kendte udvalg: ${known}.`);
  }
  return committee;
}

/** An area by id or by its Danish name ("Kultur og fritid" → kultur-og-fritid). */
function findArea(dataset: BarometerDataset, wanted: string): Area {
  const id = slugifyAreaName(wanted);
  const area = dataset.areas.find((a) => a.id === wanted || a.id === id);
  if (!area) {
    const known = dataset.areas.map((a) => a.id).join(', ');
    throw new CliDataError(`Indsatsområdet «${wanted}» findes ikke i datafilen. Kendte områder: ${known}.`);
  }
  return area;
}

export interface PreparedLetter {
  letter: ComposedLetter;
  areaIds: string[];
  roundLabel: string;
}

/** Data + options → the composed letter. `today` is the default date (ISO). */
export function prepareLetter(loaded: LoadedData, options: LetterCliOptions, today: string): PreparedLetter {
  const dataset: BarometerDataset = options.rule
    ? { ...loaded.dataset, statusSettings: { ...loaded.dataset.statusSettings, rule: options.rule } }
    : loaded.dataset;
  const round = findRound(dataset, options.round);
  const committee = findCommittee(dataset, options.committee);
  const areaStatuses = computeAreaStatuses(dataset, round.id);

  let areaIds: string[];
  if (options.areas) {
    areaIds = options.areas.map((wanted) => findArea(dataset, wanted).id);
  } else {
    const own = dataset.areas.filter((area) => committee.areaIds.includes(area.id));
    const { setback } = groupAreasByStatus(own, areaStatuses);
    // With no red/yellow area the committee's own areas make an acknowledging letter rather than an empty one.
    areaIds = (setback.length > 0 ? setback.map((entry) => entry.area) : own)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((area) => area.id);
  }

  // The same composition as the app's, so the file matches what the app would write (fingerprint included).
  const request: LetterRequest = {
    roundId: round.id,
    recipientCommitteeId: committee.id,
    areaIds,
    header: {
      date: options.date ?? today,
      dateStyle: options.dateStyle,
      sagsnr: options.sagsnr,
      doknr: options.doknr,
    },
  };
  const letter = composeFromRequest(dataset, loaded.templates, request, areaStatuses);
  return { letter, areaIds, roundLabel: round.label };
}
