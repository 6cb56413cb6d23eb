/** `.split` files imported by the code (the built-in library) arrive as text: esbuild's and vitest's text loaders. */
declare module '*.split' {
    const text: string;
    export default text;
}
