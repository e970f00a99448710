/** The French error page (404, 400, 500…). */
import { Layout } from './layout.tsx';

export function ErrorPage(props: { status: number; title: string; detail: string; demo: boolean }) {
  return (
    <Layout title={props.title} section="none" demo={props.demo}>
      <div class="error-page">
        <p class="error-code">Erreur {props.status}</p>
        <h1>{props.title}</h1>
        <p>{props.detail}</p>
        <ul>
          <li>
            <a href="/">Retour à l’accueil</a>
          </li>
          <li>
            <a href="/adherents">Consulter l’annuaire des adhérents</a>
          </li>
          <li>
            <a href="/actualites">Lire les actualités</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
