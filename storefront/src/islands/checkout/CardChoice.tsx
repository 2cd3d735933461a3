import type { OfferedProviderView, SavedPaymentMethodView } from '@tillpoint/sdk';
import { describeSavedCard, SANDBOX_TEST_CARDS } from '../../lib/payment-labels';

/** A saved card, or one of the sandbox's test cards. */
export type CardMethod = { kind: 'saved'; id: string } | { kind: 'test'; token: string };

interface Props {
  provider: OfferedProviderView;
  savedCards: SavedPaymentMethodView[];
  method: CardMethod;
  saveCard: boolean;
  signedIn: boolean;
  onMethod(method: CardMethod): void;
  onSaveCard(save: boolean): void;
}

const optionClass = (selected: boolean) =>
  `flex cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm ${selected ? 'border-brand-ink bg-white ring-1 ring-brand-ink' : 'border-stone-200 bg-white hover:border-stone-400'}`;

/**
 * The sandbox's card form: it never takes a card number. The shopper picks a saved card or a test card by
 * what it does, and the page says plainly that this is test mode.
 */
export function CardChoice({ provider, savedCards, method, saveCard, signedIn, onMethod, onSaveCard }: Props) {
  const testCards = SANDBOX_TEST_CARDS.filter((card) => provider.testTokens.includes(card.token));
  const cards = savedCards.filter((card) => card.provider === provider.id);
  return (
    <div className="space-y-4">
      <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-xs font-medium text-amber-900">
        Test mode: no real card is charged and no card number is asked for.
      </p>
      {cards.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-stone-900">Your saved cards</legend>
          {cards.map((card) => (
            <label key={card.id} className={optionClass(method.kind === 'saved' && method.id === card.id)}>
              <input
                type="radio"
                name="card"
                checked={method.kind === 'saved' && method.id === card.id}
                onChange={() => onMethod({ kind: 'saved', id: card.id })}
                className="mt-0.5 size-4 accent-stone-900"
              />
              <span className="font-medium text-stone-950">{describeSavedCard(card)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-stone-900">{cards.length > 0 ? 'Or a new test card' : 'Test card'}</legend>
        {testCards.map((card) => (
          <label key={card.token} className={optionClass(method.kind === 'test' && method.token === card.token)}>
            <input
              type="radio"
              name="card"
              value={card.token}
              checked={method.kind === 'test' && method.token === card.token}
              onChange={() => onMethod({ kind: 'test', token: card.token })}
              className="mt-0.5 size-4 accent-stone-900"
            />
            <span>
              <span className="block font-medium text-stone-950">{card.label}</span>
              <span className="block text-stone-600">{card.outcome}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {signedIn && provider.savesCards && method.kind === 'test' && (
        <label className="flex items-center gap-3 text-sm text-stone-900">
          <input
            type="checkbox"
            checked={saveCard}
            onChange={(e) => onSaveCard(e.currentTarget.checked)}
            className="size-4 accent-stone-900"
          />
          Save this card for next time
        </label>
      )}
    </div>
  );
}
