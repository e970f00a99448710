/** Pages of the accounts feature: sign-in, invitation, forgotten and new password. */
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { PASSWORD_MIN_LENGTH } from './accounts.passwords.ts';

interface Base {
  demo: boolean;
  csrf: string;
  problems?: string[];
}

export function SignInPage(props: Base & { email?: string; back?: string; notice?: string }) {
  return (
    <Layout title="Connexion" section="espace" demo={props.demo}>
      <div class="narrow">
        <h1>Connexion à l’espace adhérents</h1>
        {props.notice && <Notice>{props.notice}</Notice>}
        <ErrorSummary problems={props.problems ?? []} title="Connexion impossible" />
        <form method="post" action="/connexion" class="form">
          <CsrfField token={props.csrf} />
          {props.back && <input type="hidden" name="retour" value={props.back} />}
          <div class="field">
            <label for="email">Adresse électronique</label>
            <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''} />
          </div>
          <div class="field">
            <label for="password">Mot de passe</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </div>
          <button type="submit" class="button">
            Se connecter
          </button>
        </form>
        <p>
          <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
        </p>
        <p class="muted">Les comptes sont créés sur invitation du réseau. Pour en obtenir un, écrivez à l’équipe du réseau.</p>
      </div>
    </Layout>
  );
}

export function SetPasswordPage(props: Base & { action: string; email: string; invitation: boolean; name?: string }) {
  return (
    <Layout title={props.invitation ? 'Activer votre compte' : 'Choisir un nouveau mot de passe'} section="espace" demo={props.demo}>
      <div class="narrow">
        <h1>{props.invitation ? 'Activer votre compte' : 'Choisir un nouveau mot de passe'}</h1>
        <p>
          Compte : <strong>{props.email}</strong>
        </p>
        <ErrorSummary problems={props.problems ?? []} />
        <form method="post" action={props.action} class="form">
          <CsrfField token={props.csrf} />
          {props.invitation && (
            <div class="field">
              <label for="name">Votre nom</label>
              <input id="name" name="name" type="text" autocomplete="name" maxLength={120} value={props.name ?? ''} />
            </div>
          )}
          <div class="field">
            <label for="password">Mot de passe</label>
            <p class="hint" id="password-hint">
              Au moins {PASSWORD_MIN_LENGTH} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
            </p>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="new-password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              aria-describedby="password-hint"
            />
          </div>
          <div class="field">
            <label for="confirmation">Confirmez le mot de passe</label>
            <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required />
          </div>
          <button type="submit" class="button">
            {props.invitation ? 'Activer mon compte' : 'Enregistrer le mot de passe'}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ForgotPasswordPage(props: Base & { sent?: boolean; email?: string }) {
  return (
    <Layout title="Mot de passe oublié" section="espace" demo={props.demo}>
      <div class="narrow">
        <h1>Mot de passe oublié</h1>
        {props.sent ? (
          <Notice>
            Si un compte existe pour cette adresse, un courriel vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe.
            Le lien expire dans deux heures.
          </Notice>
        ) : (
          <p>Indiquez l’adresse de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
        )}
        <ErrorSummary problems={props.problems ?? []} />
        <form method="post" action="/mot-de-passe-oublie" class="form">
          <CsrfField token={props.csrf} />
          <div class="field">
            <label for="email">Adresse électronique</label>
            <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''} />
          </div>
          <button type="submit" class="button">
            Recevoir le lien
          </button>
        </form>
        <p>
          <a href="/connexion">Retour à la connexion</a>
        </p>
      </div>
    </Layout>
  );
}
