import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Button } from '../../../shared/ui/Button';
import { Field } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Textarea } from '../../../shared/ui/Textarea';
import { toast } from '../../../shared/ui/toast';
import { usePostOrderMessage } from '../use-messages';

// The API's rules (PostOrderMessageDto); it stays the judge.
const MAX_LENGTH = 5000;
const schema = z.object({
  body: z.string().trim().min(1, 'Write a reply first').max(MAX_LENGTH, `Use at most ${MAX_LENGTH} characters`),
});
type ReplyValues = z.infer<typeof schema>;

export function ReplyForm({ orderId }: { orderId: string }) {
  const post = usePostOrderMessage(orderId);
  const form = useForm<ReplyValues>({ resolver: zodResolver(schema), defaultValues: { body: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ body }) => {
    try {
      await post.mutateAsync(body);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['body'] });
      return;
    }
    form.reset({ body: '' });
    toast.success('Reply sent. The customer gets an email about it.');
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-stone-100 pt-4">
      <FormError errors={errors} />
      <Field label="Reply to the customer" error={errors.body?.message}>
        {(control) => <Textarea rows={3} maxLength={MAX_LENGTH} {...control} {...form.register('body')} />}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" loading={isSubmitting}>
          Send reply
        </Button>
      </div>
    </form>
  );
}
