import type { Item } from '../generated/ast.js';
import { isWordOf } from '../facts/vocabulary.js';

/**
 * What an item's prescription looks like, read from its syntax alone (linking runs before the week model exists):
 * sets of reps (`4x10`, `3xAMRAP`), like cardio (a duration or distance, `8x400m`), sets of a duration (`3x45s`,
 * `6x3min`: holds of a strength exercise, repeats of a cardio one), or none written.
 */
export type PrescriptionShape = 'reps' | 'cardio' | 'timed' | 'none';

export function prescriptionShape(item: Item): PrescriptionShape {
    if (item.amount) return 'cardio';
    const [first] = item.groups;
    if (!first) return 'none';
    if (!first.unit) return 'reps';
    return isWordOf(first.unit, 'distance-unit') ? 'cardio' : 'timed';
}
