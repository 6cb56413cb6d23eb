import { EmptyFileSystem } from 'langium';
import { createSplitCoreServices } from '../../src/language/split-module.js';

// Run by the benchmark in a fresh process: the milliseconds a cold start spends building Split's lexer and parser
// (the grammar's token types, Chevrotain's lexer, its self-analysis of the grammar), which every `split-plan` run pays.
const { Split } = createSplitCoreServices(EmptyFileSystem);
const start = performance.now();
void Split.parser.LangiumParser;
console.log(performance.now() - start);
