import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog, DialogFooter } from './Dialog';
import { ProblemNotice } from './Notice';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  /** Runs the action; a rejection keeps the dialog open and shows why. */
  onConfirm: () => Promise<unknown>;
}

export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, tone = 'danger', onConfirm }: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const changeOpen = (next: boolean) => {
    if (pending) return;
    setError(null);
    onOpenChange(next);
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen} title={title}>
      <div className="space-y-4 text-stone-700">
        <div>{description}</div>
        {error !== null && <ProblemNotice error={error} />}
      </div>
      <DialogFooter>
        <Button onClick={() => changeOpen(false)} disabled={pending}>
          Cancel
        </Button>
        <Button variant={tone} onClick={confirm} loading={pending}>
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
