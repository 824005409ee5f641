// The part of Eleventy's programmatic API the build uses (Eleventy ships no type declarations).
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        pathPrefix?: string;
        runMode?: 'build' | 'serve' | 'watch';
      },
    );
    init(): Promise<unknown>;
    write(): Promise<unknown>;
    /** Renders every page into memory: `[{ url, inputPath, outputPath, content }]`. */
    toJSON(): Promise<unknown>;
  }
}
