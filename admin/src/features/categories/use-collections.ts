import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  paginate,
  type AdminProductSummaryView,
  type CollectionView,
  type CreateCollectionDto,
  type UpdateCollectionDto,
} from '@tillpoint/sdk';
import { api } from '../../api/client';

const COLLECTIONS_KEY = ['collections'] as const;

export function useCollections() {
  return useQuery({ queryKey: COLLECTIONS_KEY, queryFn: () => api().adminListCollections(), staleTime: 60_000 });
}

/** The list, or an empty one while loading: for pickers that can wait. */
export function useCollectionList(): CollectionView[] {
  return useCollections().data ?? EMPTY;
}
const EMPTY: CollectionView[] = [];

function useCollectionMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: COLLECTIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['products'] }),
      ]);
    },
  });
}

export function useCreateCollection() {
  return useCollectionMutation((body: CreateCollectionDto) => api().adminCreateCollection({ body }));
}

export function useUpdateCollection() {
  return useCollectionMutation(({ id, ...body }: UpdateCollectionDto & { id: string }) =>
    api().adminUpdateCollection({ path: { id }, body }),
  );
}

/** Replaces the members with exactly these products, in this order. */
export function useSetCollectionProducts() {
  return useCollectionMutation(({ id, productIds }: { id: string; productIds: string[] }) =>
    api().adminSetCollectionProducts({ path: { id }, body: { productIds } }),
  );
}

export function useDeleteCollection() {
  return useCollectionMutation((id: string) => api().adminDeleteCollection({ path: { id } }));
}

/** Every product in a collection (all pages), to arrange them; a collection holds tens, not thousands. */
export function useCollectionMembers(collectionId: string) {
  return useQuery({
    queryKey: ['products', 'collection-members', collectionId],
    queryFn: async () => {
      const members: AdminProductSummaryView[] = [];
      for await (const product of paginate(api().adminListProducts, { query: { collectionId, limit: 100 } })) members.push(product);
      return members;
    },
    staleTime: 0,
  });
}
