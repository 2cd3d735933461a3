import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { once } from 'node:events';

/**
 * An HTTP server that answers the few S3 REST calls the media storage makes (PutObject, GetObject,
 * ListObjectsV2, DeleteObjects) as the S3 API reference documents them, path-style, for one bucket.
 * It insists on SigV4-signed requests from the expected access key, as S3 does.
 */
export class FakeS3 {
  readonly objects = new Map<string, { body: Buffer; contentType: string }>();
  readonly requests: { method: string; path: string }[] = [];
  private server!: Server;
  url = '';

  constructor(
    readonly bucket: string,
    readonly accessKeyId: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    this.server.close();
    await once(this.server, 'close');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    this.requests.push({ method: request.method ?? '', path: url.pathname + url.search });
    const auth = request.headers.authorization ?? '';
    if (!auth.startsWith(`AWS4-HMAC-SHA256 Credential=${this.accessKeyId}/`) || !request.headers['x-amz-date']) {
      return this.error(response, 403, 'AccessDenied', 'Missing or foreign SigV4 signature');
    }
    const [, bucket, ...rest] = url.pathname.split('/');
    if (bucket !== this.bucket) return this.error(response, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = decodeURIComponent(rest.join('/'));
    const body = await readBody(request);
    if (request.method === 'PUT' && key) {
      this.objects.set(key, { body, contentType: request.headers['content-type'] ?? 'application/octet-stream' });
      response.writeHead(200, { ETag: '"etag"' }).end();
    } else if (request.method === 'GET' && key) {
      const object = this.objects.get(key);
      if (!object) return this.error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
      response.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.body.length }).end(object.body);
    } else if (request.method === 'GET' && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix));
      const contents = keys.map((k) => `<Contents><Key>${k}</Key><Size>${this.objects.get(k)!.body.length}</Size></Contents>`).join('');
      this.xml(
        response,
        `<ListBucketResult><Name>${this.bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${keys.length}</KeyCount><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
      );
    } else if (request.method === 'POST' && url.searchParams.has('delete')) {
      const keys = [...body.toString('utf8').matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]);
      for (const k of keys) this.objects.delete(k);
      this.xml(response, `<DeleteResult>${keys.map((k) => `<Deleted><Key>${k}</Key></Deleted>`).join('')}</DeleteResult>`);
    } else {
      this.error(response, 400, 'InvalidRequest', 'Not supported by this fake');
    }
  }

  private xml(response: ServerResponse, body: string): void {
    response.writeHead(200, { 'Content-Type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  }

  private error(response: ServerResponse, status: number, code: string, message: string): void {
    response
      .writeHead(status, { 'Content-Type': 'application/xml' })
      .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
