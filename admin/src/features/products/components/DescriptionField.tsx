import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../shared/ui/Field';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../../shared/ui/Tabs';
import { Textarea } from '../../../shared/ui/Textarea';
import type { ProductValues } from '../product-form';
import { MarkdownPreview } from './MarkdownPreview';

// Rendered description HTML: readable type without a typography plugin.
const PROSE =
  'min-h-40 rounded-lg border border-stone-200 bg-stone-50/50 px-4 py-3 leading-relaxed text-stone-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-stone-600 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[13px] [&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:font-semibold [&_h4]:mt-3 [&_h4]:mb-1 [&_h4]:font-semibold [&_li]:mb-1 [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:mb-3 [&_strong]:font-semibold [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-5';

interface DescriptionFieldProps {
  /** What the API last saved, with its rendering: shown as-is while the text is unchanged. */
  saved?: { markdown: string; html: string };
  /** Opens on the preview for someone who may only read. */
  readOnly?: boolean;
}

/** Markdown with a preview: the API's sanitised rendering when unchanged, a close local one while editing. */
export function DescriptionField({ saved, readOnly = false }: DescriptionFieldProps) {
  const { control, formState } = useFormContext<ProductValues>();
  const description = useWatch<ProductValues, 'description'>({ name: 'description' });
  const showsSaved = saved !== undefined && saved.markdown === description;

  return (
    <Tabs defaultValue={readOnly ? 'preview' : 'write'}>
      <div className="mb-2 flex items-center justify-between gap-3">
        <TabsList label="Description">
          <TabsTrigger value="write">Write</TabsTrigger>
          <TabsTrigger value="preview">Preview</TabsTrigger>
        </TabsList>
        {!readOnly && <span className="text-xs text-stone-500">Markdown: **bold**, *italic*, - lists, [links](https://…)</span>}
      </div>
      <TabsContent value="write">
        <Controller
          control={control}
          name="description"
          render={({ field }) => (
            <Field label={<span className="sr-only">Description (Markdown)</span>} error={formState.errors.description?.message}>
              {(props) => (
                <Textarea {...props} {...field} rows={9} className="font-mono text-[13px]" placeholder="What makes it worth buying…" />
              )}
            </Field>
          )}
        />
      </TabsContent>
      <TabsContent value="preview">
        {description.trim() === '' ? (
          <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-stone-500">Nothing to preview yet.</p>
        ) : showsSaved ? (
          // Sanitised by the API, exactly as shoppers see it.
          <div className={PROSE} dangerouslySetInnerHTML={{ __html: saved.html }} />
        ) : (
          <div className={PROSE}>
            <MarkdownPreview markdown={description} />
          </div>
        )}
        {!showsSaved && description.trim() !== '' && (
          <p className="mt-1.5 text-xs text-stone-500">A close preview; saving shows it exactly as shoppers will.</p>
        )}
      </TabsContent>
    </Tabs>
  );
}
