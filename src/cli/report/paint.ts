import { styleText } from 'node:util';

export type Style = Parameters<typeof styleText>[0];

/** Colours only on a terminal, and never with NO_COLOR, whatever FORCE_COLOR says (SPEC §6). */
export function paint(style: Style, text: string): string {
    return process.env.NO_COLOR ? text : styleText(style, text);
}
