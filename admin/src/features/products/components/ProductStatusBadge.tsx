import { Badge } from '../../../shared/ui/Badge';
import { PRODUCT_STATUS } from '../product-status';
import type { ProductStatus } from '../use-products';

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  return (
    <Badge tone={PRODUCT_STATUS[status].tone} dot>
      {PRODUCT_STATUS[status].label}
    </Badge>
  );
}
