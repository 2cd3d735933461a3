import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config/app-config';

/** Keys are ours, never a user's: lowercase paths of letters, digits and dashes with a known extension. */
export const MEDIA_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.(webp|png|jpg|csv)$/;

export interface StoredObject {
  body: Readable;
  contentType: string;
  size?: number;
}

/** Where uploaded files live: the local disk by default, any S3-compatible store when configured. */
export abstract class MediaStorage {
  constructor(protected readonly publicBase: string) {}

  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  abstract get(key: string): Promise<StoredObject | null>;
  /** Removes every object under a prefix (`products/<id>/`). */
  abstract removePrefix(prefix: string): Promise<void>;

  url(key: string): string {
    return `${this.publicBase}/${key}`;
  }
}

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg', csv: 'text/csv' };

export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

export class LocalMediaStorage extends MediaStorage {
  constructor(
    private readonly directory: string,
    publicBase: string,
  ) {
    super(publicBase);
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async get(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { body: createReadStream(path), contentType: contentTypeOf(key), size: info.size };
  }

  async removePrefix(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix.replace(/\/$/, '')), { recursive: true, force: true });
  }

  private pathOf(key: string): string {
    const root = resolve(this.directory);
    const path = resolve(join(root, key));
    if (path !== root && !path.startsWith(root + sep)) throw new Error(`media key escapes the media directory: ${key}`);
    return path;
  }
}

/** S3 or anything that speaks its API (MinIO, R2, Ceph...), through the official AWS SDK. */
export class S3MediaStorage extends MediaStorage {
  private readonly client: S3Client;

  constructor(
    private readonly bucket: string,
    options: { endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string },
    publicBase: string,
  ) {
    super(publicBase);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: Boolean(options.endpoint),
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return { body: object.Body as Readable, contentType: object.ContentType ?? contentTypeOf(key), size: object.ContentLength };
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async removePrefix(prefix: string): Promise<void> {
    const listed = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix }));
    const keys = (listed.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
    if (keys.length) await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys } }));
  }
}

export function createMediaStorage(config: AppConfig): MediaStorage {
  const { media } = config;
  if (media.driver === 's3' && media.s3) return new S3MediaStorage(media.s3.bucket, media.s3, media.publicUrl);
  return new LocalMediaStorage(media.directory, media.publicUrl);
}
