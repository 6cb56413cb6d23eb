/** Plans of a given size for benchmarks: realistic lines, every session at its own time so the plan stays valid. */
export const ITEMS = [
    'Squat                   4x6 @ 75%',
    'Romanian Deadlift       3x10 @ RPE 8',
    'Leg Extension           5x15 drop 4-5',
    'Bench Press             4x8 @ 80kg rest 2min',
    'Barbell Row             4x10',
    'Pull-Up                 4x8-12 @ RIR 2',
    'Seated Calf Raise       1x75 rest-pause 15s',
    'Run                     30min easy',
];
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function generatePlan(lines: number, header = 'plan "Generated"\ngoal hypertrophy\n'): string {
    const out = [header];
    let count = header.split('\n').length;
    for (let session = 0; count < lines; session++) {
        const day = DAYS[session % 7];
        const minutes = Math.floor(session / 7) * 5; // each session of a day five minutes after the previous
        const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        out.push(`${day} "Session ${session}" at ${time}   // generated`);
        for (let item = 0; item < 8 && count + item + 2 < lines; item++) out.push(`  ${ITEMS[(session + item) % ITEMS.length]}`);
        out.push('');
        count = out.join('\n').split('\n').length;
    }
    return out.join('\n');
}
