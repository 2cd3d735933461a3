import type { AdminProductView, ImageView } from '@tillpoint/sdk';
import { useState } from 'react';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { FileDrop } from '../../../shared/ui/FileDrop';
import { FormSection } from '../../../shared/ui/FormSection';
import { Notice } from '../../../shared/ui/Notice';
import { toast } from '../../../shared/ui/toast';
import { useDeleteProductImage, useReorderProductImages, useUpdateProductImage, useUploadProductImage } from '../use-product-images';
import { ImageTile } from './ImageTile';

const MAX_BYTES = 10 * 1024 * 1024;

/** Upload, describe, order and delete the product's images; each change is saved at once. */
export function ImagesSection({ product, canManage }: { product: AdminProductView; canManage: boolean }) {
  const upload = useUploadProductImage(product.id);
  const update = useUpdateProductImage(product.id);
  const reorder = useReorderProductImages(product.id);
  const remove = useDeleteProductImage(product.id);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<ImageView | null>(null);
  const images = product.images;

  const uploadAll = async (files: File[]) => {
    const problems: string[] = [];
    setFailures([]);
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length });
      if (file.size > MAX_BYTES) {
        problems.push(`${file.name}: larger than 10 MB.`);
        continue;
      }
      try {
        await upload.mutateAsync({ file });
      } catch (error) {
        problems.push(`${file.name}: ${describeProblem(error).message}`);
      }
    }
    setProgress(null);
    setFailures(problems);
    const uploaded = files.length - problems.length;
    if (uploaded > 0) toast.success(`${uploaded} image${uploaded === 1 ? '' : 's'} uploaded.`);
  };

  const move = (from: number, step: -1 | 1) => {
    const ordered = [...images];
    const [image] = ordered.splice(from, 1);
    ordered.splice(from + step, 0, image);
    reorder.mutate(ordered, { onError: (error) => toast.error(describeProblem(error).message) });
  };

  const change = (image: ImageView, changes: { alt?: string; variantId?: string | null }) =>
    update.mutate({ imageId: image.id, ...changes }, { onError: (error) => toast.error(describeProblem(error).message) });

  return (
    <FormSection title="Images" description="The first image leads in lists. Saved as you change them.">
      {images.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-busy={reorder.isPending}>
          {images.map((image, position) => (
            <ImageTile
              key={`${image.id}:${image.alt}`}
              image={image}
              position={position}
              count={images.length}
              variants={product.variants}
              canManage={canManage && !reorder.isPending}
              onChange={(changes) => change(image, changes)}
              onMove={(step) => move(position, step)}
              onDelete={() => setDeleting(image)}
            />
          ))}
        </ul>
      )}
      {images.length === 0 && !canManage && <p className="text-stone-500">No images yet.</p>}
      {canManage && (
        <FileDrop
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/tiff"
          multiple
          onFiles={(files) => void uploadAll(files)}
          buttonLabel={progress ? `Uploading ${progress.done + 1} of ${progress.total}…` : 'Choose images'}
          busy={progress !== null}
          disabled={progress !== null}
          hint="JPEG, PNG, WebP, GIF, AVIF or TIFF, up to 10 MB each."
        />
      )}
      {failures.length > 0 && (
        <Notice tone="error" title="Some images were not uploaded">
          <ul className="list-disc pl-4">
            {failures.map((failure) => (
              <li key={failure}>{failure}</li>
            ))}
          </ul>
        </Notice>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this image?"
        description="It is removed from the product and from storage. This cannot be undone."
        confirmLabel="Delete image"
        onConfirm={async () => deleting && (await remove.mutateAsync(deleting.id))}
      />
    </FormSection>
  );
}
