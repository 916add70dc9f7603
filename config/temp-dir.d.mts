// Types of temp-dir.mjs (plain JavaScript, so that the repository's scripts can use it under Node without a build).
export declare function makeTempDir(prefix: string): string;
export declare function removeTempDir(dir: string): void;
export declare function keepTempDir(dir: string): void;
