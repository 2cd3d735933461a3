import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDiscountCodeDto, DiscountCodeView, UpdateDiscountCodeDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const DISCOUNT_CODES_KEY = ['discount-codes'] as const;

export function useDiscountCodes(): CursorList<DiscountCodeView> {
  return useCursorList([...DISCOUNT_CODES_KEY, 'list'], (cursor) => api().adminListDiscountCodes({ query: { limit: 50, cursor } }));
}

function useDiscountCodeMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: DISCOUNT_CODES_KEY }) });
}

export function useCreateDiscountCode() {
  return useDiscountCodeMutation((body: CreateDiscountCodeDto) => api().adminCreateDiscountCode({ body }));
}

export function useUpdateDiscountCode() {
  return useDiscountCodeMutation(({ id, ...body }: UpdateDiscountCodeDto & { id: string }) =>
    api().adminUpdateDiscountCode({ path: { id }, body }),
  );
}

export function useDeleteDiscountCode() {
  return useDiscountCodeMutation((id: string) => api().adminDeleteDiscountCode({ path: { id } }));
}
