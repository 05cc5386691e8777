import { resolve } from 'node:path';
import type { Store } from './types.ts';
import { JsonStore, type JsonStoreOptions } from './json-store.ts';

const open = new Map<string, Promise<JsonStore>>();

function forget(path: string, store: Promise<JsonStore>): void {
  if (open.get(path) === store) open.delete(path);
}

/**
 * The store for `file`. Two stores on one file would overwrite each other's writes, so the process
 * keeps exactly one per resolved path and returns it to every caller (`options` count on the first open).
 */
export function openStore(file: string, options: JsonStoreOptions = {}): Promise<Store> {
  const path = resolve(file);
  let store = open.get(path);
  if (!store) {
    const loading = JsonStore.open(path, options, () => forget(path, loading));
    open.set(path, loading);
    // A file that failed to load may be fixed and retried.
    loading.catch(() => forget(path, loading));
    store = loading;
  }
  return store;
}
