/**
 * What Langium's core (not its language server) imports from vscode-languageserver-protocol, without the rest of
 * the protocol: scripts/bundle.mjs substitutes this module for that package in the command line's bundle only,
 * which saves evaluating all of the protocol's definitions at every start. The classes are the ones the protocol
 * re-exports from vscode-jsonrpc; LSPErrorCodes are the protocol's values (Langium uses them in rejections only).
 */
export { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc';

export const LSPErrorCodes = {
    RequestFailed: -32803,
    ServerCancelled: -32802,
    ContentModified: -32801,
    RequestCancelled: -32800,
} as const;
