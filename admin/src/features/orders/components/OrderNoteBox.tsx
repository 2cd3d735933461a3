import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Button } from '../../../shared/ui/Button';
import { FormError } from '../../../shared/ui/FormError';
import { Textarea } from '../../../shared/ui/Textarea';
import { useAddOrderNote } from '../use-order-actions';

const schema = z.object({ text: z.string().trim().min(1, 'Write the note first').max(5000, 'Use at most 5000 characters') });
type NoteValues = z.infer<typeof schema>;

/** An internal note on the timeline: for colleagues, never shown to the customer. */
export function OrderNoteBox({ orderId }: { orderId: string }) {
  const add = useAddOrderNote(orderId);
  const form = useForm<NoteValues>({ resolver: zodResolver(schema), defaultValues: { text: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ text }) => {
    try {
      await add.mutateAsync(text);
      form.reset({ text: '' });
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['text'] });
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <FormError errors={errors} />
      <Textarea
        rows={2}
        aria-label="Internal note"
        placeholder="Add a note for your colleagues…"
        aria-invalid={errors.text ? true : undefined}
        onKeyDown={(event) => {
          // Ctrl/⌘ + Enter sends, as in most comment boxes.
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit();
        }}
        {...form.register('text')}
      />
      <div className="flex items-center justify-between gap-3">
        <p className={errors.text ? 'text-xs font-medium text-red-700' : 'text-xs text-stone-500'}>
          {errors.text?.message ?? 'Only staff see notes.'}
        </p>
        <Button type="submit" size="sm" loading={isSubmitting}>
          Add note
        </Button>
      </div>
    </form>
  );
}
