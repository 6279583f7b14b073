/** The part of js-yaml (the parser Astro's content layer reads front matter with) that validation uses (./built-front-matter.ts). */
declare module 'js-yaml' {
  export interface YAMLException extends Error {
    reason: string;
    mark: { line: number; column: number };
  }
  export function load(text: string): unknown;
}
