import { useApiMode } from '../use-api-mode';

const DEMO_EMAIL = 'owner@demo.tillpoint.dev';
const DEMO_PASSWORD = 'tillpoint-demo';

/** Only an embedded (demo) API has these accounts; a real store must never advertise a password. */
export function DemoCredentials({ onUse }: { onUse: (email: string, password: string) => void }) {
  if (useApiMode() !== 'embedded') return null;
  return (
    <div className="flex items-center justify-between gap-3 rounded-lg border border-dashed border-stone-300 bg-stone-50 px-3 py-2 text-xs text-stone-600">
      <p>
        Demo:{' '}
        <span className="block font-medium text-stone-800">
          {DEMO_EMAIL} / <span className="whitespace-nowrap">{DEMO_PASSWORD}</span>
        </span>
      </p>
      <button
        type="button"
        onClick={() => onUse(DEMO_EMAIL, DEMO_PASSWORD)}
        className="shrink-0 rounded font-medium text-brand-700 hover:text-brand-800 hover:underline"
      >
        Fill in
      </button>
    </div>
  );
}
