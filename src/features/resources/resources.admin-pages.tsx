/** Back-office pages of the resource centre: the list and the form (new or existing resource). */
import { AdminLayout, type AdminFrame } from '../admin/admin.layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { formatDate } from '../../web/format.ts';
import { RESOURCE_TYPES, RESOURCE_VISIBILITIES, type ResourceRow } from './resources.table.ts';
import { RESOURCE_TYPE_LABELS, VISIBILITY_LABELS, fileLabel } from './resources.present.ts';
import type { ResourceFormValues } from './resources.form.ts';

export function ResourceAdminListPage(props: { frame: AdminFrame; rows: ResourceRow[]; notice?: string }) {
  return (
    <AdminLayout frame={props.frame} title="Ressources" current="ressources">
      <h1>Ressources</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p><a class="button" href="/admin/ressources/nouvelle">Nouvelle ressource</a></p>
      <table class="admin-table">
        <caption class="visually-hidden">Toutes les ressources, les plus récemment modifiées d’abord</caption>
        <thead><tr><th scope="col">Titre</th><th scope="col">Type</th><th scope="col">Accès</th><th scope="col">État</th><th scope="col">Modifiée le</th></tr></thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td><a href={`/admin/ressources/${r.id}`}>{r.title}</a></td>
              <td>{RESOURCE_TYPE_LABELS[r.type]}</td>
              <td>{VISIBILITY_LABELS[r.visibility]}</td>
              <td>{r.status === 'published' ? 'Publiée' : 'Brouillon'}</td>
              <td>{formatDate(r.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export function ResourceEditPage(props: {
  frame: AdminFrame; heading: string; action: string; values: ResourceFormValues; themes: { slug: string; name: string }[];
  files: { title: string; contentType: string; byteSize: number }[]; publicHref?: string; problems?: string[]; notice?: string;
}) {
  const { values } = props;
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name}>{options.map((o) => <option value={o.value} selected={o.value === value}>{o.label}</option>)}</select>
    </div>
  );
  return (
    <AdminLayout frame={props.frame} title={props.heading} current="ressources" richText>
      <p><a href="/admin/ressources">← Toutes les ressources</a>{props.publicHref && <> · <a href={props.publicHref}>Voir la page publique</a></>}</p>
      <h1>{props.heading}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary problems={props.problems ?? []} />
      <form method="post" action={props.action} class="form" enctype="multipart/form-data">
        <CsrfField token={props.frame.csrf} />
        <div class="field"><label for="title">Titre</label><input id="title" name="title" type="text" required maxLength={200} value={values.title} /></div>
        {select('type', 'Type', values.type, RESOURCE_TYPES.map((t) => ({ value: t, label: RESOURCE_TYPE_LABELS[t] })))}
        <div class="field-row">
          <div class="field"><label for="series">Série (facultative)</label><input id="series" name="series" type="text" maxLength={120} value={values.series} /></div>
          <div class="field field-small"><label for="number">Numéro</label><input id="number" name="number" type="text" inputMode="numeric" maxLength={6} value={values.number} /></div>
        </div>
        <div class="field">
          <label for="summary">Résumé</label>
          <p class="hint" id="summary-hint">Visible de tous, même quand la ressource est réservée aux adhérents.</p>
          <textarea id="summary" name="summary" rows={3} maxLength={600} aria-describedby="summary-hint" required>{values.summary}</textarea>
        </div>
        <div class="field"><label for="body">Texte</label><textarea id="body" name="body" rows={14} data-rich-text>{values.body}</textarea></div>
        {select('visibility', 'Accès', values.visibility, RESOURCE_VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] })))}
        {select('status', 'État', values.status, [{ value: 'draft', label: 'Brouillon (invisible)' }, { value: 'published', label: 'Publiée' }])}
        <div class="field"><label for="date">Date de publication</label><input id="date" name="date" type="date" value={values.date} /></div>
        <fieldset>
          <legend>Thématiques</legend>
          <ul class="checkbox-list">
            {props.themes.map((t) => (
              <li class="field checkbox">
                <input id={`theme-${t.slug}`} name="themes" type="checkbox" value={t.slug} checked={values.themes.includes(t.slug)} />
                <label for={`theme-${t.slug}`}>{t.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Fichiers</legend>
          {props.files.length > 0 && <ul>{props.files.map((f) => <li>{f.title} ({fileLabel(f.contentType, f.byteSize)})</li>)}</ul>}
          <div class="field">
            <label for="file">Ajouter un fichier</label>
            <p class="hint" id="file-hint">PDF, Word, Excel, PowerPoint, OpenDocument ou image, 20 Mo au plus. Le contenu du fichier doit correspondre à son extension.</p>
            <input id="file" name="file" type="file" aria-describedby="file-hint" accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.webp" />
          </div>
          <div class="field"><label for="file_title">Intitulé du fichier</label><input id="file_title" name="file_title" type="text" maxLength={200} value={values.fileTitle} /></div>
        </fieldset>
        <div class="form-actions"><button type="submit" class="button">Enregistrer</button></div>
      </form>
    </AdminLayout>
  );
}
