/**
 * The one rounding every figure goes through: the status rules compare rounded values, and every screen,
 * the letter and the annex print the same rounded values, so a light never contradicts the figure beside it.
 */

/** Clamps precision to 0–6 decimals; rounds half away from zero, free of float noise (1.005 → 1.01). */
export function roundToPrecision(value: number, precision: number): number {
  const digits = Math.min(6, Math.max(0, Math.round(precision) || 0));
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor + 0; // + 0 turns -0 into 0
}
