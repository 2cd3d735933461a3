import { createClient, type TillpointClient, type TokenPair } from '@tillpoint/sdk';
import { onOtherTabTokens, readStoredTokens, writeStoredTokens } from './session-storage';

let client: TillpointClient | null = null;
let endingOnPurpose = false;
const sessionEndedListeners = new Set<() => void>();

/** Creates the one SDK client, once the runtime config has said where the API is. */
export function configureClient(apiUrl: string): TillpointClient {
  client = createClient({ baseUrl: apiUrl, tokens: readStoredTokens(), onTokens: tokensChanged });
  onOtherTabTokens((tokens) => {
    if (tokens?.refreshToken !== client?.tokens?.refreshToken) client?.setTokens(tokens);
  });
  return client;
}

/** The configured SDK client: data hooks call the API through it, and nothing else does. */
export function api(): TillpointClient {
  if (!client) throw new Error('The API client is used before configureClient() ran.');
  return client;
}

export function hasSession(): boolean {
  return Boolean(client?.tokens);
}

/** Signs in with tokens obtained elsewhere (accepting an invitation). */
export function startSession(tokens: TokenPair): void {
  api().setTokens(tokens);
}

/** Ends the session on purpose: no "your session ended" notice follows. */
export async function endSession(): Promise<void> {
  endingOnPurpose = true;
  try {
    await api().signOut();
  } finally {
    endingOnPurpose = false;
  }
}

/** Called when the session ends without the user asking: deactivated, revoked, expired, or signed out in another tab. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function tokensChanged(tokens: TokenPair | null): void {
  writeStoredTokens(tokens);
  if (tokens === null && !endingOnPurpose) sessionEndedListeners.forEach((listener) => listener());
}

/** Where the API lives (no trailing slash), for addresses staff configure elsewhere, such as webhooks. */
export function apiUrl(): string {
  return (api().raw.getConfig().baseUrl ?? '').replace(/\/+$/, '');
}
