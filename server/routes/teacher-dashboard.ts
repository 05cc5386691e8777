import type { Request, Response } from 'express';
import { LABELS, labelText } from '../quiz/index.ts';
import {
  barChart,
  confusionTable,
  heatLevel,
  questionKindShort,
  scoreSpread,
  shortExcerpt,
  lessonReport,
  mostMissed,
  openAnswers,
  questionKind,
} from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Store } from '../store/types.ts';
import { loadLessonResults } from './teacher-load.ts';
import { distinctNames } from './teacher-student-names.ts';

/** Per class and lesson: who answered what, scores, most-missed questions, the confusion table and open answers. */
export function dashboardHandlers(store: Store, clock: Clock) {
  return {
    async show(req: Request, res: Response): Promise<void> {
      const results = await loadLessonResults(store, req.params);
      const { classroom, lesson, answers } = results;
      const students = distinctNames(results.students, clock);
      const report = lessonReport(lesson, students, answers);
      const spread = scoreSpread(report.rows);
      res.render('teacher/dashboard', {
        title: `${lesson.title} — ${classroom.name}`,
        classroom,
        lesson,
        report,
        missed: mostMissed(report.questions),
        confusion: confusionTable(lesson.questions, answers),
        open: openAnswers(lesson.questions, students, answers),
        clock,
        labels: LABELS,
        labelText,
        questionKind,
        questionKindShort,
        shortExcerpt,
        heatLevel,
        spread,
        spreadChart: barChart(
          spread.map((b) => ({
            label: b.label,
            value: b.students,
            valueText: `${b.students} student${b.students === 1 ? '' : 's'}`,
          })),
        ),
      });
    },
  };
}
