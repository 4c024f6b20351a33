export declare const SERVER_NODE_FLAGS: string[];
export declare const SERVER_MAIN: string;
export declare function serverArgs(extraNodeFlags?: string[]): string[];
