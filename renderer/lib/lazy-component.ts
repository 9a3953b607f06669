import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component whose module loads the first time it renders: each page is its own chunk, so the first
 * screen does not wait for the code of every other. `name` is the module's export.
 */
export function lazyComponent<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async (): Promise<{ default: ComponentType<P> }> => ({ default: (await load())[name] }));
}
