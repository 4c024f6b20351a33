export declare function serverArgs(extraNodeFlags?: string[]): string[];
