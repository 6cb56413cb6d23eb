import { isNewline, previousLeaf } from '../utils/cst.js';
import type { Exercise } from '../generated/ast.js';
import { MUSCLES, REGIONS, REGION_MUSCLES, type Muscle, type Region } from '../facts/defaults.js';
import { perObject } from '../utils/per-object.js';

export type ExerciseKind = 'strength' | 'cardio' | 'mobility';

/** What the model needs to know of a declared exercise (SPEC §2.3), read once per declaration. */
export interface ExerciseInfo {
    readonly node: Exercise;
    readonly name: string;
    readonly aliases: readonly string[];
    readonly primary: readonly Muscle[];
    readonly secondary: readonly Muscle[];
    /** The regions its primary muscles belong to (SPEC §3.4), in the order of REGIONS. */
    readonly regions: readonly Region[];
    readonly mechanic?: 'compound' | 'isolation';
    readonly kind: ExerciseKind;
    readonly impact?: 'high' | 'low';
    readonly description?: string;
}

export const exerciseInfo = perObject((node: Exercise): ExerciseInfo => {
    const primary = node.primary.map(toMuscle).filter(isMuscle);
    return {
        node,
        name: node.name,
        aliases: node.aliases,
        primary,
        regions: REGIONS.filter((region) => primary.some((muscle) => (REGION_MUSCLES[region] as readonly Muscle[]).includes(muscle))),
        secondary: node.secondary.map(toMuscle).filter(isMuscle),
        mechanic: lower(node.mechanics[0]) as ExerciseInfo['mechanic'],
        kind: (lower(node.kinds[0]) ?? 'strength') as ExerciseKind,
        impact: lower(node.impacts[0]) as ExerciseInfo['impact'],
        description: docComment(node),
    };
});

/** A muscle as written ("Lower  Back") in the vocabulary's spelling, or undefined when it is not in it. */
export function toMuscle(written: string): Muscle | undefined {
    const normal = written.toLowerCase().replace(/\s+/g, ' ').trim();
    return MUSCLES.find((muscle) => muscle === normal);
}

function isMuscle(muscle: Muscle | undefined): muscle is Muscle {
    return muscle !== undefined;
}

function lower(text: string | undefined): string | undefined {
    return text?.toLowerCase();
}

/** The text of a `/** … *\/` comment right before the declaration. */
function docComment(node: Exercise): string | undefined {
    // The comment is separated from the declaration by the newline that ends it: look past newlines only.
    let comment = node.$cstNode && previousLeaf(node.$cstNode);
    while (comment && isNewline(comment)) comment = previousLeaf(comment);
    if (!comment?.hidden || !comment.text.startsWith('/**') || !comment.text.endsWith('*/')) return undefined;
    const text = comment.text
        .slice(3, -2)
        .split(/\r?\n/)
        .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    return text || undefined;
}
