import fc from 'fast-check';
import { MUSCLES, WEEKDAYS } from '../../src/language/facts/defaults.js';
import { VOCABULARY, wordsOf } from '../../src/language/facts/vocabulary.js';
import { BUILTIN_LIBRARY_TEXT } from '../../src/language/library/builtin-library.js';

// fast-check arbitraries for the robustness properties (issue #7): random text, random edits of real plans, and
// random valid plans. No test framework here: test/fuzz/properties.test.ts and scripts/fuzz.mjs both use them.

// ---------------------------------------------------------------------------------------------------------------
// (a) Random text

/** Every keyword of the grammar that is a word (the vocabulary holds them all, checked against the grammar). */
export const KEYWORDS = [...new Set(VOCABULARY.filter((word) => word.category !== 'weekday' && /^[a-z]/.test(word.keyword)).map((word) => word.keyword))];

/** Each weekday and then its short form: `monday`, `mon`, `tuesday`, … */
export const WEEKDAY_WORDS = WEEKDAYS.flatMap((day) => [day, ...wordsOf('weekday').filter((word) => word.spellingOf === day).map((word) => word.keyword)]);

/** Words a name may not contain unquoted: weekdays, statement keywords, zones. */
const NOT_IN_NAMES = new Set<string>([...WEEKDAY_WORDS, ...wordsOf('header', 'declaration', 'zone').map((word) => word.keyword)]);
/** Every keyword, for random custom words to avoid. */
const ALL_KEYWORDS = new Set<string>([...KEYWORDS, ...WEEKDAY_WORDS]);

interface LibraryExercise {
    name: string;
    kind: 'strength' | 'cardio' | 'mobility';
}

/** The built-in library's exercises, read from its text. */
export const LIBRARY: readonly LibraryExercise[] = [...BUILTIN_LIBRARY_TEXT.matchAll(/^exercise "([^"]+)"(.*)$/gm)].map((match) => ({
    name: match[1],
    kind: /\bcardio\b/.test(match[2]) ? 'cardio' : /\bmobility\b/.test(match[2]) ? 'mobility' : 'strength',
}));
const STRENGTH_NAMES = LIBRARY.filter((exercise) => exercise.kind === 'strength').map((exercise) => exercise.name);
const CARDIO_NAMES = LIBRARY.filter((exercise) => exercise.kind !== 'strength').map((exercise) => exercise.name);

/** Pieces that Split text is made of, plus the characters that tend to break lexers. */
const SPLIT_PIECES = [
    ...KEYWORDS, ...WEEKDAY_WORDS, 'Monday', 'TUE', 'Squat', 'Bench Press', 'Run', 'Leg Extension', 'Pull-Up',
    "Farmer's Walk", 'Curl', 'lats', 'middle back', 'lower back',
    '0', '1', '3', '4', '8', '10', '12', '15', '75', '140', '999999999999', '1.5', '07:00', '18:30', '24:00', '99:99',
    'x', 'X', '×', '4x10', '3x8-12', '3xAMRAP', '3x45s', '8x400m', '30min', '5km', '@', '%', ',', '-', ':', '.',
    '"', '"Title"', '"unclosed', "'", '’', '//', '/*', '*/', '/**', '// note', '/* block */',
    '\n', '\n', '\n', '\r\n', '\r', ' ', ' ', ' ', '  ', '\t',
    'é', 'Ü', 'ß', 'ø', '日本', '😀', '\u200b', '\ufeff', '\u00a0', '\u2028', '\u0000', '\ud800', '#', '$', '!', '\\', '{', '}',
] as const;

/** One piece of Split-flavoured text: mostly the pieces above, sometimes a random character or a random word. */
export const splitPiece: fc.Arbitrary<string> = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...SPLIT_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z][a-z'-]{0,8}$/) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
);

/** Random text from the Split-flavoured pieces: keywords, weekdays, numbers, `x`, `@`, `%`, quotes, comments, newlines. */
export function splitText(maxPieces = 120): fc.Arbitrary<string> {
    return fc.array(
        fc.tuple(splitPiece, fc.constantFrom('', ' ', ' ', ' ', '\n', '  ')).map(([piece, gap]) => piece + gap),
        { maxLength: maxPieces },
    ).map((pieces) => pieces.join(''));
}

/** Fully random strings: any code units (lone surrogates included), and random printable ASCII. */
export function randomText(maxLength = 400): fc.Arbitrary<string> {
    return fc.oneof(
        fc.string({ unit: 'binary', maxLength }),
        fc.string({ unit: 'grapheme-ascii', maxLength }),
        fc.string({ unit: fc.constantFrom('a', 'x', '4', ' ', '\n', '"', '/', '*', '@', '-', ','), maxLength }),
    );
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Mutations of a seed plan

export interface Seed {
    /** A file name, for reports (and for the folder imports are resolved against). */
    readonly name: string;
    readonly text: string;
}

export type Mutation =
    | { op: 'delete-line'; at: number }
    | { op: 'duplicate-line'; at: number }
    | { op: 'swap-lines'; at: number; with: number }
    | { op: 'insert'; at: number; text: string }
    | { op: 'delete-chars'; at: number; length: number }
    | { op: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(splitPiece, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })) }),
    fc.record({ op: fc.constant('delete-chars' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
);

/** Applies one mutation; positions are taken modulo the text's size, so any number fits any text. */
export function applyMutation(text: string, mutation: Mutation): string {
    const lines = text.split('\n');
    const line = (at: number) => at % lines.length;
    switch (mutation.op) {
        case 'delete-line':
            lines.splice(line(mutation.at), 1);
            return lines.join('\n');
        case 'duplicate-line': {
            const index = line(mutation.at);
            lines.splice(index, 0, lines[index]);
            return lines.join('\n');
        }
        case 'swap-lines': {
            const a = line(mutation.at);
            const b = line(mutation.with);
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
        case 'insert': {
            const at = mutation.at % (text.length + 1);
            return text.slice(0, at) + mutation.text + text.slice(at);
        }
        case 'delete-chars': {
            const at = mutation.at % (text.length + 1);
            return text.slice(0, at) + text.slice(at + mutation.length);
        }
        case 'cut':
            return text.slice(0, mutation.at % (text.length + 1));
    }
}

export interface MutatedPlan {
    readonly seed: string;
    readonly mutations: readonly Mutation[];
    readonly text: string;
}

/** A seed plan with one to six random edits: deleted, duplicated and swapped lines, inserted characters, cuts. */
export function mutatedPlan(seeds: readonly Seed[]): fc.Arbitrary<MutatedPlan> {
    if (seeds.length === 0) throw new Error('no seed plans');
    return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, mutations]) => ({
        seed: seed.name,
        mutations,
        text: mutations.reduce(applyMutation, seed.text),
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Valid plans

export interface GeneratedPlan {
    readonly text: string;
    /** Sessions written (rest days included). */
    readonly sessions: number;
    /** Every comment written, as the lexer will see it. */
    readonly comments: readonly string[];
}

/** A keyword with random letter case (keywords are case-insensitive). */
const cased = (word: string): fc.Arbitrary<string> =>
    fc.constantFrom(word, word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1));

/** A text that may sit in a string: no quote, no line end. */
const stringBody = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', ' ', '-', ',', '7', 'é', '’', '/', '*', '日', '😀'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 20 })
    .map((text) => text.replace(/["\r\n\u2028\u2029]/g, ''));
// A comment's text: no line end, no end of a block comment.
const commentBody = fc.string({ maxLength: 30 }).map((text) => text.replace(/[\r\n\u2028\u2029]/g, ' ').replaceAll('*/', '* /').trimEnd());

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '   ');
const times = fc.constantFrom('x', 'x', 'x', 'X', '×', ' x ');

/** A word for a custom exercise name: letters, never a keyword. */
const customWord = fc.stringMatching(/^[A-Z][a-z]{3,9}$/).filter((word) => !ALL_KEYWORDS.has(word.toLowerCase()));

/** How a name is written in an item: bare when every word may stand in a name, else quoted. */
function writeName(name: string, quote: boolean): string {
    const bare = name.split(' ').every((word) => /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*$/.test(word) && !NOT_IN_NAMES.has(word.toLowerCase()));
    return quote || !bare ? `"${name}"` : name;
}

const loadArb: fc.Arbitrary<string> = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('kg', 'lb', 'lbs', ' kg', '')).map(([value, unit]) => `${value}${unit}`),
    fc.integer({ min: 1, max: 100 }).map((value) => `${value}%`),
    fc.tuple(cased('rpe'), fc.integer({ min: 1, max: 10 }), fc.boolean()).map(([word, value, half]) => `${word} ${value}${half && value < 10 ? '.5' : ''}`),
    fc.tuple(cased('rir'), fc.integer({ min: 0, max: 5 })).map(([word, value]) => `${word} ${value}`),
);

/** One set group: `4x10`, `3x8-12`, `3xAMRAP`, `3x45s`, with `each` and a load. */
const setGroup = fc.record({
    sets: fc.integer({ min: 1, max: 10 }),
    x: times,
    reps: fc.oneof(
        fc.integer({ min: 1, max: 30 }).map(String),
        fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 10 })).map(([min, extra]) => `${min}-${min + extra}`),
        cased('amrap'),
        fc.integer({ min: 10, max: 90 }).map((seconds) => `${seconds}s`),
    ),
    each: fc.boolean(),
    load: fc.option(loadArb, { freq: 2 }),
}).map(({ sets, x, reps, each, load }) => `${sets}${x}${reps}${each ? ' each' : ''}${load ? ` @ ${load}` : ''}`);

const duration = fc.oneof(
    fc.integer({ min: 5, max: 180 }).map((value) => `${value}s`),
    fc.integer({ min: 1, max: 120 }).map((value) => `${value}min`),
    fc.integer({ min: 1, max: 3 }).map((value) => `${value}h`),
);

const modifier: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('drop last', 'drop 1', 'drop 1,2', 'drop 1-2', 'DROP last'),
    fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }).map((pause) => (pause === undefined ? 'rest-pause' : `rest-pause ${pause}s`)),
    duration.map((value) => `rest ${value}`),
    stringBody.map((note) => `"${note}"`),
);

function strengthItem(names: readonly string[]): fc.Arbitrary<string> {
    return fc.record({
        name: fc.constantFrom(...names),
        quote: fc.boolean(),
        groups: fc.array(setGroup, { minLength: 1, maxLength: 3 }),
        effort: fc.option(fc.constantFrom('easy', 'moderate', 'hard'), { freq: 6 }),
        modifiers: fc.array(modifier, { maxLength: 2 }),
        gap: space,
    }).map(({ name, quote, groups, effort, modifiers, gap }) =>
        [writeName(name, quote) + gap + groups.join(', '), ...(effort ? [effort] : []), ...modifiers].join(' '));
}

function cardioItem(names: readonly string[]): fc.Arbitrary<string> {
    return fc.record({
        name: fc.constantFrom(...names),
        amount: fc.oneof(
            duration,
            fc.tuple(fc.integer({ min: 1, max: 42 }), fc.constantFrom('km', 'mi')).map(([value, unit]) => `${value}${unit}`),
            fc.integer({ min: 100, max: 5000 }).map((metres) => `${metres}m`),
            fc.tuple(fc.integer({ min: 2, max: 12 }), times, fc.oneof(fc.integer({ min: 100, max: 1600 }).map((m) => `${m}m`), fc.integer({ min: 1, max: 5 }).map((m) => `${m}min`)))
                .map(([sets, x, each]) => `${sets}${x}${each}`),
        ),
        intensity: fc.option(fc.oneof(
            fc.constantFrom('easy', 'moderate', 'hard'),
            fc.integer({ min: 90, max: 200 }).map((bpm) => `@ ${bpm}bpm`),
            fc.integer({ min: 1, max: 5 }).map((zone) => `@ Z${zone}`),
        )),
        rest: fc.option(duration.map((value) => `rest ${value}`)),
        note: fc.option(stringBody.map((note) => `"${note}"`)),
    }).map(({ name, amount, intensity, rest, note }) => [writeName(name, false), amount, intensity, rest, note].filter(Boolean).join(' '));
}

const muscles = fc.uniqueArray(fc.constantFrom(...MUSCLES), { minLength: 1, maxLength: 3 }).map((list) => list.join(', '));

const declaration = fc.record({
    words: fc.array(customWord, { minLength: 1, maxLength: 3 }),
    aliases: fc.array(fc.array(customWord, { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')), { maxLength: 2 }),
    primary: muscles,
    secondary: fc.option(muscles),
    mechanic: fc.option(fc.constantFrom('compound', 'isolation')),
    kind: fc.option(fc.constantFrom('cardio', 'mobility'), { freq: 4 }),
    impact: fc.option(fc.constantFrom('impact high', 'impact low'), { freq: 3 }),
    doc: fc.option(commentBody, { freq: 3 }),
});

/** A line's trailing comment, sometimes. */
const trailing = fc.option(fc.oneof(commentBody.map((text) => `// ${text}`), commentBody.map((text) => `/* ${text} */`)), { freq: 5 });
/** A comment line between statements, sometimes; block comments may span lines. */
const commentLine = fc.option(fc.oneof(
    commentBody.map((text) => `// ${text}`),
    commentBody.map((text) => `/* ${text} */`),
    fc.tuple(commentBody, commentBody).map(([a, b]) => `/* ${a}\n   ${b} */`),
), { freq: 6 });

/** A syntactically valid plan: header, declarations, sessions on distinct days and times, items of every form, comments. */
export function validPlan(): fc.Arbitrary<GeneratedPlan> {
    const header = fc.record({
        plan: fc.option(stringBody),
        goal: fc.option(fc.constantFrom('hypertrophy', 'strength', 'endurance', 'general').chain(cased)),
        age: fc.option(fc.integer({ min: 10, max: 100 })),
        hrmax: fc.option(fc.integer({ min: 100, max: 230 }), { freq: 4 }),
        units: fc.option(fc.constantFrom('kg', 'lb', 'lbs')),
    }).chain((fields) => fc.shuffledSubarray(Object.entries(fields).filter(([, value]) => value !== null), { minLength: 0 }).map((entries) =>
        entries.map(([key, value]) => (key === 'plan' ? `plan "${value}"` : `${key} ${value}`))));
    const slots = fc.uniqueArray(fc.integer({ min: 0, max: 7 * 24 * 60 - 1 }), { maxLength: 9 });
    return fc.record({
        header,
        declarations: fc.array(declaration, { maxLength: 3 }),
        slots,
        sessionSeeds: fc.infiniteStream(fc.record({
            title: fc.option(stringBody),
            restDay: fc.boolean(),
            omitTime: fc.boolean(),
            dayForm: fc.nat(3),
            itemSeeds: fc.array(fc.tuple(fc.nat(9), fc.nat(), trailing, commentLine), { maxLength: 6 }),
            trailing,
            comment: commentLine,
        })),
        strengthItems: fc.infiniteStream(strengthItem(STRENGTH_NAMES)),
        cardioItems: fc.infiniteStream(cardioItem(CARDIO_NAMES)),
        customItems: fc.infiniteStream(fc.tuple(fc.nat(), fc.constantFrom('3x10', '4 x 8-12 @ 80kg', '30min easy', '2x45s each', '5km @ Z2'))),
        trailings: fc.infiniteStream(trailing),
        comments: fc.infiniteStream(commentLine),
        indent: fc.constantFrom('  ', '  ', '    ', '\t', ' ', ''),
        eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
        finalNewline: fc.boolean(),
        blankLines: fc.constantFrom(0, 1, 1, 2),
    }).map((plan) => {
        const lines: string[] = [];
        const comments: string[] = [];
        const withTrailing = (line: string, comment: string | null) => {
            if (comment) comments.push(comment);
            return comment ? `${line}  ${comment}` : line;
        };
        const commentOnItsLine = (comment: string | null) => {
            if (!comment) return;
            comments.push(comment);
            lines.push(...comment.split('\n'));
        };
        const blank = () => lines.push(...Array<string>(plan.blankLines).fill(''));

        for (const statement of plan.header) {
            commentOnItsLine(plan.comments.next().value);
            lines.push(withTrailing(statement, plan.trailings.next().value));
        }
        blank();
        const custom: string[] = [];
        for (const [index, field] of plan.declarations.entries()) {
            const name = `${field.words.join(' ')} Custom${index}`;
            custom.push(name);
            if (field.doc !== null) {
                const doc = `/** ${field.doc} */`;
                comments.push(doc);
                lines.push(doc);
            }
            const clauses = [
                `exercise "${name}"`,
                ...(field.aliases.length ? [`alias ${field.aliases.map((alias, n) => `"${alias} Alias${index}${n}"`).join(', ')}`] : []),
                `primary ${field.primary}`,
                ...(field.secondary !== null ? [`secondary ${field.secondary}`] : []),
                ...[field.mechanic, field.kind, field.impact].filter((clause) => clause !== null),
            ];
            lines.push(withTrailing(clauses.join(' '), plan.trailings.next().value));
        }
        blank();

        // Sessions: one per slot; a day with a single slot may be a rest day; `at` may be left out only at 18:00.
        const perDay = new Map<number, number>();
        for (const slot of plan.slots) perDay.set(Math.floor(slot / 1440), (perDay.get(Math.floor(slot / 1440)) ?? 0) + 1);
        for (const slot of plan.slots) {
            const seed = plan.sessionSeeds.next().value;
            const day = Math.floor(slot / 1440);
            const minutes = slot % 1440;
            const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            const full = WEEKDAY_WORDS[day * 2];
            const dayWord = [full, WEEKDAY_WORDS[day * 2 + 1], full.toUpperCase(), full[0].toUpperCase() + full.slice(1)][seed.dayForm];
            commentOnItsLine(seed.comment);
            if (seed.restDay && perDay.get(day) === 1) {
                lines.push(withTrailing(`${dayWord} rest`, seed.trailing));
                blank();
                continue;
            }
            const at = seed.omitTime && minutes === 18 * 60 ? '' : ` at ${time}`;
            lines.push(withTrailing(`${dayWord}${seed.title !== null ? ` "${seed.title}"` : ''}${at}`, seed.trailing));
            for (const [choice, pick, itemTrailing, itemComment] of seed.itemSeeds) {
                commentOnItsLine(itemComment);
                let item: string;
                if (choice < 6) item = plan.strengthItems.next().value;
                else if (choice < 8) item = plan.cardioItems.next().value;
                else if (custom.length > 0) {
                    const [n, prescription] = plan.customItems.next().value;
                    item = `${writeName(custom[n % custom.length], pick % 2 === 0)} ${prescription}`;
                } else item = plan.strengthItems.next().value;
                lines.push(withTrailing(plan.indent + item, itemTrailing));
            }
            blank();
        }
        const text = lines.join(plan.eol).replace(/(\r?\n)+$/, '') + (plan.finalNewline ? plan.eol : '');
        return { text, sessions: plan.slots.length, comments };
    });
}
