import { definiteFormFor } from '../domain/defaults';
import type { Area } from '../domain/types';

/** An area first named by an import file; its definite form follows the domain's rule (the user can edit it). */
export function newArea(id: string, name: string, sortOrder: number): Area {
  return { id, name, definiteForm: definiteFormFor(name), sortOrder };
}
