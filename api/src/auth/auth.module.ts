import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../platform/config/app-config';
import { AccessGuard } from './access/access.guard';
import { ApiKeyAuthenticator } from './api-keys/api-key-authenticator.service';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeysAdminController } from './api-keys/api-keys.admin.controller';
import { ApiKeys } from './api-keys/api-keys.service';
import { CustomerAccountStoreController } from './customers/customer-account.store.controller';
import { CustomerAuthStoreController } from './customers/customer-auth.store.controller';
import { CustomerCredentials } from './customers/customer-credentials.service';
import { CustomerEmailChange } from './customers/customer-email-change.service';
import { CustomerPasswords } from './customers/customer-passwords.service';
import { CustomerProfile } from './customers/customer-profile.service';
import { CustomerRegistration } from './customers/customer-registration.service';
import { CustomerSignIn } from './customers/customer-sign-in.service';
import { Customer } from './customers/customer.entity';
import { PasswordChanger } from './passwords/password-changer.service';
import { PasswordHasher } from './passwords/password-hasher';
import { StaffAdministration } from './staff/staff-administration.service';
import { StaffAuthAdminController } from './staff/staff-auth.admin.controller';
import { StaffDirectory } from './staff/staff-directory.service';
import { StaffMeAdminController } from './staff/staff-me.admin.controller';
import { StaffSignIn } from './staff/staff-sign-in.service';
import { StaffUser } from './staff/staff-user.entity';
import { StaffAdminController } from './staff/staff.admin.controller';
import { ApiKeyStrategy } from './strategies/api-key.strategy';
import { CustomerJwtStrategy } from './strategies/customer-jwt.strategy';
import { CustomerLocalStrategy, StaffLocalStrategy } from './strategies/local.strategies';
import { StaffJwtStrategy } from './strategies/staff-jwt.strategy';
import { LoginThrottle } from './throttle/login-throttle';
import { OneTimeToken } from './tokens/one-time-token.entity';
import { OneTimeTokens } from './tokens/one-time-tokens.service';
import { RefreshToken } from './tokens/refresh-token.entity';
import { Sessions } from './tokens/sessions.service';

/** Identities (customers, staff, API keys), sessions, and the global access guard. */
@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    TypeOrmModule.forFeature([Customer, StaffUser, ApiKey, RefreshToken, OneTimeToken]),
  ],
  controllers: [
    CustomerAuthStoreController,
    CustomerAccountStoreController,
    StaffAuthAdminController,
    StaffMeAdminController,
    StaffAdminController,
    ApiKeysAdminController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    PasswordHasher,
    PasswordChanger,
    LoginThrottle,
    Sessions,
    OneTimeTokens,
    CustomerRegistration,
    CustomerSignIn,
    CustomerPasswords,
    CustomerProfile,
    CustomerCredentials,
    CustomerEmailChange,
    StaffSignIn,
    StaffDirectory,
    StaffAdministration,
    ApiKeys,
    ApiKeyAuthenticator,
    CustomerJwtStrategy,
    StaffJwtStrategy,
    ApiKeyStrategy,
    CustomerLocalStrategy,
    StaffLocalStrategy,
  ],
  exports: [PasswordHasher, CustomerCredentials, Sessions],
})
export class AuthModule {}
