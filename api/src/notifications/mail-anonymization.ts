import type { EntityManager } from 'typeorm';

/**
 * A deleted customer's mail log: the address becomes the placeholder and the bodies go (they hold names and
 * addresses); subject, template, status and times stay as the record that mail was sent. Mail still waiting
 * to go is not sent to a person who asked to be forgotten.
 */
export async function anonymizeMailOf(tx: EntityManager, customerId: string, placeholderEmail: string): Promise<void> {
  await tx.query(
    `UPDATE mail_messages SET to_address = $2, text_body = NULL, html_body = NULL, next_attempt_at = NULL,
            status = CASE WHEN status = 'sent' THEN status ELSE 'failed' END,
            last_error = CASE WHEN status = 'sent' THEN last_error ELSE 'recipient deleted their account' END
      WHERE lower(to_address) = (SELECT lower(email) FROM customers WHERE id = $1)`,
    [customerId, placeholderEmail],
  );
}
