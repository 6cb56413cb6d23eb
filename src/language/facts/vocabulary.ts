import type { ExerciseKind } from '../model/exercise-info.js';
import { WORDS } from './vocabulary-words.js';

/**
 * The language's words (SPEC §2): every keyword of the grammar with what it is, how it is written and what it means.
 * Completion, hover, semantic highlighting and quick fixes read them from here; test/language/facts checks that
 * this list and the grammar's keywords are the same. A keyword with two roles (`rest`, `strength`) has an entry
 * for each.
 */
export type WordCategory =
    /** A statement of the plan's header: `plan`, `goal`, … */
    | 'header'
    /** `exercise`, a declaration: anywhere in the plan. */
    | 'declaration'
    /** A clause of a declaration that takes a value: `alias`, `primary`, `secondary`, `impact`. */
    | 'clause'
    | 'mechanic' | 'kind' | 'impact'
    | 'weekday'
    /** What may follow a session's weekday: `at`, `rest`. */
    | 'session'
    | 'goal'
    /** Words of a set group: `each`, `amrap`. */
    | 'set'
    /** `@`, which a load follows. */
    | 'load'
    /** `RPE`, `RIR`: a load on a scale. */
    | 'scale'
    | 'zone'
    | 'effort'
    | 'modifier'
    /** A word a modifier takes: `last` of `drop last`. */
    | 'modifier-argument'
    /** Units written right after their number: `140kg`, `75%`, `30min`, `5km`. */
    | 'weight-unit' | 'load-unit' | 'time-unit' | 'distance-unit'
    /** What a `%` is of: `HRmax`, `FTP`. */
    | 'percent-of'
    /** `-`: a range, or a negative number. */
    | 'operator'
    /** `,`: it separates list entries and means nothing alone. */
    | 'separator';

export interface Word {
    /** The keyword as the grammar spells it, in lower case (keywords are case-insensitive). */
    readonly keyword: string;
    readonly category: WordCategory;
    /** How it is written where not as the keyword (`RPE`, `Z1`). */
    readonly written?: string;
    /** The word this one is another spelling of (`mon` of `monday`, `lbs` of `lb`): understood, never offered. */
    readonly spellingOf?: string;
    /** The usage on one line, starting with the word as written: `drop 4-5 | 4,5 | last`. */
    readonly syntax: string;
    /** A shorter usage where the syntax is long, for one line beside a completion (else the syntax). */
    readonly detail?: string;
    /** What it means, in Markdown: one or a few sentences. */
    readonly meaning: string;
    /** A snippet that writes the usage, for editors that take snippets. */
    readonly snippet?: string;
    /** The exercise kinds it is offered for, the one it is made for first; every kind when not given. */
    readonly kinds?: readonly ExerciseKind[];
    /** A modifier of sets (`drop`, `rest`): offered only after set groups. */
    readonly ofSets?: boolean;
    /** What it takes that completion offers next: words of those categories (`impact` takes high or low) or muscles. */
    readonly takes?: readonly (WordCategory | 'muscle')[];
    /** Not offered by completion: the value the language assumes anyway (`strength` as a declaration's kind). */
    readonly unoffered?: boolean;
    /** Units: how many seconds or meters one of it is. */
    readonly seconds?: number;
    readonly meters?: number;
}

export const VOCABULARY: readonly Word[] = WORDS;

/** The words of the categories, in the vocabulary's order. */
export function wordsOf(...categories: readonly WordCategory[]): readonly Word[] {
    return VOCABULARY.filter((word) => categories.includes(word.category));
}

/** The entries of each keyword: the model asks for a unit's factor for every item. */
const BY_KEYWORD = new Map<string, Word[]>();
for (const word of VOCABULARY) BY_KEYWORD.set(word.keyword, [...(BY_KEYWORD.get(word.keyword) ?? []), word]);

/** The entry of a keyword (any case), in one of the categories when given. */
export function wordFor(keyword: string, ...categories: readonly WordCategory[]): Word | undefined {
    return BY_KEYWORD.get(keyword.toLowerCase())?.find((word) => categories.length === 0 || categories.includes(word.category));
}

/** Whether a keyword (any case) is one of the categories'. */
export function isWordOf(keyword: string, ...categories: readonly WordCategory[]): boolean {
    return wordFor(keyword, ...categories) !== undefined;
}

/** The words completion offers: neither another spelling nor the assumed value. */
export function offered(word: Word): boolean {
    return !word.spellingOf && !word.unoffered;
}

/** One line on the word's usage: `exercise "Name" primary …`, `at HH:MM`. */
export function wordDetail(word: Word): string {
    return word.detail ?? word.syntax;
}

/** The words a word takes that completion offers next: `high` and `low` for `impact`; none for `alias` or muscles. */
export function takenWords(word: Word): readonly Word[] {
    return (word.takes ?? []).flatMap((category) => (category === 'muscle' ? [] : wordsOf(category).filter(offered)));
}

/** The word as written: `RPE` for `rpe`. */
export function writtenWord(word: Word): string {
    return word.written ?? word.keyword;
}

/**
 * `**drop** 4-5 | 4,5 | last: drop sets on those sets…`: the usage with its word in bold, then the meaning; without
 * the usage, `**age**: your age…`, where what follows shows the value.
 */
export function wordDocumentation(word: Word, usage = true): string {
    const written = writtenWord(word);
    const rest = usage && word.syntax.startsWith(written) ? word.syntax.slice(written.length) : '';
    return `**${written}**${rest}: ${word.meaning}`;
}

/** A keyword's entry, for code that names it (a hover, a quick fix): it fails as the module loads if the vocabulary lacks it. */
export function vocabularyWord(keyword: string, category: WordCategory): Word {
    const word = wordFor(keyword, category);
    if (!word) throw new Error(`The vocabulary has no ${category} "${keyword}"`);
    return word;
}

/** The words written right after a number, of every unit category: `kg`, `%`, `min`, `km`, … */
export const UNIT_CATEGORIES: readonly WordCategory[] = ['weight-unit', 'load-unit', 'time-unit', 'distance-unit'];

/** Seconds in one of a time unit, meters in one of a distance unit (any case); undefined for other words. */
export function unitSeconds(unit: string): number | undefined {
    return wordFor(unit, 'time-unit')?.seconds;
}

export function unitMeters(unit: string): number | undefined {
    return wordFor(unit, 'distance-unit')?.meters;
}
