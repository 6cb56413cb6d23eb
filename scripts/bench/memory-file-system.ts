import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';

/** Files held in memory, for benchmarks and tests that edit a whole workspace without touching the disk. */
export class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    write(path: string, text: string): URI {
        const uri = URI.file(path);
        this.files.set(uri.toString(), text);
        return uri;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const isFile = this.files.has(uri.toString());
        return { uri, isFile, isDirectory: !isFile && this.children(uri).length > 0 };
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString()) || this.children(uri).length > 0;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw Object.assign(new Error(`ENOENT: ${uri.path}`), { code: 'ENOENT' });
        return text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return this.children(uri).map((child) => this.statSync(child));
    }

    private children(folder: URI): URI[] {
        const prefix = folder.toString().replace(/\/?$/, '/');
        const names = new Set<string>();
        for (const key of this.files.keys()) {
            if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]);
        }
        return [...names].map((name) => URI.parse(prefix + name));
    }
}
