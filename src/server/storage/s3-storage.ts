import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { assertSafeKey, isStreamedBody, type ObjectStorage } from "./object-storage";

export interface S3Location {
  bucket: string;
  /** An S3-compatible server's address; empty for AWS itself. */
  endpoint?: string;
  region: string;
}

/** Reads `s3://bucket?endpoint=http://127.0.0.1:9000&region=eu-central-1`. */
export function parseS3Url(url: string): S3Location {
  const parsed = new URL(url);
  if (parsed.protocol !== "s3:" || !parsed.hostname) {
    throw new Error("STORAGE_URL: expected s3://bucket?endpoint=…&region=…");
  }
  return {
    bucket: parsed.hostname,
    endpoint: parsed.searchParams.get("endpoint") ?? undefined,
    region: parsed.searchParams.get("region") ?? "us-east-1",
  };
}

/**
 * Objects in an S3-compatible bucket; credentials come from the usual AWS
 * variables. Checksums only where S3 requires them: with the SDK's default, a
 * streamed upload to some compatible servers is stored with its chunk framing.
 */
export function s3Storage(location: S3Location): ObjectStorage {
  const client = new S3Client({
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: Boolean(location.endpoint),
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = location.bucket;
  return {
    async put(key, body, contentType) {
      const streamed = isStreamedBody(body);
      try {
        assertSafeKey(key);
        // One PutObject, streamed when it is a stream: S3 needs its length up front.
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            ContentType: contentType,
            ...(streamed ? { Body: body.stream, ContentLength: body.size } : { Body: body }),
          }),
        );
      } catch (error) {
        if (streamed) body.stream.destroy();
        throw error;
      }
    },
    async open(key) {
      assertSafeKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return { body: object.Body.transformToWebStream(), size: object.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async delete(keys) {
      keys.forEach(assertSafeKey);
      // DeleteObjects takes at most 1,000 keys.
      for (let start = 0; start < keys.length; start += 1000) {
        const { Errors: failed = [] } = await client.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: {
              Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })),
              Quiet: true,
            },
          }),
        );
        if (failed.length > 0) {
          throw new Error(
            `S3 kept ${failed.length} objects: ${failed[0]?.Code} (${failed[0]?.Key})`,
          );
        }
      }
    },
    async *list(prefix) {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key && object.LastModified) {
            yield { key: object.Key, lastModified: object.LastModified };
          }
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
