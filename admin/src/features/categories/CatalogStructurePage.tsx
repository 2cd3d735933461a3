import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { CategoryTree } from './components/CategoryTree';
import { CollectionsList } from './components/CollectionsList';

export function CatalogStructurePage() {
  const canManage = useCan('catalog:manage');
  return (
    <>
      <PageHeader
        title="Categories & collections"
        description="How shoppers browse the catalogue: a tree of categories, and collections you curate."
      />
      <div className="grid items-start gap-5 xl:grid-cols-2">
        <CategoryTree canManage={canManage} />
        <CollectionsList canManage={canManage} />
      </div>
    </>
  );
}
