// The `split-plan` bin (out/cli/split-plan.cjs): it turns on Node's compile cache, so that the bundle's code is
// compiled once and reused by later runs, then loads the command line (out/cli/split-plan-main.cjs, built from
// split-plan.ts). Node before 22.1 has no compile cache and just runs it.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
require('./split-plan-main.cjs');
