import {
  deletePhoto,
  getPhoto,
  listPhotos,
  photoFile,
  setPhotoTags,
  tagPhotos,
  uploadPhoto,
} from "@/server/domain/photos";
import {
  ZListPhotosInput,
  ZPhoto,
  ZPhotoFile,
  ZPhotoFileInput,
  ZPhotoIdInput,
  ZPhotoPage,
  ZSetPhotoTagsInput,
  ZTagPhotosInput,
  ZUploadPhotoInput,
  ZUploadResult,
} from "@/server/domain/photos.schemas";
import { backofficeProcedure, createTRPCRouter, operatorProcedure } from "../trpc";

export const photosRouter = createTRPCRouter({
  /**
   * Takes a file stream, so only the REST route and the resumable upload
   * endpoint call it (a JSON request cannot carry the upload).
   */
  upload: backofficeProcedure
    .input(ZUploadPhotoInput)
    .output(ZUploadResult)
    .mutation(({ ctx, input }) => uploadPhoto(ctx.tenant, ctx.caller, input)),

  /** Operators: every photo; photographers: the photos they uploaded. */
  list: backofficeProcedure
    .input(ZListPhotosInput)
    .output(ZPhotoPage)
    .query(({ ctx, input }) => listPhotos(ctx.tenant, ctx.caller, input)),

  get: backofficeProcedure
    .input(ZPhotoIdInput)
    .output(ZPhoto)
    .query(({ ctx, input }) => getPhoto(ctx.tenant, ctx.caller, input.id)),

  delete: backofficeProcedure
    .input(ZPhotoIdInput)
    .mutation(({ ctx, input }) => deletePhoto(ctx.tenant, ctx.caller, input.id)),

  /** A file to stream: served by the REST route and the pages' file route. */
  file: backofficeProcedure
    .input(ZPhotoFileInput)
    .output(ZPhotoFile)
    .query(({ ctx, input }) => photoFile(ctx.tenant, ctx.caller, input)),

  setTags: operatorProcedure
    .input(ZSetPhotoTagsInput)
    .output(ZPhoto)
    .mutation(({ ctx, input }) => setPhotoTags(ctx.tenant, ctx.caller, input)),

  /** Adds and removes members on several photos at once. */
  tag: operatorProcedure
    .input(ZTagPhotosInput)
    .mutation(({ ctx, input }) => tagPhotos(ctx.tenant, ctx.caller, input)),
});
