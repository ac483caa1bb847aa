// Eleventy 3 ships no type declarations; draad uses only the constructor, toJSON() (render without writing) and the logger.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    toJSON(): Promise<unknown>;
    readonly logger: { overrideLogger(logger: { log(m: unknown): void; info(m: unknown): void; warn(m: unknown): void; error(m: unknown): void }): void };
  }
}
