import { Link } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { Button } from '../shared/ui/Button';
import { Card } from '../shared/ui/Card';
import { EmptyState } from '../shared/ui/EmptyState';

export function NotFoundPage() {
  return (
    <Card className="mx-auto mt-8 max-w-lg">
      <EmptyState
        icon={SearchX}
        title="Page not found"
        action={
          <Button asChild variant="primary">
            <Link to="/">Go to the overview</Link>
          </Button>
        }
      >
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </EmptyState>
    </Card>
  );
}
