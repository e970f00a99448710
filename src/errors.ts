/**
 * Application errors with stable codes. Routes throw these; the error handler
 * (src/web/error-handler.ts) turns them into a French page or RFC 9457 problem JSON.
 */

export const ERROR_CODES = {
  not_found: { status: 404, title: 'Page introuvable' },
  bad_request: { status: 400, title: 'Requête invalide' },
  unauthorized: { status: 401, title: 'Connexion nécessaire' },
  forbidden: { status: 403, title: 'Accès refusé' },
  conflict: { status: 409, title: 'Conflit de modification' },
  internal: { status: 500, title: 'Erreur interne' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An expected failure with a stable code, an HTTP status and a message fit to show. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].title,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

/** A resource that does not exist (or that the caller may not know exists). */
export function notFound(message = 'La page demandée n’existe pas ou a été déplacée.'): AppError {
  return new AppError('not_found', message);
}

/** The signed-in user may not do this. */
export function forbidden(message = 'Votre compte ne donne pas accès à cette page ou à cette action.'): AppError {
  return new AppError('forbidden', message);
}

/** Input refused for one or more reasons, each a French sentence fit to list above a form. */
export class InvalidInput extends AppError {
  constructor(readonly problems: string[]) {
    super('bad_request', problems.join(' '));
  }
}
