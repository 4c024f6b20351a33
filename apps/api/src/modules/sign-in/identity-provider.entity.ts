import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';

/**
 * An organisation's OpenID Provider (Entree Federatie, its Entra ID, Google Workspace, ...): where its
 * people sign in. The client secret is kept encrypted with a key derived from AUTH_SECRET, and never
 * leaves the server.
 */
@Entity('identity_provider')
export class IdentityProviderEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The provider's issuer identifier (its discovery document is at issuer/.well-known/openid-configuration). */
  @Column('text')
  issuer!: string;

  @Column('text', { name: 'client_id' })
  clientId!: string;

  /** AES-256-GCM: iv.tag.ciphertext, base64url (secret-box.ts). */
  @Column('text', { name: 'client_secret_sealed' })
  clientSecretSealed!: string;

  /** The ID token claim that holds the work e-mail address (Entra ID: often `preferred_username` or `upn`). */
  @Column('text', { name: 'email_claim', default: 'email' })
  emailClaim!: string;

  /** The e-mail domains that belong to the organisation: the sign-in page finds the provider by them. */
  @Column('text', { array: true, default: () => `'{}'` })
  domains!: string[];

  /** Whether the provider must have used a second factor (amr/acr), e.g. for the GGD's health data. */
  @Column('boolean', { name: 'require_mfa', default: false })
  requireMfa!: boolean;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
