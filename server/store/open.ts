import { resolve } from 'node:path';
import type { Store } from './types.ts';
import { LowdbStore } from './lowdb-store.ts';

const open = new Map<string, Promise<LowdbStore>>();

function forget(path: string, store: Promise<LowdbStore>): void {
  if (open.get(path) === store) open.delete(path);
}

/**
 * The store for `file`. Two lowdb instances on one file would overwrite each other's writes,
 * so the process keeps exactly one per resolved path and returns it to every caller.
 */
export function openStore(file: string): Promise<Store> {
  const path = resolve(file);
  let store = open.get(path);
  if (!store) {
    const loading = LowdbStore.load(path, () => forget(path, loading));
    open.set(path, loading);
    // A file that failed to load may be fixed and retried.
    loading.catch(() => forget(path, loading));
    store = loading;
  }
  return store;
}
