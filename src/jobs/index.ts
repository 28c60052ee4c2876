// Background work stored in the database: no broker needed, several processes never run the same
// job twice, and a crash loses none (an abandoned job is taken again).
export { enqueueJob, type NewJob, type ClaimedJob } from './queue.js';
export { runDueJobs, startWorker, type JobHandler, type JobHandlers } from './worker.js';
