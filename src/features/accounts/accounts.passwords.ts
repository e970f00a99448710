/** Passwords: argon2id hashes (OWASP's recommended parameters) and the rules a new password must meet. */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing, verified when the e-mail is unknown so that a failed sign-in takes the
 * same time whether the account exists or not.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoy, password);
}

/** French reasons why a new password is refused (empty when it is acceptable). */
export function passwordProblems(password: string, confirmation: string, context: { email: string; name?: string }): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);
  if (password !== confirmation) problems.push('Les deux mots de passe saisis ne sont pas identiques.');
  const lower = password.toLowerCase();
  const local = context.email.split('@')[0]!.toLowerCase();
  if (password.length >= PASSWORD_MIN_LENGTH && (lower === context.email.toLowerCase() || (local.length >= 4 && lower.includes(local)))) {
    problems.push('Le mot de passe ne doit pas reprendre votre adresse électronique.');
  }
  if (password.length >= PASSWORD_MIN_LENGTH && new Set(password).size < 5)
    problems.push('Le mot de passe est trop répétitif : variez les caractères.');
  return problems;
}
