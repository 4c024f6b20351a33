import { Field, InputType } from '@nestjs/graphql';
import { InputError } from '../../../core/errors/input';

@InputType('IdentityProviderInput')
export class IdentityProviderInput {
  @Field({ description: "The provider's issuer URL (https; http only outside production, for tests)." })
  issuer!: string;

  @Field()
  clientId!: string;

  @Field({ nullable: true, description: 'Required the first time; left out, the stored secret stays.' })
  clientSecret?: string;

  @Field({ nullable: true, description: 'The ID token claim with the work e-mail address (default `email`).' })
  emailClaim?: string;

  @Field(() => [String], { nullable: true, description: 'E-mail domains of the organisation, e.g. `school.nl`.' })
  domains?: string[];

  @Field({ nullable: true, description: 'Admit only sign-ins with a second factor (amr/acr of the ID token).' })
  requireMfa?: boolean;
}

export interface CheckedIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  emailClaim: string;
  domains: string[];
  requireMfa: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CLAIM = /^[A-Za-z_][\w:.-]{0,99}$/;

/** Checks and normalises the setting; every problem names its field. */
export function checkIdentityProvider(
  input: IdentityProviderInput,
  { production, hasSecret }: { production: boolean; hasSecret: boolean },
): CheckedIdentityProvider {
  let issuer: URL;
  try {
    issuer = new URL(input.issuer.trim());
  } catch {
    throw new InputError('issuer', 'signIn.issuerNotUrl');
  }
  if (issuer.protocol !== 'https:' && (production || issuer.protocol !== 'http:'))
    throw new InputError('issuer', 'signIn.issuerNotHttps');
  if (issuer.search || issuer.hash) throw new InputError('issuer', 'signIn.issuerNotUrl');
  const clientId = input.clientId.trim();
  if (!clientId || clientId.length > 500) throw new InputError('clientId', 'signIn.clientIdRequired');
  const clientSecret = input.clientSecret?.trim() || undefined;
  if (!clientSecret && !hasSecret) throw new InputError('clientSecret', 'signIn.clientSecretRequired');
  if (clientSecret && clientSecret.length > 2000) throw new InputError('clientSecret', 'signIn.clientSecretRequired');
  const emailClaim = input.emailClaim?.trim() || 'email';
  if (!CLAIM.test(emailClaim)) throw new InputError('emailClaim', 'signIn.badClaim');
  const domains = [...new Set((input.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  const bad = domains.find((d) => !DOMAIN.test(d));
  if (bad !== undefined) throw new InputError('domains', 'signIn.badDomain', { domain: bad });
  // The issuer identifier is compared exactly (OpenID Connect Discovery): keep it as given, without a trailing slash added.
  return {
    issuer: input.issuer.trim(),
    clientId,
    clientSecret,
    emailClaim,
    domains,
    requireMfa: input.requireMfa ?? false,
  };
}
