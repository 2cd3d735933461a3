import sharp from 'sharp';
import { FakeS3 } from '../support/fakes/fake-s3';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 15, g: 118, b: 110 } } })
    .png()
    .toBuffer();

async function uploadImage(app: TestApp, token: string, productId: string, file: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([file]), 'photo.png');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(`${app.url}/admin/products/${productId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each([
  { name: 'local disk', s3: false },
  { name: 'S3-compatible storage', s3: true },
])('product images on $name', ({ s3 }) => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let fake: FakeS3 | undefined;

  beforeAll(async () => {
    if (s3) {
      fake = new FakeS3('tillpoint-media', 'AKIATESTKEY');
      await fake.start();
    }
    app = await startTestApp({
      env: s3
        ? {
            MEDIA_STORAGE: 's3',
            S3_ENDPOINT: fake!.url,
            S3_BUCKET: 'tillpoint-media',
            S3_ACCESS_KEY_ID: 'AKIATESTKEY',
            S3_SECRET_ACCESS_KEY: 'secret',
            S3_REGION: 'eu-west-1',
          }
        : { DATA_DIR: `/tmp/tp-media-${process.pid}-${Date.now()}` },
    });
    given = givenFor(app);
    staff = await given.staff('catalog');
  });
  afterAll(async () => {
    await app.close();
    await fake?.stop();
  });

  it('stores an upload in list and page sizes, never enlarged, and serves them', async () => {
    const product = await given.product({ variants: [{ price: 1000 }] });
    const uploaded = await uploadImage(app, staff.accessToken, product.id, await png(1600, 1000), { alt: 'Front view' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ alt: 'Front view', width: 1600, height: 1000 });
    const keyOf = (url: unknown) => String(url).split('/').slice(-3).join('/');
    const thumbKey = keyOf(uploaded.body.thumbnailUrl);
    if (s3) {
      expect(String(uploaded.body.thumbnailUrl)).toBe(`${fake!.url}/tillpoint-media/${thumbKey}`);
      const thumb = fake!.objects.get(thumbKey)!;
      expect((await sharp(thumb.body).metadata()).width).toBe(480);
      expect(thumb.contentType).toBe('image/webp');
    } else {
      const served = await fetch(
        String(uploaded.body.thumbnailUrl)
          .replace('http://localhost:9000', app.url)
          .replace(/^http:\/\/localhost:\d+/, app.url),
      );
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toContain('immutable');
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(480);
    }
    const small = await uploadImage(app, staff.accessToken, product.id, await png(300, 200));
    expect(small.body).toMatchObject({ width: 300 });
  });

  it('refuses a file that is not an image, and a variant of another product', async () => {
    const product = await given.product({ variants: [{ price: 1000 }] });
    const other = await given.product({ variants: [{ price: 1000 }] });
    const text = await uploadImage(app, staff.accessToken, product.id, Buffer.from('not an image at all'));
    expect(text.status).toBe(400);
    expect(text.body.code).toBe('not_an_image');
    const foreign = await uploadImage(app, staff.accessToken, product.id, await png(10, 10), { variantId: other.variantIds[0] });
    expect(foreign.status).toBe(400);
    const unknownField = await uploadImage(app, staff.accessToken, product.id, await png(10, 10), { colour: 'red' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([{ pointer: '/colour', detail: 'is not an allowed field' }]);
  });

  it('deletes an image with its stored sizes', async () => {
    const product = await given.product({ variants: [{ price: 1000 }] });
    const uploaded = await uploadImage(app, staff.accessToken, product.id, await png(100, 100));
    const deleted = await given.http.delete(`/admin/products/${product.id}/images/${uploaded.body.id}`, { token: staff.accessToken });
    expect(deleted.status).toBe(204);
    if (s3) expect([...fake!.objects.keys()].some((k) => k.includes(String(uploaded.body.id)))).toBe(false);
    const detail = await given.http.get<{ images: unknown[] }>(`/admin/products/${product.id}`, { token: staff.accessToken });
    expect(detail.body.images).toEqual([]);
  });
});
