/** Back-office page of the themes: the ordered list, each editable in place, and a form to add one. */
import type { AdminFrame } from '../admin/admin.layout.tsx';
import { AdminLayout } from '../admin/admin.layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import type { ThemeRow } from './themes.table.ts';

export interface ThemesPageProps {
  frame: AdminFrame;
  themes: (ThemeRow & { uses: number })[];
  notice?: string;
  problems?: string[];
  /** What was typed in a refused form: the new theme (id 0) or an existing one. */
  typed?: { id: number; name: string; description: string };
}

export function ThemesPage(props: ThemesPageProps) {
  const { frame, themes, typed } = props;
  const valueOf = (id: number, key: 'name' | 'description', fallback: string) => (typed && typed.id === id ? typed[key] : fallback);
  return (
    <AdminLayout frame={frame} title="Thématiques" current="thematiques">
      <h1>Thématiques</h1>
      <p class="hint">Les thématiques classent les actualités (et bientôt les ressources). L’ordre choisi ici est celui des listes et des formulaires.</p>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary problems={props.problems ?? []} title="La modification n’a pas pu être enregistrée" />
      <ol class="theme-list">
        {themes.map((t, i) => (
          <li class="theme-item">
            <form method="post" action={`/admin/thematiques/${t.id}`} class="form theme-form">
              <CsrfField token={frame.csrf} />
              <div class="field-row">
                <div class="field">
                  <label for={`name-${t.id}`}>Nom</label>
                  <input id={`name-${t.id}`} name="name" type="text" required maxLength={80} value={valueOf(t.id, 'name', t.name)} />
                </div>
                <div class="field">
                  <label for={`description-${t.id}`}>Description</label>
                  <input id={`description-${t.id}`} name="description" type="text" maxLength={500} value={valueOf(t.id, 'description', t.description)} />
                </div>
              </div>
              <p class="muted theme-meta">Adresse : /thematiques/{t.slug} · {t.uses === 0 ? 'aucune actualité' : t.uses === 1 ? '1 actualité' : `${t.uses} actualités`}</p>
              <button type="submit" class="button button-small button-secondary">Enregistrer<span class="visually-hidden"> « {t.name} »</span></button>
            </form>
            <div class="theme-actions">
              {i > 0 && <MoveButton frame={frame} theme={t} direction="up" />}
              {i < themes.length - 1 && <MoveButton frame={frame} theme={t} direction="down" />}
              <form method="post" action={`/admin/thematiques/${t.id}/supprimer`} class="inline-form">
                <CsrfField token={frame.csrf} />
                <button type="submit" class="button button-small button-danger">Supprimer<span class="visually-hidden"> « {t.name} »</span></button>
              </form>
            </div>
          </li>
        ))}
      </ol>
      <section aria-labelledby="nouvelle-thematique">
        <h2 id="nouvelle-thematique">Ajouter une thématique</h2>
        <form method="post" action="/admin/thematiques" class="form">
          <CsrfField token={frame.csrf} />
          <div class="field">
            <label for="name-new">Nom</label>
            <input id="name-new" name="name" type="text" required maxLength={80} value={valueOf(0, 'name', '')} />
          </div>
          <div class="field">
            <label for="description-new">Description (facultative)</label>
            <input id="description-new" name="description" type="text" maxLength={500} value={valueOf(0, 'description', '')} />
          </div>
          <button type="submit" class="button">Ajouter</button>
        </form>
      </section>
    </AdminLayout>
  );
}

function MoveButton(props: { frame: AdminFrame; theme: ThemeRow; direction: 'up' | 'down' }) {
  return (
    <form method="post" action={`/admin/thematiques/${props.theme.id}/deplacer`} class="inline-form">
      <CsrfField token={props.frame.csrf} />
      <input type="hidden" name="direction" value={props.direction} />
      <button type="submit" class="button button-small button-secondary">
        {props.direction === 'up' ? 'Monter' : 'Descendre'}<span class="visually-hidden"> « {props.theme.name} »</span>
      </button>
    </form>
  );
}
