// Imports and shadowing (SPEC §2.2, §2.3), and rechecking the plans that see an imported file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentState, URI } from 'langium';
import { SplitFileSystem } from '../../../src/language/workspace/split-file-system.js';
import { createSplitCoreServices } from '../../../src/language/split-module.js';
import { check } from '../../helpers.js';
import { withCode, errors, NO_REGIONS, tempDir } from '../language-test-helpers.js';

describe('imports (SPEC §2.2) and shadowing (SPEC §2.3)', () => {
    it('an import of a missing file is unresolved-import on the import line', async () => {
        const dir = tempDir();
        const { diagnostics } = await check('plan "P"\nimport "lib/missing.split"\nmonday\n  Squat 4x8\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['2:unresolved-import:error']);
    });

    it('an import of a file that does not parse is unresolved-import on the import line', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'broken.split'), 'exercise "Broken Lift" primary chest $$$\n');
        const { diagnostics } = await check('import "broken.split"\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['1:unresolved-import:error']);
    });

    it('an import of a folder is unresolved-import', async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'folder.split'));
        const { diagnostics } = await check('import "folder.split"\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual(['1:unresolved-import:error']);
    });

    it('an import, relative to the importing file, brings its own declarations but not those it imports', async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'lib'));
        mkdirSync(join(dir, 'plans'));
        writeFileSync(join(dir, 'lib', 'gym.split'), [
            'import "deep.split"',
            'exercise "Gym Machine Press" alias "GMP" primary chest secondary triceps compound',
            '',
        ].join('\n'));
        writeFileSync(join(dir, 'lib', 'deep.split'), 'exercise "Deep Lift" primary lats compound\n');
        const { diagnostics, week } = await check([
            'import "../lib/gym.split"',
            'monday',
            '  Gym Machine Press 4x10',
            '  GMP 2x10',
            '  Deep Lift 3x10',
            '',
        ].join('\n'), join(dir, 'plans', 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual(['5:unknown-exercise:warning']);
        const [press, gmp, deep] = week.sessions[0].items;
        expect(press.exercise?.name).toBe('Gym Machine Press');
        expect(gmp.exercise?.name).toBe('Gym Machine Press');
        expect(deep.exercise).toBeUndefined();
        expect(week.sessions[0].regionSets).toEqual({ ...NO_REGIONS, chest: 6 });
        expect(week.weeklySets.triceps).toBe(3);
        expect(week.weeklySets.lats).toBe(0);
    });

    it('import cycles are harmless', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'a.split'), 'import "b.split"\nexercise "Cycle A" primary chest compound\n');
        writeFileSync(join(dir, 'b.split'), 'import "a.split"\nexercise "Cycle B" primary lats compound\n');
        const { diagnostics, week } = await check('import "a.split"\nmonday\n  Cycle A 3x10\n', join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'unknown-exercise')).toEqual([]);
        expect(week.sessions[0].regionSets.chest).toBe(3);
    });

    it('a local declaration shadows a built-in of the same name', async () => {
        const { diagnostics, week } = await check('exercise "Squat" primary calves isolation\nmonday\n  Squat 4x8\n  squats 1x8\n');
        expect(errors(diagnostics)).toEqual([]);
        const [squat, squats] = week.sessions[0].items;
        expect(squat.exercise?.primary).toEqual(['calves']);
        expect(squat.exercise?.mechanic).toBe('isolation');
        expect(squats.exercise).toBe(squat.exercise);
        expect(week.weeklySets.calves).toBe(5);
        expect(week.weeklySets.quadriceps).toBe(0);
        expect(week.weeklySets.glutes).toBe(0);
    });

    it('an imported declaration shadows a built-in; a local one shadows the import', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'lib.split'), 'exercise "Bench Press" primary triceps compound\nexercise "Deadlift" primary forearms compound\n');
        const { diagnostics, week } = await check([
            'import "lib.split"',
            'exercise "Deadlift" primary traps compound',
            'monday',
            '  Bench Press 4x8',
            '  Deadlift 3x5',
            '',
        ].join('\n'), join(dir, 'plan.split'));
        expect(errors(diagnostics)).toEqual([]);
        expect(week.weeklySets).toMatchObject({ triceps: 4, chest: 0, traps: 3, forearms: 0, glutes: 0 });
    });

    it('without the shadowing declaration, the built-in is used', async () => {
        const { week } = await check('monday\n  Squat 4x8\n');
        expect(week.sessions[0].items[0].exercise?.primary).toEqual(['quadriceps', 'glutes']);
        expect(week.weeklySets).toMatchObject({ quadriceps: 4, glutes: 4, hamstrings: 2, adductors: 2, 'lower back': 2 });
    });
});

describe('when an imported file changes, the plans that can see it are checked again', () => {
    it('an edit that keeps its names rebuilds the plans naming the edited exercise; new names, broken or deleted files reach every importer', async () => {
        const dir = tempDir();
        const lib = join(dir, 'lib.split');
        writeFileSync(lib, 'exercise "Shared Lift" primary chest compound\n');
        writeFileSync(join(dir, 'uses.split'), 'import "lib.split"\nmonday\n  Shared Lift 4x8\n');
        writeFileSync(join(dir, 'unused.split'), 'import "lib.split"\nmonday\n  Squat 4x8\n');
        const { shared, Split } = createSplitCoreServices(SplitFileSystem);
        shared.workspace.DocumentBuilder.updateBuildOptions = shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'test', uri: URI.file(dir).toString() }]);
        const documentOf = (name: string) => shared.workspace.LangiumDocuments.getDocument(URI.file(join(dir, name)))!;
        const weekOf = (name: string) => Split.model.WeekModels.get(documentOf(name)).week;
        const rebuilt: string[] = [];
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents) => void rebuilt.push(...documents.map((document) => document.uri.path.split('/').pop()!)));
        const edit = async (text: string | undefined) => {
            rebuilt.length = 0;
            if (text === undefined) {
                rmSync(lib);
                await shared.workspace.DocumentBuilder.update([], [URI.file(lib)]);
            } else {
                writeFileSync(lib, text);
                await shared.workspace.DocumentBuilder.update([URI.file(lib)], []);
            }
            return [...rebuilt].sort();
        };
        expect(weekOf('uses.split').sessions[0].regionSets.chest).toBe(4);

        // Other muscles for the same name: the plan naming it follows; the other importer is left alone.
        expect(await edit('exercise "Shared Lift" primary lats compound\n')).toEqual(['lib.split', 'uses.split']);
        expect(weekOf('uses.split').sessions[0].regionSets).toMatchObject({ chest: 0, back: 4 });

        // A new name that shadows a built-in: every importer is linked again.
        expect(await edit('exercise "Shared Lift" primary lats compound\nexercise "Squat" primary calves isolation\n'))
            .toEqual(['lib.split', 'unused.split', 'uses.split']);
        expect(weekOf('unused.split').sessions[0].items[0].exercise?.primary).toEqual(['calves']);

        // A file that no longer parses, then no file at all.
        expect(await edit('exercise "Shared Lift" primary lats $$$\n')).toEqual(['lib.split', 'unused.split', 'uses.split']);
        expect(withCode(documentOf('unused.split').diagnostics!, 'unresolved-import')).toEqual(['1:unresolved-import:error']);
        expect(await edit(undefined)).toEqual(['unused.split', 'uses.split']);
        expect(documentOf('unused.split').diagnostics!.find((diagnostic) => diagnostic.code === 'unresolved-import')?.message).toMatch(/^Cannot find "lib\.split"/);
        expect(weekOf('unused.split').sessions[0].items[0].exercise?.primary).toEqual(['quadriceps', 'glutes']);
    });
});
