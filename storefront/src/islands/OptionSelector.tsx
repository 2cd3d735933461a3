import { swatchColour } from '../lib/swatches';

export interface OptionChoice {
  value: string;
  selected: boolean;
  /** No variant has this value together with the other chosen values. */
  unavailable: boolean;
  soldOut: boolean;
}

interface Props {
  name: string;
  choices: readonly OptionChoice[];
  /** Colour options show a swatch beside the name. */
  swatches: boolean;
  onChoose: (value: string) => void;
}

/** One option of a product (Size, Colour) as a row of toggle buttons. */
export function OptionSelector({ name, choices, swatches, onChoose }: Props) {
  const selected = choices.find((c) => c.selected)?.value;
  return (
    <fieldset>
      <legend className="text-sm text-stone-600">
        {name}
        {selected && <span className="font-semibold text-stone-950">: {selected}</span>}
      </legend>
      <div className="mt-2.5 flex flex-wrap gap-2">
        {choices.map((choice) => {
          const swatch = swatches ? swatchColour(choice.value) : undefined;
          const muted = choice.unavailable || choice.soldOut;
          const note = choice.soldOut ? ', sold out' : choice.unavailable ? ', not available in this combination' : '';
          return (
            <button
              key={choice.value}
              type="button"
              aria-pressed={choice.selected}
              aria-label={`${choice.value}${note}`}
              onClick={() => onChoose(choice.value)}
              className={[
                'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg border px-3.5 text-sm font-medium transition-colors',
                choice.selected
                  ? 'border-stone-950 bg-stone-950 text-white'
                  : 'border-stone-300 bg-white text-stone-900 hover:border-stone-500',
                muted && !choice.selected ? 'border-dashed text-stone-400 line-through decoration-stone-400' : '',
                muted && choice.selected ? 'line-through decoration-white/60' : '',
              ].join(' ')}
            >
              {swatch && (
                <span
                  className={`size-4 shrink-0 rounded-full ring-1 ring-inset ${choice.selected ? 'ring-white/40' : 'ring-black/15'}`}
                  style={{ background: swatch }}
                  aria-hidden="true"
                />
              )}
              {choice.value}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
