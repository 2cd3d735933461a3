import clsx from 'clsx';
import { Upload } from 'lucide-react';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Button } from './Button';

interface FileDropProps {
  /** As <input accept>: "image/*", ".csv,text/csv". */
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  /** The button's text: "Choose images". */
  buttonLabel: string;
  /** What may be dropped, and how large. */
  hint?: ReactNode;
  disabled?: boolean;
  busy?: boolean;
}

/** Drop files on it, or choose them with the button; both hand over the same list. */
export function FileDrop({ accept, multiple = false, onFiles, buttonLabel, hint, disabled = false, busy = false }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files);
  };

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={clsx(
        'flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors',
        over ? 'border-brand-600 bg-brand-50' : 'border-stone-300 bg-stone-50/60',
        disabled && 'opacity-60',
      )}
    >
      <Upload aria-hidden className="size-5 text-stone-400" />
      <p className="text-stone-600">
        <span className="hidden sm:inline">Drag and drop {multiple ? 'files' : 'a file'} here, or </span>
        <Button size="sm" className="mx-1" onClick={() => input.current?.click()} disabled={disabled} loading={busy}>
          {buttonLabel}
        </Button>
      </p>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        className="sr-only"
        tabIndex={-1}
        aria-label={buttonLabel}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = ''; // the same file again must trigger a change
        }}
      />
    </div>
  );
}
