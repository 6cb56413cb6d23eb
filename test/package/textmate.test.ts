// The TextMate grammar (syntaxes/split.tmLanguage.json) run through the real engine VS Code uses:
// vscode-textmate with the Oniguruma regular expressions of vscode-oniguruma (WASM).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../root.js';
import { wordsOf } from '../../src/language/facts/vocabulary.js';

const root = ROOT;
const grammarPath = join(root, 'syntaxes', 'split.tmLanguage.json');

interface Token {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly scopes: readonly string[];
}

let grammar: vsctm.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) =>
            scopeName === 'source.split' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const loaded = await registry.loadGrammar('source.split');
    if (!loaded) throw new Error('source.split did not load');
    grammar = loaded;
});

// ---- helpers ---------------------------------------------------------------------------------------------------

/** The tokens of every line of `source`, the rule stack carried from line to line as in the editor. */
function tokenize(source: string): Token[][] {
    let stack = vsctm.INITIAL;
    return source.split(/\r?\n/).map((line) => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map((token) => ({
            text: line.slice(token.startIndex, Math.min(token.endIndex, line.length)),
            start: token.startIndex,
            end: Math.min(token.endIndex, line.length),
            scopes: token.scopes,
        }));
    });
}

/** The tokens of a single line. */
function line(text: string): Token[] {
    return tokenize(text)[0]!;
}

/** The tokens overlapping the `nth` occurrence of `needle` in the line (the needle must occur). */
function covering(tokens: readonly Token[], needle: string, nth = 0): Token[] {
    const text = tokens.map((token) => token.text).join('');
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`"${needle}" (#${nth}) not in ${JSON.stringify(text)}`);
    }
    const end = at + needle.length;
    return tokens.filter((token) => token.start < end && token.end > at);
}

/** Every token of `needle` carries `scope`. */
function expectScope(tokens: readonly Token[], needle: string, scope: string, nth = 0): void {
    const found = covering(tokens, needle, nth);
    expect(found.length, `tokens of "${needle}"`).toBeGreaterThan(0);
    for (const token of found) expect(token.scopes, `"${token.text}" of "${needle}"`).toContain(scope);
}

/** No token of `needle` carries a scope starting with `prefix`. */
function expectNoScope(tokens: readonly Token[], needle: string, prefix: string, nth = 0): void {
    for (const token of covering(tokens, needle, nth)) {
        expect(token.scopes.filter((scope) => scope.startsWith(prefix)), `"${token.text}" of "${needle}"`).toEqual([]);
    }
}

/** The `nth` token whose text is exactly `needle` exists and carries `scope`. */
function expectToken(tokens: readonly Token[], needle: string, scope: string, nth = 0): void {
    const found = tokens.filter((token) => token.text === needle);
    expect(found.length, `tokens "${needle}" in ${JSON.stringify(tokens.map((token) => token.text))}`).toBeGreaterThan(nth);
    expect(found[nth]!.scopes, `"${needle}" #${nth}`).toContain(scope);
}

/** The first token that is not indentation. */
function firstWordToken(tokens: readonly Token[]): Token | undefined {
    return tokens.find((token) => token.text.trim() !== '');
}

const EXERCISE = 'entity.name.function.exercise.split';
const SCHEME = 'constant.numeric.scheme.split';
const NUMBER = 'constant.numeric.split';
const UNIT = 'keyword.other.unit.split';
const MODIFIER = 'keyword.control.modifier.split';
const STRING = 'string.quoted.double.split';
const HEADER = 'keyword.other.header.split';
const WEEKDAY = 'entity.name.section.weekday.split';
const LINE_COMMENT = 'comment.line.double-slash.split';

// ---- the grammar file ------------------------------------------------------------------------------------------

describe('grammar file', () => {
    it('is source.split and every included rule exists in the repository', () => {
        const raw = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName: string; repository: Record<string, unknown> };
        expect(raw.scopeName).toBe('source.split');
        const includes = [...JSON.stringify(raw).matchAll(/"include":"#([\w-]+)"/g)].map((match) => match[1]!);
        expect(includes.length).toBeGreaterThan(10);
        for (const name of includes) expect(Object.keys(raw.repository), `#${name}`).toContain(name);
    });
});

// ---- header statements -----------------------------------------------------------------------------------------

describe('header statements', () => {
    it('plan with its title and a trailing comment', () => {
        const tokens = line('plan "Legs and Back Twice"   // the name');
        expectToken(tokens, 'plan', HEADER);
        expectScope(tokens, '"Legs and Back Twice"', STRING);
        expectToken(tokens, '"', 'punctuation.definition.string.begin.split');
        expectToken(tokens, '"', 'punctuation.definition.string.end.split', 1);
        expectScope(tokens, '// the name', LINE_COMMENT);
        expectNoScope(tokens, 'Legs and Back Twice', 'comment');
    });

    it('goal and its values', () => {
        for (const goal of ['hypertrophy', 'strength', 'endurance', 'general']) {
            const tokens = line(`goal ${goal}`);
            expectToken(tokens, 'goal', HEADER);
            expectToken(tokens, goal, 'support.constant.goal.split');
        }
    });

    it('age, hrmax, units and import', () => {
        let tokens = line('age 30');
        expectToken(tokens, 'age', HEADER);
        expectToken(tokens, '30', NUMBER);
        tokens = line('hrmax 190 // measured');
        expectToken(tokens, 'hrmax', HEADER);
        expectToken(tokens, '190', NUMBER);
        expectScope(tokens, '// measured', LINE_COMMENT);
        for (const unit of ['kg', 'lb', 'lbs']) {
            tokens = line(`units ${unit}`);
            expectToken(tokens, 'units', HEADER);
            expectToken(tokens, unit, UNIT);
        }
        tokens = line('import "lib/gym.split"');
        expectToken(tokens, 'import', HEADER);
        expectScope(tokens, '"lib/gym.split"', STRING);
        expectNoScope(tokens, 'lib/gym.split', 'invalid');
    });

    it('a header keyword only counts as a whole word at the start of the line', () => {
        const tokens = line('  Plank 3x45s');
        expectToken(tokens, 'Plank', EXERCISE);
        expectNoScope(tokens, 'Plank', 'keyword');
    });
});

// ---- exercise declarations -------------------------------------------------------------------------------------

describe('exercise declarations', () => {
    it('names, aliases, muscles, mechanic, kind and impact', () => {
        const tokens = line(
            'exercise "Farmer\'s Walk" alias "Farmer Carry", "Loaded Carry" primary forearms, middle back secondary traps compound cardio impact low',
        );
        expectToken(tokens, 'exercise', 'storage.type.exercise.split');
        expectScope(tokens, '"Farmer\'s Walk"', EXERCISE);
        expectScope(tokens, '"Farmer\'s Walk"', STRING);
        expectScope(tokens, '"Farmer Carry"', STRING);
        expectNoScope(tokens, '"Farmer Carry"', 'entity');
        expectToken(tokens, ',', 'punctuation.separator.comma.split');
        expectToken(tokens, 'alias', 'keyword.other.declaration.split');
        expectToken(tokens, 'primary', 'keyword.other.declaration.split');
        expectToken(tokens, 'secondary', 'keyword.other.declaration.split');
        expectToken(tokens, 'impact', 'keyword.other.declaration.split');
        for (const muscle of ['forearms', 'middle', 'back', 'traps']) expectToken(tokens, muscle, 'support.type.muscle.split');
        expectToken(tokens, 'compound', 'storage.modifier.split');
        expectToken(tokens, 'cardio', 'storage.modifier.split');
        expectToken(tokens, 'low', 'constant.language.impact.split');
        // The muscle list ends at the next clause.
        expectNoScope(tokens, 'compound', 'support.type.muscle');
        expectNoScope(tokens, 'impact', 'support.type.muscle');
    });

    it('isolation, mobility, impact high and a muscle list ending at a comment', () => {
        const tokens = line('EXERCISE "Hip Circle" PRIMARY glutes ISOLATION Mobility impact HIGH // note');
        expectToken(tokens, 'EXERCISE', 'storage.type.exercise.split');
        expectToken(tokens, 'PRIMARY', 'keyword.other.declaration.split');
        expectToken(tokens, 'glutes', 'support.type.muscle.split');
        expectToken(tokens, 'ISOLATION', 'storage.modifier.split');
        expectToken(tokens, 'Mobility', 'storage.modifier.split');
        expectToken(tokens, 'HIGH', 'constant.language.impact.split');
        expectScope(tokens, '// note', LINE_COMMENT);
        expectNoScope(tokens, 'note', 'support');
    });

    it('the doc comment before a declaration', () => {
        const lines = tokenize('/** A plate-loaded row;\n    chest supported. */\nexercise "Hammer Strength Row" primary lats compound');
        expectScope(lines[0]!, '/** A plate-loaded row;', 'comment.block.documentation.split');
        expectScope(lines[1]!, '    chest supported. */', 'comment.block.documentation.split');
        expectToken(lines[2]!, 'exercise', 'storage.type.exercise.split');
        expectNoScope(lines[2]!, 'exercise', 'comment');
    });
});

// ---- sessions --------------------------------------------------------------------------------------------------

describe('session headers', () => {
    it('a weekday with a title and a time', () => {
        const tokens = line('monday "Legs" at 07:00   // early');
        expectToken(tokens, 'monday', WEEKDAY);
        expectScope(tokens, '"Legs"', STRING);
        expectToken(tokens, 'at', 'keyword.other.at.split');
        expectToken(tokens, '07:00', 'constant.numeric.time.split');
        expectScope(tokens, '// early', LINE_COMMENT);
        for (const token of tokens) expect(token.scopes).toContain('meta.session.split');
    });

    it('every weekday, long and short, and a time without a title', () => {
        for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) {
            expectToken(line(day), day, WEEKDAY);
            expectToken(line(day.slice(0, 3)), day.slice(0, 3), WEEKDAY);
        }
        const tokens = line('thu at 18:30');
        expectToken(tokens, 'thu', WEEKDAY);
        expectToken(tokens, '18:30', 'constant.numeric.time.split');
    });

    it('saturday rest', () => {
        const tokens = line('saturday rest');
        expectToken(tokens, 'saturday', WEEKDAY);
        expectToken(tokens, 'rest', 'keyword.control.rest-day.split');
    });

    it('keywords are case-insensitive', () => {
        let tokens = line('MONDAY "Back" AT 17:30');
        expectToken(tokens, 'MONDAY', WEEKDAY);
        expectToken(tokens, 'AT', 'keyword.other.at.split');
        tokens = line('Sunday REST');
        expectToken(tokens, 'Sunday', WEEKDAY);
        expectToken(tokens, 'REST', 'keyword.control.rest-day.split');
        expectToken(line('GOAL Strength'), 'GOAL', HEADER);
        expectToken(line('GOAL Strength'), 'Strength', 'support.constant.goal.split');
    });

    it('a word that merely starts like a weekday is an exercise', () => {
        const tokens = line('  Sunset Walk 30min');
        expectToken(tokens, 'Sunset Walk', EXERCISE);
        expectNoScope(tokens, 'Sunset', 'entity.name.section');
    });
});

// ---- items -----------------------------------------------------------------------------------------------------

describe('exercise names', () => {
    it.each([
        ['  Deadlift 4x5', 'Deadlift'],
        ['  Pull-Up                 4x8-12 @ RPE 8', 'Pull-Up'],
        ["  Farmer's Walk 3x40m", "Farmer's Walk"],
        ['  Farmer’s Walk 3x40m', 'Farmer’s Walk'],
        ['  Hammer Strength Row     5x10 drop last', 'Hammer Strength Row'],
        ['  Bulgarian Split Squat   3x8 each', 'Bulgarian Split Squat'],
        ['  Rest-Pause Curl 3x10', 'Rest-Pause Curl'],
        ['  Drop Push-Up 3x10', 'Drop Push-Up'],
        ['  Hard Style Swing 5x10', 'Hard Style Swing'],
        ['  Überzug 3x12', 'Überzug'],
        ['Squat 4x10', 'Squat'],
        ['  Squat', 'Squat'],
    ])('%s', (text, name) => {
        const tokens = line(text);
        expectToken(tokens, name, EXERCISE);
        expect(firstWordToken(tokens)!.text).toBe(name);
        // Keywords inside a name stay part of the name.
        expectNoScope(tokens, name, 'keyword');
        expectNoScope(tokens, name, 'support');
    });

    it('a quoted name', () => {
        const tokens = line('  "Hammer Strength Row" 4x10 "heavy"');
        expectScope(tokens, '"Hammer Strength Row"', EXERCISE);
        expectScope(tokens, '"Hammer Strength Row"', STRING);
        expectScope(tokens, '"heavy"', STRING);
        expectNoScope(tokens, '"heavy"', 'entity');
    });
});

describe('prescriptions and loads', () => {
    it.each(['4x10', '4 x 10', '4×10', '4X10', '3x8-12', '3xAMRAP', '3xamrap', '3x45s', '8x400m', '6x3min', '1x75'])(
        'set scheme %s is one scheme',
        (scheme) => {
            const tokens = line(`  Squat ${scheme} // after`);
            expectScope(tokens, scheme, SCHEME);
            expectNoScope(tokens, scheme, 'constant.numeric.split');
            expectToken(tokens, 'Squat', EXERCISE);
            expectScope(tokens, '// after', LINE_COMMENT);
            expectNoScope(tokens, '// after', 'constant');
        },
    );

    it('the unit of a timed or distance scheme is marked inside the scheme', () => {
        let tokens = line('  Plank 3x45s');
        expectToken(tokens, 's', UNIT);
        expectScope(tokens, 's', SCHEME);
        tokens = line('  Run 8x400m hard');
        expectToken(tokens, 'm', UNIT);
        expectScope(tokens, '8x400', SCHEME);
        expectToken(tokens, 'hard', 'support.constant.intensity.split');
    });

    it.each([
        ['140kg', '140', 'kg'],
        ['225lb', '225', 'lb'],
        ['225 lbs', '225', 'lbs'],
        ['75%', '75', '%'],
        ['150bpm', '150', 'bpm'],
        ['82.5KG', '82.5', 'KG'],
    ])('load @ %s', (load, value, unit) => {
        const tokens = line(`  Squat 4x5 @ ${load}`);
        expectToken(tokens, '@', 'keyword.operator.load.split');
        expectToken(tokens, value, NUMBER);
        expectToken(tokens, unit, UNIT);
        expectScope(tokens, '4x5', SCHEME);
    });

    it('a load in the plan units', () => {
        const tokens = line('  Bench Press 4x6-8 @ 100');
        expectToken(tokens, '100', NUMBER);
        expectToken(tokens, '@', 'keyword.operator.load.split');
    });

    it('RPE, RIR and heart-rate zones', () => {
        let tokens = line('  Pull-Up 4x8-12 @ RPE 8');
        expectToken(tokens, 'RPE', 'support.constant.scale.split');
        expectToken(tokens, '8', NUMBER);
        tokens = line('  Leg Press 3x8 @ RIR 2');
        expectToken(tokens, 'RIR', 'support.constant.scale.split');
        expectToken(tokens, '2', NUMBER);
        for (const zone of ['Z1', 'Z2', 'Z3', 'Z4', 'z5']) {
            tokens = line(`  Run 4x200m @ ${zone} rest 60s`);
            expectToken(tokens, zone, 'support.constant.zone.split');
        }
    });

    it('upper-case and mixed-case keywords: Rpe 8, 4X10, 30MIN EASY', () => {
        let tokens = line('  Squat 4X10 @ Rpe 8 REST 90S');
        expectToken(tokens, 'Rpe', 'support.constant.scale.split');
        expectToken(tokens, '8', NUMBER);
        expectScope(tokens, '4X10', SCHEME);
        expectToken(tokens, 'REST', MODIFIER);
        expectToken(tokens, 'S', UNIT);
        tokens = line('  Run 30MIN EASY');
        expectToken(tokens, 'MIN', UNIT);
        expectToken(tokens, 'EASY', 'support.constant.intensity.split');
    });

    it('set groups with their own loads', () => {
        const tokens = line('  Squat                   1x5 @ 140kg, 3x8 @ 110kg   // top set, back-off sets');
        expectScope(tokens, '1x5', SCHEME);
        expectScope(tokens, '3x8', SCHEME);
        expectToken(tokens, ',', 'punctuation.separator.comma.split');
        expectToken(tokens, '110', NUMBER);
        expectToken(tokens, 'kg', UNIT, 1);
        expectScope(tokens, '// top set, back-off sets', LINE_COMMENT);
    });

    it.each([
        ['30min', '30', 'min'],
        ['45s', '45', 's'],
        ['20 sec', '20', 'sec'],
        ['1h', '1', 'h'],
        ['1hr', '1', 'hr'],
        ['5km', '5', 'km'],
        ['400m', '400', 'm'],
        ['3mi', '3', 'mi'],
    ])('cardio amount %s', (amount, value, unit) => {
        const tokens = line(`  Run ${amount} moderate`);
        expectToken(tokens, value, NUMBER);
        expectToken(tokens, unit, UNIT);
        expectToken(tokens, 'moderate', 'support.constant.intensity.split');
        expectToken(tokens, 'Run', EXERCISE);
    });

    it.each(['easy', 'moderate', 'hard'])('cardio with intensity %s', (intensity) => {
        const tokens = line(`  Run                     30min ${intensity}`);
        expectToken(tokens, intensity, 'support.constant.intensity.split');
        expectToken(tokens, 'Run', EXERCISE);
    });

    it('cardio with a heart-rate target and a note', () => {
        const tokens = line('  Run                     14km @ 140bpm "keep it conversational; walk the hills"');
        expectToken(tokens, '14', NUMBER);
        expectToken(tokens, 'km', UNIT);
        expectToken(tokens, 'bpm', UNIT);
        expectScope(tokens, '"keep it conversational; walk the hills"', STRING);
        expectNoScope(tokens, 'keep it conversational; walk the hills', 'invalid');
        expectNoScope(tokens, 'walk the hills', 'support');
    });
});

describe('modifiers', () => {
    it('drop 4-5, drop 4,5, drop last', () => {
        let tokens = line('  Leg Extension 5x15 drop 4-5');
        expectToken(tokens, 'drop', MODIFIER);
        expectToken(tokens, '4', NUMBER);
        expectToken(tokens, '-', 'punctuation.separator.range.split');
        expectToken(tokens, '5', NUMBER);
        tokens = line('  Leg Extension 5x15 drop 4,5');
        expectToken(tokens, ',', 'punctuation.separator.comma.split');
        expectToken(tokens, '4', NUMBER);
        expectToken(tokens, '5', NUMBER);
        tokens = line('  Triceps Pushdown 3x12 drop last');
        expectToken(tokens, 'drop', MODIFIER);
        expectToken(tokens, 'last', MODIFIER);
    });

    it('rest-pause with and without a pause, rest, each', () => {
        let tokens = line('  Seated Calf Raise       1x75 rest-pause 15s');
        expectToken(tokens, 'rest-pause', MODIFIER);
        expectToken(tokens, '15', NUMBER);
        expectToken(tokens, 's', UNIT);
        tokens = line('  Seated Calf Raise 1x75 rest-pause');
        expectToken(tokens, 'rest-pause', MODIFIER);
        tokens = line('  Barbell Row 4x10 rest 90s');
        expectToken(tokens, 'rest', MODIFIER);
        expectToken(tokens, '90', NUMBER);
        tokens = line('  Bulgarian Split Squat 3x8 each @ 20kg rest 2min');
        expectToken(tokens, 'each', MODIFIER);
        expectToken(tokens, 'rest', MODIFIER);
        expectToken(tokens, 'min', UNIT);
    });

    it('a note after the modifiers', () => {
        const tokens = line('  Jog 10min easy "warm-up" // then intervals');
        expectScope(tokens, '"warm-up"', STRING);
        expectToken(tokens, 'easy', 'support.constant.intensity.split');
        expectScope(tokens, '// then intervals', LINE_COMMENT);
        expectNoScope(tokens, '"warm-up"', 'comment');
    });
});

// ---- comments and strings --------------------------------------------------------------------------------------

describe('comments and strings', () => {
    it('a whole-line comment and a comment after an item', () => {
        const lines = tokenize('// Legs twice a week: 4x10 @ 100kg\n  Squat 4x10 // monday rest 90s "quoted"');
        expect(lines[0]!.every((token) => token.scopes.includes(LINE_COMMENT))).toBe(true);
        expectScope(lines[0]!, '4x10 @ 100kg', LINE_COMMENT);
        expectNoScope(lines[0]!, '4x10', 'constant');
        expectToken(lines[1]!, 'Squat', EXERCISE);
        expectScope(lines[1]!, '4x10', SCHEME);
        expectScope(lines[1]!, '// monday rest 90s "quoted"', LINE_COMMENT);
        expectNoScope(lines[1]!, 'monday rest 90s "quoted"', 'keyword');
        expectNoScope(lines[1]!, 'monday rest 90s "quoted"', 'string');
        expectNoScope(lines[1]!, 'monday rest 90s "quoted"', 'entity');
    });

    it('a block comment spanning lines', () => {
        const lines = tokenize('/*\nmonday "Off"\n  Squat 4x10\n*/\ntuesday');
        for (const tokens of lines.slice(0, 4)) {
            for (const token of tokens) if (token.text) expect(token.scopes).toContain('comment.block.split');
        }
        expectNoScope(lines[1]!, 'monday', 'entity');
        expectNoScope(lines[2]!, 'Squat', 'entity');
        expectToken(lines[4]!, 'tuesday', WEEKDAY);
    });

    it('a block comment inside an item', () => {
        const tokens = line('  Squat 4x10 /* was 5x5 */ @ 100kg');
        expectScope(tokens, '/* was 5x5 */', 'comment.block.split');
        expectNoScope(tokens, 'was 5x5', 'constant');
        expectToken(tokens, '100', NUMBER);
    });

    it('a doc comment is documentation, /**/ is not', () => {
        expectScope(line('/** shown in hovers */'), '/** shown in hovers */', 'comment.block.documentation.split');
        const tokens = line('/**/ monday');
        expectScope(tokens, '/**/', 'comment.block.split');
        expectNoScope(tokens, '/**/', 'comment.block.documentation');
    });

    it('an unclosed string ends at the end of its line', () => {
        const lines = tokenize('  Run 30min easy "forgot to close\n  Squat 4x10 @ 100kg\nmonday "Legs\n  Deadlift 4x5');
        expectScope(lines[0]!, '"forgot to close', STRING);
        expectToken(lines[1]!, 'Squat', EXERCISE);
        expectScope(lines[1]!, '4x10', SCHEME);
        for (const token of lines[1]!) expect(token.scopes.filter((scope) => scope.startsWith('string'))).toEqual([]);
        expectScope(lines[2]!, '"Legs', STRING);
        expectToken(lines[3]!, 'Deadlift', EXERCISE);
        expectNoScope(lines[3]!, 'Deadlift', 'string');
    });

    it('an unclosed quoted name ends at the end of its line', () => {
        const lines = tokenize('  "Hammer Row 4x10\n  Squat 4x10');
        expectScope(lines[0]!, '"Hammer Row 4x10', EXERCISE);
        expectToken(lines[1]!, 'Squat', EXERCISE);
        expectNoScope(lines[1]!, 'Squat', 'string');
    });

    it('a character no rule accepts is invalid', () => {
        const tokens = line('  Squat 4x10 ; {');
        expectToken(tokens, ';', 'invalid.illegal.character.split');
        expectToken(tokens, '{', 'invalid.illegal.character.split');
        expectNoScope(tokens, '4x10', 'invalid');
    });
});

// ---- the examples ----------------------------------------------------------------------------------------------

describe('examples', () => {
    const examplesDir = join(root, 'examples');
    const files = readdirSync(examplesDir).filter((file) => file.endsWith('.split'));

    it('there are examples', () => {
        expect(files.length).toBeGreaterThanOrEqual(3);
    });

    it.each(files)('%s: no invalid scope, every item starts with its exercise name', (file) => {
        const source = readFileSync(join(examplesDir, file), 'utf8');
        const lines = tokenize(source);
        const texts = source.split(/\r?\n/);
        let inBlockComment = false;
        let inSession = false;
        let items = 0;
        let sessions = 0;
        texts.forEach((text, index) => {
            const tokens = lines[index]!;
            for (const token of tokens) {
                expect(token.scopes.filter((scope) => scope.startsWith('invalid')), `${file}:${index + 1} "${token.text}"`).toEqual([]);
            }
            // Classify the line from its text alone, independently of the grammar.
            if (inBlockComment) {
                if (text.includes('*/')) inBlockComment = false;
                return;
            }
            if (/^\s*\/\*/.test(text) && !text.includes('*/')) {
                inBlockComment = true;
                return;
            }
            const where = `${file}:${index + 1}`;
            if (/^(mon|tue|wed|thu|fri|sat|sun)/i.test(text)) {
                inSession = true;
                sessions++;
                expect(firstWordToken(tokens)!.scopes, where).toContain(WEEKDAY);
                return;
            }
            const item = /^[ \t]+("[^"]*"|[A-Za-z\u00C0-\u024F][^\s]*(?: [A-Za-z\u00C0-\u024F][^\s]*)*)(?=\s|$)/.exec(text);
            if (inSession && item) {
                items++;
                const first = firstWordToken(tokens)!;
                expect(first.text, where).toBe(item[1]);
                expect(first.scopes, where).toContain(EXERCISE);
                // The rest of the line does not name an exercise.
                expect(tokens.filter((token) => token.scopes.includes(EXERCISE)).length, where).toBe(1);
            }
        });
        expect(sessions).toBeGreaterThanOrEqual(6);
        expect(items).toBeGreaterThanOrEqual(15);
    });
});

// The TextMate grammar spells the language's words in its own regular expressions; these hold it to the vocabulary,
// so that a unit, effort, weekday, modifier or header keyword added to the language cannot go unhighlighted.
describe('every word of the vocabulary is highlighted', () => {
    it.each(wordsOf('time-unit', 'distance-unit').map((word) => word.keyword))('the cardio unit %s', (unit) => {
        expectToken(line(`  Run 3${unit}`), unit, UNIT);
        expectToken(line(`  Run 4x3${unit}`), unit, SCHEME);
    });

    it.each(wordsOf('weight-unit', 'load-unit').map((word) => word.keyword))('the load unit %s', (unit) => {
        expectToken(line(`  Squat 3x5 @ 100${unit}`), unit, UNIT);
    });

    it.each(wordsOf('effort').map((word) => word.keyword))('the effort %s', (effort) => {
        expectToken(line(`  Run 30min ${effort}`), effort, 'support.constant.intensity.split');
    });

    it.each(wordsOf('weekday').map((word) => word.keyword))('the weekday %s', (day) => {
        expectToken(line(`${day} "Day"`), day, WEEKDAY);
    });

    it.each(wordsOf('header').map((word) => word.keyword))('the header keyword %s', (keyword) => {
        expect(line(`${keyword} 1`)[0].scopes).toContain(HEADER);
    });
});
