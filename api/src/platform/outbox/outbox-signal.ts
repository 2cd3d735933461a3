import { Injectable } from '@nestjs/common';

/** A wake-up call from a commit to the relay, so a job does not wait for the next poll. */
@Injectable()
export class OutboxSignal {
  private listener: (() => void) | null = null;

  listen(listener: () => void): void {
    this.listener = listener;
  }

  notify(): void {
    this.listener?.();
  }
}
