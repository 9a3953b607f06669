// Types of layers.js, which ESLint's config loads as plain JavaScript.
export interface Layer {
  name: string;
  folder: string;
  modules: string[];
  packages?: string[];
  node?: boolean;
}
export const LAYERS: Layer[];
export function layersTable(): string;
