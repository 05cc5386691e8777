import { type Clock, makeClock, systemTimeZone } from '../http/clock.ts';
import type { Student } from '../store/types.ts';
import { nameKey, normaliseName } from './student-name.ts';

/**
 * The students with names the teacher can tell apart: invisible characters dropped (also from names stored
 * before they were), and students sharing a name numbered in join order with their join time,
 * e.g. "Ada (#2, joined 10:42)", the time on `clock` (BYLINE_TIME_ZONE; the system's zone by default).
 */
export function distinctNames(
  students: readonly Student[],
  clock: Clock = makeClock(systemTimeZone()),
): Student[] {
  const groups = new Map<string, Student[]>();
  for (const s of [...students].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))) {
    const key = nameKey(s.name);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const labels = new Map<string, string>();
  for (const group of groups.values()) {
    group.forEach((s, i) => {
      const name = normaliseName(s.name) || '(no name)';
      labels.set(
        s.id,
        group.length === 1 ? name : `${name} (#${i + 1}, joined ${clock.shortTime(s.joinedAt)})`,
      );
    });
  }
  return students.map((s) => ({ ...s, name: labels.get(s.id) ?? s.name }));
}
