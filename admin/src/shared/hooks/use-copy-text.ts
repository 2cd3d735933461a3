import { useRef, useState, type RefObject } from 'react';

export interface CopyText {
  /** The input holding the text: selected for Ctrl+C when the clipboard is out of reach. */
  input: RefObject<HTMLInputElement | null>;
  copied: 'yes' | 'failed' | null;
  copy: () => Promise<void>;
}

/** Copies a text to the clipboard, or selects it in its input when copying is blocked. */
export function useCopyText(text: string): CopyText {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
      setTimeout(() => setCopied(null), 2000);
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('failed');
    }
  };

  return { input, copied, copy };
}

export const COPY_BLOCKED_HINT = 'Copying was blocked: the text is selected, press Ctrl+C (⌘C on a Mac).';
