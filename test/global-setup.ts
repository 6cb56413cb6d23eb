// Once before any test file runs: the browser tests' Chromium is unpacked here, so that parallel test files never
// race to unpack it (the package checks only that the file exists).
import { chromiumExecutable } from '../scripts/chromium.mjs';

export default async function setup(): Promise<void> {
    await chromiumExecutable();
}
