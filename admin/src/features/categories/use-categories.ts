import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CategoryView, CreateCategoryDto, UpdateCategoryDto } from '@tillpoint/sdk';
import { api } from '../../api/client';

const CATEGORIES_KEY = ['categories'] as const;

/** Every category, flat with parent ids; a store has tens of them, not thousands. */
export function useCategories() {
  return useQuery({ queryKey: CATEGORIES_KEY, queryFn: () => api().adminListCategories(), staleTime: 60_000 });
}

/** The list, or an empty one while loading: for selects that can wait. */
export function useCategoryList(): CategoryView[] {
  return useCategories().data ?? EMPTY;
}
const EMPTY: CategoryView[] = [];

function useCategoryMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      // Product lists show category names, and counts move with every change.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: CATEGORIES_KEY }),
        queryClient.invalidateQueries({ queryKey: ['products'] }),
      ]);
    },
  });
}

export function useCreateCategory() {
  return useCategoryMutation((body: CreateCategoryDto) => api().adminCreateCategory({ body }));
}

/** Rename, or move under another parent (the API refuses a move below itself: `category_cycle`). */
export function useUpdateCategory() {
  return useCategoryMutation(({ id, ...body }: UpdateCategoryDto & { id: string }) => api().adminUpdateCategory({ path: { id }, body }));
}

/** Refused (409) while products or subcategories are in it. */
export function useDeleteCategory() {
  return useCategoryMutation((id: string) => api().adminDeleteCategory({ path: { id } }));
}
