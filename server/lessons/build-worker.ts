import { parentPort } from 'node:worker_threads';
import { runBuildJob, type BuildJob, type BuildOutcome } from './build-job.ts';

// The worker thread's side: one job in, one outcome out. A throw (say, a stack overflow) becomes 'failed'.
parentPort?.on('message', (job: BuildJob) => {
  let outcome: BuildOutcome;
  try {
    outcome = runBuildJob(job);
  } catch {
    outcome = { ok: false, why: 'failed' };
  }
  parentPort?.postMessage(outcome);
});
