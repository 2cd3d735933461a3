import { Glyph } from '../../components/Glyph';

/** A step's submit button, busy while its details are saved. */
export function ContinueButton({ busy, label = 'Continue' }: { busy: boolean; label?: string }) {
  return (
    <button
      type="submit"
      disabled={busy}
      className="inline-flex w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 py-3 text-sm font-semibold text-brand-contrast shadow-sm hover:brightness-110 disabled:opacity-60 sm:w-auto"
    >
      {busy && <Glyph name="spinner" className="size-4" />}
      {label}
    </button>
  );
}
