import { main } from './main.js';

// The command line's entry: everything else is in main.ts, which tests call directly.
main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
});
