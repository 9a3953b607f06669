// js-yaml comes with electron-builder, without types: the one function the configuration test reads with.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
