import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { SplitGrammar } from '../../../src/language/generated/grammar.js';
import { VOCABULARY, offered, wordFor, wordsOf, type WordCategory } from '../../../src/language/facts/vocabulary.js';

// The vocabulary against the grammar (src/language/split.langium, as generated): the same keywords, each in the
// category of the grammar rule that holds it.

const grammar = SplitGrammar();

function rule(name: string): GrammarAST.ParserRule {
    const found = grammar.rules.find((candidate) => candidate.name === name);
    if (!GrammarAST.isParserRule(found)) throw new Error(`no parser rule ${name}`);
    return found;
}

/** The keywords written in a rule itself (not in the rules it calls). */
function ownKeywords(name: string): string[] {
    return AstUtils.streamAllContents(rule(name).definition).filter(GrammarAST.isKeyword).map((keyword) => keyword.value.toLowerCase()).toArray();
}

function keywordsOf(...categories: WordCategory[]): string[] {
    return wordsOf(...categories).map((word) => word.keyword);
}

const sorted = (words: Iterable<string>) => [...new Set(words)].sort();

describe('the vocabulary and the grammar', () => {
    it('hold the same keywords: none missing from the vocabulary, none the grammar lacks', () => {
        const grammarKeywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value.toLowerCase());
        const grammarSet = new Set(grammarKeywords);
        const vocabularySet = new Set(VOCABULARY.map((word) => word.keyword));
        expect([...grammarSet].filter((keyword) => !vocabularySet.has(keyword)), 'in the grammar, not in the vocabulary').toEqual([]);
        expect([...vocabularySet].filter((keyword) => !grammarSet.has(keyword)), 'in the vocabulary, not in the grammar').toEqual([]);
    });

    it('put each keyword in the category of its grammar rule', () => {
        expect(sorted(keywordsOf('weekday'))).toEqual(sorted(ownKeywords('Weekday')));
        expect(sorted(keywordsOf('goal'))).toEqual(sorted(ownKeywords('Goal')));
        expect(sorted(keywordsOf('mechanic'))).toEqual(sorted(ownKeywords('Mechanic')));
        expect(sorted(keywordsOf('kind'))).toEqual(sorted(ownKeywords('Kind')));
        expect(sorted(keywordsOf('impact'))).toEqual(sorted(ownKeywords('Impact')));
        expect(sorted(keywordsOf('effort'))).toEqual(sorted(ownKeywords('Effort')));
        expect(sorted(keywordsOf('zone'))).toEqual(sorted(ownKeywords('ZoneLoad')));
        expect(sorted(keywordsOf('scale'))).toEqual(sorted(ownKeywords('ScaleLoad').filter((keyword) => keyword !== '-')));
        expect(sorted(keywordsOf('weight-unit'))).toEqual(sorted(ownKeywords('WeightUnit')));
        expect(sorted(keywordsOf('load-unit'))).toEqual(sorted(ownKeywords('LoadUnit')));
        expect(sorted(keywordsOf('percent-of'))).toEqual(sorted(ownKeywords('PercentOf')));
        expect(sorted(keywordsOf('time-unit', 'distance-unit'))).toEqual(sorted(ownKeywords('QuantityUnit')));
        // A modifier is the first keyword of each alternative of Modifier (a note has none).
        const modifier = rule('Modifier').definition;
        const modifiers = GrammarAST.isAlternatives(modifier) ? modifier.elements : [];
        const firsts = modifiers.map((element) => GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)
            ? ownKeywords(element.rule.ref.name)[0] : undefined).filter((keyword) => keyword !== undefined);
        expect(sorted(keywordsOf('modifier'))).toEqual(sorted(firsts));
        // Statements start with their keyword.
        const statements = ['PlanTitle', 'GoalStatement', 'AgeStatement', 'HrMaxStatement', 'FtpStatement', 'UnitsStatement', 'Import'].map((name) => ownKeywords(name)[0]);
        expect(sorted(keywordsOf('header'))).toEqual(sorted(statements));
        expect(keywordsOf('declaration')).toEqual([ownKeywords('Exercise')[0]]);
        expect(sorted(keywordsOf('clause'))).toEqual(sorted(ownKeywords('Exercise').filter((keyword) => !['exercise', ','].includes(keyword))));
        expect(sorted(keywordsOf('session'))).toEqual(sorted(ownKeywords('Session')));
    });

    it('has one entry per keyword and category, each documented, its other spellings and taken words known', () => {
        const keys = VOCABULARY.map((word) => `${word.keyword} ${word.category}`);
        expect(keys.length).toBe(new Set(keys).size);
        for (const word of VOCABULARY) {
            expect(word.meaning.trim(), word.keyword).not.toBe('');
            expect(word.syntax.toLowerCase().startsWith(word.keyword), word.keyword).toBe(true);
            if (word.spellingOf) expect(wordFor(word.spellingOf, word.category), word.keyword).toBeDefined();
            for (const taken of word.takes ?? []) {
                if (taken !== 'muscle') expect(wordsOf(taken).filter(offered), `${word.keyword} takes ${taken}`).not.toEqual([]);
            }
        }
    });
});
