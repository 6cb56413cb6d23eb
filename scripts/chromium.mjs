// The headless Chromium that the browser tests drive (the preview in test/, the VS Code workbench in
// scripts/test-vscode-server.mjs): the one the npm package @sparticuz/chromium ships, so that `npm ci` is all a
// machine needs; nothing is downloaded. CHROMIUM_PATH names another build (Debian's /usr/bin/chromium, say).
import chromiumPackage from '@sparticuz/chromium';

/**
 * Our own flags, not the package's: it is made for serverless hosts and turns web security and site isolation off,
 * which would hide what the preview's content security policy is tested for.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'];

/** The browser's executable: unpacked once into the system's temporary folder by the package. */
export function chromiumExecutable() {
    return process.env.CHROMIUM_PATH ? Promise.resolve(process.env.CHROMIUM_PATH) : chromiumPackage.executablePath();
}
