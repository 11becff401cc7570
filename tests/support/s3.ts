import type { EventEmitter } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/**
 * A real S3-compatible server (s3rver) on a free loopback port, with one empty
 * bucket, for the tests of the S3 storage. `url` is a STORAGE_URL for it.
 */
export interface LocalS3 {
  url: string;
  bucket: string;
  endpoint: string;
  /** The folder s3rver keeps the bucket's objects in. */
  directory: string;
  /** Calls `listener` with the key of every object stored from now on, once it is stored. */
  onObjectCreated(listener: (key: string) => void): void;
  /** Stops the server and removes its files; a second call does nothing. */
  stop(): Promise<void>;
}

export const S3_TEST_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

export async function startLocalS3(bucket = "photos"): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let stopped = false;
  Object.assign(process.env, S3_TEST_CREDENTIALS);
  return {
    url: `s3://${bucket}?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1`,
    bucket,
    endpoint,
    directory,
    onObjectCreated(listener) {
      // s3rver is a Koa app, so an EventEmitter; its types leave that out.
      (server as unknown as EventEmitter).on(
        "event",
        (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
          for (const record of event.Records) {
            if (record.eventName.startsWith("ObjectCreated:")) listener(record.s3.object.key);
          }
        },
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
