import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { isProblemError } from '@tillpoint/sdk';
import { Lock, TriangleAlert } from 'lucide-react';
import { NoAccessError } from '../features/auth/permissions';
import { describeProblem } from '../shared/problems/describe-problem';
import { Button } from '../shared/ui/Button';
import { Card } from '../shared/ui/Card';
import { EmptyState } from '../shared/ui/EmptyState';
import { RequestReference } from '../shared/ui/Notice';

/** What any route shows when it throws: inside the frame for pages, full screen if the frame itself failed. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const noAccess = error instanceof NoAccessError || (isProblemError(error) && error.status === 403);

  if (noAccess) {
    return (
      <Card className="mx-auto mt-8 max-w-lg">
        <EmptyState
          icon={Lock}
          title="You don’t have access to this page"
          action={
            <Button asChild variant="primary">
              <Link to="/">Go to the overview</Link>
            </Button>
          }
        >
          Your role does not include it. If you need it for your work, ask a store owner to change your role.
        </EmptyState>
      </Card>
    );
  }

  const { message, requestId } = describeProblem(error);
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Card className="mx-auto mt-8 max-w-lg">
      <EmptyState icon={TriangleAlert} title="This page could not be loaded" action={<Button onClick={retry}>Try again</Button>}>
        <span className="block">{message}</span>
        {requestId && <RequestReference requestId={requestId} />}
      </EmptyState>
    </Card>
  );
}
