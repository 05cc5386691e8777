import type { Store } from '../store/types.ts';

/**
 * The key teacher sessions are signed with: the store's secret bound to the current password hash,
 * so setting a new password signs every earlier session out.
 */
export async function sessionKey(store: Store): Promise<string> {
  const { passwordHash } = await store.teacher();
  return `${store.secret()}\n${passwordHash ?? ''}`;
}
