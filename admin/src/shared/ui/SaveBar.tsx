import { Button } from './Button';

interface SaveBarProps {
  /** Shown only while there is something to save. */
  visible: boolean;
  saving: boolean;
  /** The id of the form the Save button submits. */
  form: string;
  onDiscard?: () => void;
  saveLabel?: string;
}

/** Stays at the bottom of the screen while a long form has unsaved changes, so Save is always in reach. */
export function SaveBar({ visible, saving, form, onDiscard, saveLabel = 'Save' }: SaveBarProps) {
  if (!visible) return null;
  return (
    <div className="sticky bottom-4 z-20 mt-6 flex animate-fade-in items-center justify-between gap-3 rounded-xl bg-stone-900 px-4 py-3 text-white shadow-xl">
      <p className="font-medium">Unsaved changes</p>
      <div className="flex gap-2">
        {onDiscard && (
          <Button
            size="sm"
            variant="ghost"
            className="text-stone-200 hover:bg-stone-800 hover:text-white"
            onClick={onDiscard}
            disabled={saving}
          >
            Discard
          </Button>
        )}
        <Button size="sm" variant="primary" type="submit" form={form} loading={saving}>
          {saveLabel}
        </Button>
      </div>
    </div>
  );
}
