// mocha's browser build, set up before the suites are evaluated (index.ts imports this first): they call suite().
import 'mocha/mocha.js';

mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 30_000 });
