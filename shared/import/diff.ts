import type { Area, BarometerDataset, Indicator, Measurement, Round } from '../domain/types';
import { capitalize } from '../domain/wording';
import { indicatorDifferences } from './indicator-fields';
import type { ImportRecords } from './records';

export type DiffableData = Pick<BarometerDataset, 'areas' | 'indicators' | 'rounds' | 'measurements'>;

export interface FieldChange {
  field: string;
  /** Danish label for the preview: "Målværdi". */
  label: string;
  from: string;
  to: string;
}

export interface RecordChange {
  id: string;
  /** What the user calls the record: the indicator's name or the round's label. */
  name: string;
  changes: FieldChange[];
}

export interface MeasurementChange {
  id: string;
  indicatorId: string;
  roundId: string;
  from: number | null;
  to: number | null;
}

export interface ImportPreview {
  newAreas: Area[];
  newIndicators: Indicator[];
  changedIndicators: RecordChange[];
  newRounds: Round[];
  changedRounds: RecordChange[];
  newMeasurements: Measurement[];
  changedMeasurements: MeasurementChange[];
  /**
   * Indicators and values in the file that are already stored exactly so. Areas and rounds the file only
   * names (an existing area, the round its values belong to) are not counted: the file brings nothing there.
   */
  unchanged: number;
}

interface Plan {
  preview: ImportPreview;
  upsert: ImportRecords;
}

/** What an import would add and change, field by field, before the user confirms it. */
export function diffImport(existing: DiffableData, incoming: ImportRecords): ImportPreview {
  return plan(existing, incoming).preview;
}

/**
 * The records to write (new and changed only). Existing records keep their place (sortOrder) and a
 * precision the user chose when the file only implied one; new records go after the existing.
 * Importing the same file again therefore writes nothing.
 */
export function applyImport(existing: DiffableData, incoming: ImportRecords): ImportRecords {
  return plan(existing, incoming).upsert;
}

/** A preview with nothing new, changed or unchanged yet: what `diffImport` starts from. */
export function emptyImportPreview(): ImportPreview {
  return {
    newAreas: [],
    newIndicators: [],
    changedIndicators: [],
    newRounds: [],
    changedRounds: [],
    newMeasurements: [],
    changedMeasurements: [],
    unchanged: 0,
  };
}

function plan(existing: DiffableData, incoming: ImportRecords): Plan {
  const preview = emptyImportPreview();
  const upsert: ImportRecords = { areas: [], indicators: [], rounds: [], measurements: [] };
  const areaNames = new Map([...existing.areas, ...incoming.areas].map((area) => [area.id, area.name]));

  const existingAreas = byId(existing.areas);
  const areaOffset = nextSortOrder(existing.areas);
  for (const area of incoming.areas) {
    if (!existingAreas.has(area.id)) {
      const placed = { ...area, sortOrder: areaOffset + upsert.areas.length };
      preview.newAreas.push(placed);
      upsert.areas.push(placed);
    }
  }

  const existingIndicators = byId(existing.indicators);
  const indicatorOffset = nextSortOrder(existing.indicators);
  const inferred = new Set(incoming.inferredPrecision ?? []);
  for (const indicator of incoming.indicators) {
    const old = existingIndicators.get(indicator.id);
    if (!old) {
      const placed = { ...indicator, sortOrder: indicatorOffset + preview.newIndicators.length };
      preview.newIndicators.push(placed);
      upsert.indicators.push(placed);
      continue;
    }
    const merged: Indicator = {
      ...indicator,
      sortOrder: old.sortOrder,
      precision: inferred.has(indicator.id) ? old.precision : indicator.precision,
    };
    const changes = indicatorChanges(old, merged, areaNames);
    if (changes.length === 0) preview.unchanged++;
    else {
      preview.changedIndicators.push({ id: indicator.id, name: indicator.name, changes });
      upsert.indicators.push(merged);
    }
  }

  const existingRounds = byId(existing.rounds);
  for (const round of incoming.rounds) {
    const old = existingRounds.get(round.id);
    if (!old) {
      preview.newRounds.push(round);
      upsert.rounds.push(round);
      continue;
    }
    // A file without a publication date must not erase the one the user entered.
    const merged: Round = { ...old, label: round.label, period: round.period };
    const publishedOn = round.publishedOn ?? old.publishedOn;
    if (publishedOn !== undefined) merged.publishedOn = publishedOn;
    const changes = roundChanges(old, merged);
    if (changes.length > 0) {
      preview.changedRounds.push({ id: round.id, name: round.label, changes });
      upsert.rounds.push(merged);
    }
  }

  const existingMeasurements = byId(existing.measurements);
  for (const measurement of incoming.measurements) {
    const old = existingMeasurements.get(measurement.id);
    if (!old) {
      preview.newMeasurements.push(measurement);
      upsert.measurements.push(measurement);
    } else if (old.value === measurement.value) preview.unchanged++;
    else {
      const { id, indicatorId, roundId } = measurement;
      preview.changedMeasurements.push({ id, indicatorId, roundId, from: old.value, to: measurement.value });
      upsert.measurements.push(measurement);
    }
  }
  return { preview, upsert };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function nextSortOrder(records: readonly { sortOrder: number }[]): number {
  return records.reduce((max, record) => Math.max(max, record.sortOrder + 1), 0);
}

function indicatorChanges(old: Indicator, next: Indicator, areaNames: Map<string, string>): FieldChange[] {
  const areaName = (id: string) => areaNames.get(id) ?? id;
  return indicatorDifferences(old, next, { areaName }).map(({ field, first, second }) => ({
    field: field.path,
    label: capitalize(field.label),
    from: first,
    to: second,
  }));
}

function roundChanges(old: Round, next: Round): FieldChange[] {
  return changed([
    ['label', 'Navn', old.label, next.label],
    ['period', 'Periode', old.period, next.period],
    ['publishedOn', 'Offentliggjort', old.publishedOn ?? '', next.publishedOn ?? ''],
  ]);
}

function changed(rows: [string, string, string, string][]): FieldChange[] {
  return rows
    .filter(([, , from, to]) => from !== to)
    .map(([field, label, from, to]) => ({ field, label, from, to }));
}
