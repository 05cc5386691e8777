import type { Request, Response } from 'express';
import { liveBoard } from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Store } from '../store/types.ts';
import { loadLessonResults } from './teacher-load.ts';
import { joinUrls } from './teacher-urls.ts';

/** Seconds between refreshes of the live view; the page says so, and the script reads it from the page. */
export const LIVE_REFRESH_SECONDS = 4;

/**
 * The live class view: the whole page, or with ?part=board only the board, which public/live.js polls. Times are
 * shown on `clock` (BYLINE_TIME_ZONE or the server's zone), with the zone named, since a class reads wall clocks.
 */
export function liveHandlers(store: Store, clock: Clock) {
  return {
    async show(req: Request, res: Response): Promise<void> {
      const { classroom, lesson, students, answers } = await loadLessonResults(store, req.params);
      const board = liveBoard(lesson, students, answers);
      const now = new Date();
      res.set('Cache-Control', 'no-store');
      const locals = {
        classroom,
        lesson,
        board,
        updated: { iso: now.toISOString(), time: clock.time(now) },
        timeOf: clock.time,
        zone: clock.zone,
      };
      if (req.query.part === 'board') {
        res.render('teacher/_live-board', locals);
        return;
      }
      res.render('teacher/live', {
        ...locals,
        title: `Live: ${lesson.title} — ${classroom.name}`,
        joinUrls: joinUrls(req, classroom.code),
        refreshSeconds: LIVE_REFRESH_SECONDS,
      });
    },
  };
}
