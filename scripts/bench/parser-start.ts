import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { createSplitCoreServices } from '../../src/language/split-module.js';

// Run by the benchmark in a fresh process: the milliseconds a cold start spends in Langium's parser for one small
// plan, which every `split-plan check` pays: building it (the grammar's token types, Chevrotain's lexer, its
// self-analysis of the grammar), then its first parse, while nothing is compiled yet.
const { Split } = createSplitCoreServices(EmptyFileSystem);
const text = readFileSync(process.argv[2], 'utf8');
const start = performance.now();
const parser = Split.parser.LangiumParser;
const built = performance.now();
parser.parse(text);
console.log(JSON.stringify({ build: built - start, firstParse: performance.now() - built }));
