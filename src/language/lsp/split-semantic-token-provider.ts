import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isExercise, isItem } from '../generated/ast.js';
import { isNewline } from '../utils/cst.js';
import { isBuiltin } from '../library/builtin-library.js';
import { toMuscle } from '../model/exercise-info.js';
import { wordFor } from '../facts/vocabulary.js';

const { enumMember, function: fn, keyword, namespace, number, operator, string } = SemanticTokenTypes;
const { declaration, defaultLibrary } = SemanticTokenModifiers;

/** The token type of each property that gets one, by node type (names and muscles are below). */
const PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    PlanTitle: { title: string },
    GoalStatement: { goal: enumMember },
    AgeStatement: { age: number },
    HrMaxStatement: { hrmax: number },
    FtpStatement: { ftp: number },
    UnitsStatement: { units: enumMember },
    Import: { path: string },
    Exercise: { mechanics: enumMember, kinds: enumMember, impacts: enumMember },
    Session: { day: namespace, title: string, time: number },
    Item: { effort: enumMember },
    SetGroup: { sets: number, setsMax: number, reps: number, repsMax: number, pyramid: number, unit: number },
    PyramidReps: { reps: number },
    Quantity: { value: number, unit: number },
    RestDuration: { value: number, valueMax: number, unit: number },
    NumericLoad: { value: number, valueMax: number, unit: number, of: number },
    ScaleLoad: { value: number, valueMax: number },
    PaceLoad: { pace: number, per: number },
    ZoneLoad: { zone: enumMember },
    DropModifier: { sets: number, rangeEnd: number },
    Note: { text: string },
};

/** A keyword by its vocabulary category: `@` and `-` are operators, a `,` gets nothing, a word is a keyword. */
function keywordType(value: string): string | undefined {
    const category = wordFor(value)?.category;
    return category === 'load' || category === 'operator' ? operator : category === 'separator' ? undefined : keyword;
}

/** Properties highlighted by hand: their words are never keywords, whatever the grammar calls them. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
    Exercise: ['name', 'aliases', 'primary', 'secondary'],
    Item: ['exercise'],
};

/**
 * Semantic highlighting (SPEC §7) with the standard LSP token types and modifiers (Langium's default legend):
 *
 * | text | token |
 * |---|---|
 * | exercise name in an item that resolves | `function`, + `defaultLibrary` when it names a built-in (uri scheme `builtin`) |
 * | exercise name in an item that does not resolve | none: the `unknown-exercise` diagnostic speaks |
 * | declared exercise name and its aliases | `function` + `declaration` (+ `defaultLibrary` in the built-in library) |
 * | muscle of the vocabulary in a declaration | `enumMember` (a word outside it gets none) |
 * | compound/isolation, cardio/mobility, impact high/low, goal, `units kg`/`lb`, easy/moderate/hard, Z1–Z5 | `enumMember` |
 * | weekday | `namespace` (a session holds its items) |
 * | plan and session titles, import paths, notes | `string` |
 * | numbers: sets, reps, loads, durations, distances, paces, `age`, `hrmax`, `ftp`, `at` time, drop sets | `number` |
 * | units after a number (`kg`, `lb`, `%`, `W`, `bpm`, `s`, `min`, `h`, `m`, `km`, `mi`; `HRmax`, `FTP` after `%`) | `number`: the legend has no unit type, and themes colour CSS units as their number |
 * | `x` of `4x10`, `@`, the `-` of `8-12`, `4-5` and `RIR -1`, the `+` of `1x5+` | `operator` |
 * | every other keyword (`plan`, `exercise`, `primary`, `at`, `rest`, `each`, `AMRAP`, `RPE`, `drop`, `last`, `rest-pause` …) | `keyword` |
 *
 * Words of a name that are keywords elsewhere (`Rest-Pause Curl`) stay part of the name.
 */
export class SplitSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const properties = PROPERTIES[node.$type] ?? {};
        for (const [property, type] of Object.entries(properties)) acceptor({ node, property, type } as Parameters<SemanticTokenAcceptor>[0]);
        if (isExercise(node)) {
            const modifier = isBuiltin(AstUtils.getDocument(node).uri) ? [declaration, defaultLibrary] : [declaration];
            acceptor({ node, property: 'name', type: fn, modifier });
            acceptor({ node, property: 'aliases', type: fn, modifier });
            for (const property of ['primary', 'secondary'] as const) {
                node[property].forEach((muscle, index) => {
                    if (toMuscle(muscle)) acceptor({ node, property, index, type: enumMember });
                });
            }
        }
        if (isItem(node)) {
            const target = node.exercise.ref;
            const name = node.exercise.$refNode;
            if (target && name) {
                acceptor({ cst: name, type: fn, modifier: isBuiltin(AstUtils.getDocument(target).uri) ? [defaultLibrary] : [] });
            }
        }
        this.keywords(node, [...Object.keys(properties), ...(NAMES[node.$type] ?? [])], acceptor);
    }

    /** The node's own keywords and operators, outside the properties highlighted above. */
    private keywords(node: AstNode, highlighted: readonly string[], acceptor: SemanticTokenAcceptor): void {
        if (!node.$cstNode) return;
        const nodes = CstUtils.streamCst(node.$cstNode).iterator();
        for (let next = nodes.next(); !next.done; next = nodes.next()) {
            const leaf = next.value;
            if (leaf.astNode !== node) {
                nodes.prune(); // a child node: highlighted on its own
                continue;
            }
            if (!isLeafCstNode(leaf) || leaf.hidden || isNewline(leaf)) continue;
            const feature = GrammarUtils.findAssignment(leaf)?.feature;
            if (feature && highlighted.includes(feature)) continue;
            const type = leaf.tokenType.name === 'TIMES' ? operator
                : GrammarAST.isKeyword(leaf.grammarSource) ? keywordType(leaf.grammarSource.value) : undefined;
            if (type) acceptor({ cst: leaf, type });
        }
    }
}
