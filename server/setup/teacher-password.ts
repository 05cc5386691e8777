import { hashPassword, verifyPassword } from '../auth/password.ts';
import type { Store } from '../store/types.ts';

/** BYLINE_TEACHER_PASSWORD, when set, is the teacher password; rehashed only when it changed. */
export async function applyTeacherPassword(
  store: Store,
  password: string | undefined,
): Promise<void> {
  if (password === undefined) return;
  const { passwordHash } = await store.teacher();
  if (passwordHash !== null && (await verifyPassword(password, passwordHash))) return;
  await store.setTeacherPasswordHash(await hashPassword(password));
}
