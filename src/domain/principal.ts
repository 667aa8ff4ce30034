/** Principals are human users or service accounts (non-human, for deployments and CI/CD). */
export type PrincipalKind = 'USER' | 'SERVICE_ACCOUNT';

export interface Principal {
  readonly id: string;
  readonly kind: PrincipalKind;
  readonly displayName: string;
  /** A disabled principal holds no access and cannot authenticate. */
  readonly disabled: boolean;
}
