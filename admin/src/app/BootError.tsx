import { TriangleAlert } from 'lucide-react';
import { describeProblem } from '../shared/problems/describe-problem';
import { Card } from '../shared/ui/Card';
import { EmptyState } from '../shared/ui/EmptyState';

/** Before the router exists: the runtime config could not be read, so nothing else can work. */
export function BootError({ error }: { error: unknown }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <Card className="w-full max-w-lg">
        <EmptyState icon={TriangleAlert} title="The admin could not start">
          {describeProblem(error).message} Reload the page; if this persists, check the server that serves the admin.
        </EmptyState>
      </Card>
    </main>
  );
}
