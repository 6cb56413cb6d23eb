import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PREVIEW_REQUEST } from '../language/lsp/split-preview-protocol.js';
import { freshNonce, renderWebviewShell } from '../render/preview/preview-html.js';
import { parsePreviewModel } from '../render/preview/preview-schema.js';
import { parseWebviewMessage } from '../render/preview/preview-messages.js';

export const PREVIEW_VIEW_TYPE = 'split.preview';

/** How long typing may pause before the preview asks for a new model; later edits replace earlier ones. */
const THROTTLE_MS = 150;

/**
 * The live preview of the week (SPEC §7), like Markdown's: one panel that follows the active `.split` editor and
 * the text as it is typed. The server computes the view model; the panel's script renders it. Stale answers are
 * dropped by document version, here and again in the webview.
 */
export class PreviewManager implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private shownVersion = -1;
    private refusedMessage = false;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {
        this.disposables.push(
            vscode.commands.registerCommand('split.showPreview', (uri?: vscode.Uri) => this.show(uri, vscode.ViewColumn.Active)),
            vscode.commands.registerCommand('split.showPreviewToSide', (uri?: vscode.Uri) => this.show(uri, vscode.ViewColumn.Beside)),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: unknown) => {
                    // The page keeps its last payload (vscode.setState in preview-webview.ts), and with it the plan's URI.
                    const saved = (state as { payload?: { uri?: string } } | undefined)?.payload?.uri;
                    this.adopt(panel, saved ? vscode.Uri.parse(saved) : undefined);
                },
            }),
            vscode.window.onDidChangeActiveTextEditor((editor) => {
                if (this.panel && editor?.document.languageId === 'split') this.follow(editor.document.uri);
            }),
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (this.panel && event.document.uri.toString() === this.uri?.toString()) this.schedule();
            }),
            vscode.languages.onDidChangeDiagnostics((event) => {
                if (this.panel && event.uris.some((uri) => uri.toString() === this.uri?.toString())) this.schedule();
            }),
        );
    }

    /** Opens (or reveals) the preview of a plan: the given one, else the active editor's. */
    private show(uri: vscode.Uri | undefined, column: vscode.ViewColumn): void {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri;
        if (!target) {
            void vscode.window.showInformationMessage('Open a .split plan to preview it.');
            return;
        }
        if (this.panel) {
            this.panel.reveal(column, true);
        } else {
            const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Split preview', { viewColumn: column, preserveFocus: true }, {
                enableScripts: true,
                localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
            });
            this.adopt(panel, target);
        }
        this.follow(target);
    }

    /** Takes a panel (new, or restored after a reload) and wires its page and messages. */
    private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): void {
        this.panel = panel;
        panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')] };
        const media = (file: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', file)).toString();
        panel.webview.html = renderWebviewShell({ cspSource: panel.webview.cspSource, scriptUri: media('preview.js'), styleUri: media('preview.css'), nonce: freshNonce() });
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'split-file.svg');
        panel.webview.onDidReceiveMessage((data: unknown) => {
            const parsed = parseWebviewMessage(data);
            if (!parsed.ok) return this.refuse(parsed.error);
            if (parsed.message.type === 'ready') this.refresh(true);
            else void this.reveal(parsed.message.line, parsed.message.character);
        }, undefined, this.disposables);
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.uri = undefined;
        }, undefined, this.disposables);
        if (uri) this.follow(uri);
    }

    private follow(uri: vscode.Uri): void {
        if (uri.toString() !== this.uri?.toString()) this.shownVersion = -1;
        this.uri = uri;
        if (this.panel) this.panel.title = `Preview ${uri.path.split('/').pop()}`;
        this.refresh(true);
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(false), THROTTLE_MS);
    }

    /** Asks the server for the model and posts it, unless a newer version was shown already. */
    private refresh(force: boolean): void {
        const uri = this.uri;
        const panel = this.panel;
        if (!uri || !panel) return;
        void this.client.sendRequest(PREVIEW_REQUEST, { uri: uri.toString() }).then((payload) => {
            if (payload === null || this.panel !== panel || this.uri?.toString() !== uri.toString()) return;
            const parsed = parsePreviewModel(payload);
            if (!parsed.ok) return;
            const version = parsed.model.version ?? 0;
            if (!force && version < this.shownVersion) return;
            this.shownVersion = version;
            void panel.webview.postMessage({ type: 'update', payload: parsed.model });
        }, () => undefined);
    }

    /** A message the page should never send is ignored; the first is logged in the Split output (not a flood of them). */
    private refuse(error: string): void {
        if (this.refusedMessage) return;
        this.refusedMessage = true;
        this.client.outputChannel.warn(`The preview sent a message it should not (${error}); it is ignored, and so are any more such.`);
    }

    /** Shows a line of the plan in its editor (a diagnostic clicked in the preview). */
    private async reveal(line: number, character: number): Promise<void> {
        if (!this.uri) return;
        const document = await vscode.workspace.openTextDocument(this.uri);
        const position = new vscode.Position(line, character);
        const column = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri?.toString())?.viewColumn ?? vscode.ViewColumn.One;
        await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(position, position) });
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.panel?.dispose();
        for (const disposable of this.disposables) disposable.dispose();
    }
}
