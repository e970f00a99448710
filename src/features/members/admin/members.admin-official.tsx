/** The back office's form for a member's official data: create a member, or edit an existing one. */
import { formatLongDate, plural } from '../../../web/format.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../web/forms.tsx';
import { AdminLayout, type AdminFrame } from '../../../web/admin/layout.tsx';
import { TERRITORY_KINDS } from '../../territories/territories.public.ts';
import { ProfileState } from './members.admin-list.tsx';
import type { AdminMemberRow } from './members.admin-repository.ts';
import { MIN_YEAR, TERRITORY_KIND_LABELS, type OfficialValues } from '../members.official.ts';

export function MemberOfficialPage(props: {
  frame: AdminFrame;
  member?: AdminMemberRow;
  values: OfficialValues;
  problems?: string[];
  notice?: string;
}) {
  const { frame, member, values: v } = props;
  const action = member ? `/admin/adherents/${member.slug}` : '/admin/adherents';
  const title = member ? `Données officielles — ${member.name}` : 'Ajouter un adhérent';
  return (
    <AdminLayout frame={frame} title={title} current="adherents">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin/adherents">Adhérents</a>
          </li>
          <li aria-current="page">{member ? member.name : 'Nouvel adhérent'}</li>
        </ol>
      </nav>
      <h1>{member ? member.name : 'Ajouter un adhérent'}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      {member && (
        <section aria-labelledby="etat-profil" class="member-admin-state">
          <h2 id="etat-profil" class="visually-hidden">
            État du profil
          </h2>
          <p>
            Profil mis à jour le {formatLongDate(member.content_updated_at)} · <ProfileState row={member} /> ·{' '}
            {member.editors ? plural(member.editors, 'rédacteur') : 'aucun rédacteur'} (<a href="/admin/comptes">comptes</a>)
          </p>
          <p class="admin-links">
            <a class="button button-secondary" href={`/admin/adherents/${member.slug}/profil`}>
              Modifier le profil
            </a>{' '}
            <a href={`/admin/adherents/${member.slug}/historique`}>Historique des versions</a> ·{' '}
            <a href={`/adherents/${member.slug}`}>Page publique</a>
          </p>
        </section>
      )}
      {!member && <p>Le profil du nouvel adhérent sera vide : ses rédacteurs, ou l’équipe du réseau, le rempliront ensuite.</p>}
      <ErrorSummary
        problems={props.problems ?? []}
        title={member ? 'Les modifications n’ont pas pu être enregistrées' : 'L’adhérent n’a pas pu être créé'}
      />
      <form method="post" action={action} class="form member-official-form">
        <CsrfField token={frame.csrf} />
        {member && <h2>Données officielles</h2>}
        <div class="field">
          <label for="name">Nom de la collectivité</label>
          <input id="name" name="name" type="text" required maxLength={150} value={v.name} aria-describedby="name-hint" />
          <p class="hint" id="name-hint">
            Tel qu’il apparaît dans l’annuaire, par exemple « Grand Poitiers » ou « Région Nouvelle-Aquitaine ».
            {member && ` L’adresse de la page publique ne change pas (/adherents/${member.slug}).`}
          </p>
        </div>
        <fieldset>
          <legend>Territoire officiel</legend>
          <p class="hint">Le type d’adhérent, le département, la région et la population en découlent.</p>
          <div class="field-row">
            <div class="field">
              <label for="territoryKind">Type de territoire</label>
              <select id="territoryKind" name="territoryKind">
                {TERRITORY_KINDS.map((k) => (
                  <option value={k} selected={k === v.territoryKind}>
                    {TERRITORY_KIND_LABELS[k].label}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="territory">Code officiel ou nom</label>
              <input
                id="territory"
                name="territory"
                type="text"
                required
                maxLength={120}
                value={v.territory}
                aria-describedby="territory-hint"
              />
            </div>
          </div>
          <p class="hint" id="territory-hint">
            Code INSEE pour une commune, un département ou une région ; SIREN pour une intercommunalité ou une métropole. Le nom officiel
            suffit quand il est unique. Exemples :{' '}
            {TERRITORY_KINDS.map((k) => `${TERRITORY_KIND_LABELS[k].example} (${TERRITORY_KIND_LABELS[k].short})`).join(' ; ')}.
          </p>
          {member?.territory_name && (
            <p class="hint">
              Actuellement : {member.territory_name} ({member.territory_kind === 'epci' ? 'SIREN' : 'code INSEE'} {member.territory_code}).
            </p>
          )}
        </fieldset>
        <div class="field-row">
          <div class="field">
            <label for="joinedYear">Année d’adhésion</label>
            <input
              id="joinedYear"
              name="joinedYear"
              type="text"
              inputMode="numeric"
              pattern="[0-9]{4}"
              maxLength={4}
              value={v.joinedYear}
              aria-describedby="joinedYear-hint"
            />
            <p class="hint" id="joinedYear-hint">
              Quatre chiffres, {MIN_YEAR} ou après ; vide si elle n’est pas connue.
            </p>
          </div>
          {member && (
            <div class="field">
              <label for="status">Statut</label>
              <select id="status" name="status" aria-describedby="status-hint">
                <option value="active" selected={v.status === 'active'}>
                  Adhérent
                </option>
                <option value="former" selected={v.status === 'former'}>
                  Ancien adhérent
                </option>
              </select>
              <p class="hint" id="status-hint">
                Un ancien adhérent reste publié, avec la mention « ancien adhérent ».
              </p>
            </div>
          )}
          <div class="field">
            <label for="moderation">Modifications de ses rédacteurs</label>
            <select id="moderation" name="moderation">
              <option value="review" selected={v.moderation !== 'direct'}>
                validées par le réseau
              </option>
              <option value="direct" selected={v.moderation === 'direct'}>
                publiées directement
              </option>
            </select>
          </div>
        </div>
        {!member && (
          <div class="field">
            <label for="website">Site internet (facultatif)</label>
            <input
              id="website"
              name="website"
              type="url"
              maxLength={300}
              value={v.website}
              placeholder="https://"
              aria-describedby="website-hint"
            />
            <p class="hint" id="website-hint">
              Adresse complète, commençant par https://. Les rédacteurs pourront la modifier avec le profil.
            </p>
          </div>
        )}
        <div class="form-actions">
          <button type="submit" class="button">
            {member ? 'Enregistrer les données officielles' : 'Créer l’adhérent'}
          </button>
          <a href="/admin/adherents">Retour à la liste</a>
        </div>
      </form>
    </AdminLayout>
  );
}
