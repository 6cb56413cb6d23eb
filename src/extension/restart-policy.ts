/**
 * What to do when the language server's process ends: restart it and say so, unless it has ended five times within
 * three minutes, then stop trying and say how to look into it. Pure (time comes in), so it is tested without VS Code.
 */
export class RestartPolicy {
    private readonly crashes: number[] = [];

    constructor(private readonly limit = 5, private readonly windowMs = 3 * 60_000) {}

    onClosed(now: number): { restart: boolean; message: string } {
        this.crashes.push(now);
        while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
        if (this.crashes.length >= this.limit) {
            return {
                restart: false,
                message: `The Split language server stopped ${this.limit} times in ${this.windowMs / 60_000} minutes and was not restarted: see the "Split" output channel, then run "Developer: Reload Window".`,
            };
        }
        return { restart: true, message: 'The Split language server stopped unexpectedly and was restarted.' };
    }
}
