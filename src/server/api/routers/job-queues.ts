import { z } from "zod";
import {
  listFailedJobs,
  queueOverview,
  retryFailedJob,
  retryFailedJobsOf,
} from "@/server/domain/job-queues";
import {
  ZFailedJobsInput,
  ZFailedJobsPage,
  ZQueueOverview,
  ZRetried,
  ZRetryJobInput,
  ZRetryQueueInput,
} from "@/server/domain/job-queues.schemas";
import { getQueue } from "@/server/jobs/queue";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The background job queues, for admins (platform-wide): depths, rates, failures and retries. */
export const jobQueuesRouter = createTRPCRouter({
  overview: adminProcedure
    .output(z.array(ZQueueOverview))
    .query(({ ctx }) => queueOverview(ctx.db)),

  failed: adminProcedure
    .input(ZFailedJobsInput)
    .output(ZFailedJobsPage)
    .query(({ ctx, input }) => listFailedJobs(ctx.db, input)),

  retry: adminProcedure
    .input(ZRetryJobInput)
    .output(ZRetried)
    .mutation(async ({ ctx, input }) => {
      const retried = await retryFailedJob(getQueue(), input);
      ctx.log.info({ queue: input.queue, jobId: input.id }, "failed job retried by an admin");
      return retried;
    }),

  retryAll: adminProcedure
    .input(ZRetryQueueInput)
    .output(ZRetried)
    .mutation(async ({ ctx, input }) => {
      const retried = await retryFailedJobsOf(ctx.db, getQueue(), input.queue);
      ctx.log.info(
        { queue: input.queue, retried: retried.retried },
        "failed jobs retried by an admin",
      );
      return retried;
    }),
});
