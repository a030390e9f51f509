import type { Status, StatusOverride } from '../../shared/domain/types';
import { overrideId } from '../../shared/domain/ids';
import type { BarometerDb } from './database';

export interface OverrideInput {
  scope: StatusOverride['scope'];
  targetId: string;
  roundId: string;
  status: Status;
  reason: string;
}

/** Danish message when the input cannot be saved, else null. A status override must always say why. */
export function validateOverride(input: OverrideInput): string | null {
  if (input.reason.trim() === '') return 'Skriv en begrundelse: en ændret status skal altid begrundes.';
  return null;
}

/** Saves (or replaces) the one override for this target and round. */
export async function saveOverride(
  db: BarometerDb,
  input: OverrideInput,
  now = new Date(),
): Promise<StatusOverride> {
  const problem = validateOverride(input);
  if (problem) throw new Error(problem);
  const override: StatusOverride = {
    id: overrideId(input.scope, input.targetId, input.roundId),
    roundId: input.roundId,
    scope: input.scope,
    targetId: input.targetId,
    status: input.status,
    reason: input.reason.trim(),
    createdAt: now.toISOString(),
  };
  await db.overrides.put(override);
  return override;
}

export async function removeOverride(db: BarometerDb, id: string): Promise<void> {
  await db.overrides.delete(id);
}
