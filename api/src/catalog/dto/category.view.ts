import { ApiProperty } from '@nestjs/swagger';
import type { Category } from '../entities/category.entity';
import type { Collection } from '../entities/collection.entity';

export class CategoryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty() name: string;
  @ApiProperty() handle: string;
  @ApiProperty() description: string;
  @ApiProperty() position: number;
  @ApiProperty({ type: String, nullable: true }) seoTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) seoDescription: string | null;
  @ApiProperty({ description: 'Active products in this category and the ones below it' }) productCount: number;
}

/** The store's category tree: each node with its children. */
export class CategoryNodeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() handle: string;
  @ApiProperty() description: string;
  @ApiProperty() productCount: number;
  @ApiProperty({ type: () => [CategoryNodeView] }) children: CategoryNodeView[];
}

export class CollectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() handle: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() featured: boolean;
  @ApiProperty() position: number;
  @ApiProperty({ type: String, nullable: true }) seoTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) seoDescription: string | null;
  @ApiProperty() productCount: number;
}

export function toCategoryView(category: Category, productCount: number): CategoryView {
  const { id, parentId, name, handle, description, position, seoTitle, seoDescription } = category;
  return { id, parentId, name, handle, description, position, seoTitle, seoDescription, productCount };
}

export function toCollectionView(collection: Collection, productCount: number): CollectionView {
  const { id, handle, title, description, featured, position, seoTitle, seoDescription } = collection;
  return { id, handle, title, description, featured, position, seoTitle, seoDescription, productCount };
}

/** Builds the nested tree from flat rows (ordered by position and name) in one pass. */
export function buildTree(
  rows: { id: string; parentId: string | null; name: string; handle: string; description: string; productCount: number }[],
): CategoryNodeView[] {
  const nodes = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        handle: r.handle,
        description: r.description,
        productCount: r.productCount,
        children: [] as CategoryNodeView[],
      },
    ]),
  );
  const roots: CategoryNodeView[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
