// Eleventy 3 ships no type declarations; draad uses only the constructor and write().
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
  }
}
