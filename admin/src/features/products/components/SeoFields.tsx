import { useFormContext, useWatch } from 'react-hook-form';
import { useStorefrontUrl } from '../../../app/use-store-info';
import { Field, TextField } from '../../../shared/ui/Field';
import { Textarea } from '../../../shared/ui/Textarea';
import type { ProductValues } from '../product-form';

const TITLE_MAX = 70;
const DESCRIPTION_MAX = 160;

/** What search engines show, with counters and a preview of the result. */
export function SeoFields() {
  const { register, formState } = useFormContext<ProductValues>();
  const [seoTitle, seoDescription, title, description, handle] = useWatch<
    ProductValues,
    ['seoTitle', 'seoDescription', 'title', 'description', 'handle']
  >({
    name: ['seoTitle', 'seoDescription', 'title', 'description', 'handle'],
  });
  const storefront = useStorefrontUrl();
  const { errors } = formState;

  return (
    <div className="space-y-4">
      <TextField
        label="Page title"
        autoComplete="off"
        placeholder={title || 'The product title'}
        hint={<Counter length={seoTitle.length} max={TITLE_MAX} fallback="Empty uses the product title." />}
        error={errors.seoTitle?.message}
        {...register('seoTitle')}
      />
      <Field
        label="Meta description"
        error={errors.seoDescription?.message}
        hint={<Counter length={seoDescription.length} max={DESCRIPTION_MAX} fallback="Empty uses the start of the description." />}
      >
        {(control) => (
          <Textarea {...control} rows={3} placeholder="One or two sentences that make people click." {...register('seoDescription')} />
        )}
      </Field>
      <SearchResultPreview
        url={`${storefront ?? 'https://shop.example'}/products/${handle || 'handle'}`}
        title={seoTitle || title || 'Product title'}
        description={seoDescription || plainText(description).slice(0, DESCRIPTION_MAX) || 'A description of the product.'}
      />
    </div>
  );
}

function Counter({ length, max, fallback }: { length: number; max: number; fallback: string }) {
  return (
    <span className="flex justify-between gap-3">
      <span>{fallback}</span>
      <span className={length > max ? 'font-medium text-red-700' : 'tabular-nums'}>
        {length}/{max}
      </span>
    </span>
  );
}

function SearchResultPreview({ url, title, description }: { url: string; title: string; description: string }) {
  const { host, pathname } = safeUrl(url);
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="mb-2 text-xs font-medium text-stone-500">Search result preview</figcaption>
      <p className="truncate text-xs text-stone-600">
        {host} <span className="text-stone-400">{pathname.split('/').filter(Boolean).join(' › ').replace(/^/, '› ')}</span>
      </p>
      <p className="mt-0.5 truncate text-lg leading-snug text-[#1a0dab]">{title}</p>
      <p className="mt-0.5 line-clamp-2 text-[13px] text-stone-600">{description}</p>
    </figure>
  );
}

function safeUrl(url: string): { host: string; pathname: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, pathname: parsed.pathname };
  } catch {
    return { host: url, pathname: '' };
  }
}

/** Markdown without its marks, as a search engine would quote it. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
