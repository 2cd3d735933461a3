import { ExistingPassword } from '../../../auth/passwords/password.dto';

export class DeleteAccountDto {
  /** Asked again, so a session left open on a shared computer cannot end the account. */
  @ExistingPassword()
  password: string;
}
