import { accountRouter } from "./routers/account";
import { adminsRouter } from "./routers/admins";
import { analyticsRouter } from "./routers/analytics";
import { auditLogRouter } from "./routers/audit-log";
import { authRouter } from "./routers/auth";
import { campaignsRouter } from "./routers/campaigns";
import { couponsRouter } from "./routers/coupons";
import { galleryRouter } from "./routers/gallery";
import { healthRouter } from "./routers/health";
import { jobQueuesRouter } from "./routers/job-queues";
import { membersRouter } from "./routers/members";
import { operatorsRouter } from "./routers/operators";
import { ordersRouter } from "./routers/orders";
import { packagesRouter } from "./routers/packages";
import { apiKeysRouter } from "./routers/api-keys";
import { paymentsRouter } from "./routers/payments";
import { photographersRouter } from "./routers/photographers";
import { photosRouter } from "./routers/photos";
import { projectsRouter } from "./routers/projects";
import { webhooksRouter } from "./routers/webhooks";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** One router per domain. */
export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  account: accountRouter,
  operators: operatorsRouter,
  photographers: photographersRouter,
  projects: projectsRouter,
  members: membersRouter,
  photos: photosRouter,
  orders: ordersRouter,
  campaigns: campaignsRouter,
  coupons: couponsRouter,
  packages: packagesRouter,
  apiKeys: apiKeysRouter,
  webhooks: webhooksRouter,
  analytics: analyticsRouter,
  gallery: galleryRouter,
  admins: adminsRouter,
  jobQueues: jobQueuesRouter,
  payments: paymentsRouter,
  auditLog: auditLogRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
