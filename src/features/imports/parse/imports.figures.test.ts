/** Imports: key figures read from French sentences, with their year — and none when unsure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SectionKind } from '../../members/members.public.ts';
import { readFigures } from './imports.figures.ts';
import { sentences, yearOf } from './imports.numbers.ts';

function read(kind: SectionKind, ...texts: string[]) {
  const warnings: string[] = [];
  const figures = readFigures([{ kind, heading: 'Titre', texts }], warnings).map(({ kind: k, value, year }) => ({ kind: k, value, year }));
  return { figures, warnings };
}
const one = (kind: SectionKind, text: string) => read(kind, text).figures;

test('budget amounts in French: M€, spaces as thousands separators, euros, millions d’euros', () => {
  assert.deepEqual(one('budget', 'Un budget ESS de 35,2 M€.'), [{ kind: 'budget_eur', value: 35200000, year: null }]);
  assert.deepEqual(one('budget', 'Le soutien atteint 350 000 € par an.'), [{ kind: 'budget_eur', value: 350000, year: null }]);
  assert.deepEqual(one('budget', 'Une enveloppe de 40\u202f000\u00a0euros en 2019.'), [{ kind: 'budget_eur', value: 40000, year: 2019 }]);
  assert.deepEqual(one('budget', 'La région mobilise plus de 50 millions d’euros.'), [{ kind: 'budget_eur', value: 50000000, year: null }]);
  assert.deepEqual(one('budget', 'Soit 1,5 million d’euros (2016).'), [{ kind: 'budget_eur', value: 1500000, year: 2016 }]);
});

test('of several amounts, the one described as the ESS budget or subsidies is kept', () => {
  const { figures, warnings } = read(
    'budget',
    'La collectivité consacre 5 % de son budget général au subventionnement du milieu associatif (35,2 M€) auxquels s’ajoutent 3,5 M€ d’achats de prestations (chiffres 2016).',
  );
  assert.deepEqual(figures, [{ kind: 'budget_eur', value: 35200000, year: 2016 }]);
  assert.deepEqual(warnings, []);
  assert.deepEqual(one('budget', 'Sur un budget total de 2 milliards €, 1,2 M€ sont consacrés à l’ESS.'), [
    { kind: 'budget_eur', value: 1200000, year: null },
  ]);
});

test('equally plausible amounts: no budget is invented, a warning says why', () => {
  const { figures, warnings } = read(
    'budget',
    'Le budget de l’ESS était de 350 000 € en 2018 ; le budget de l’ESS est de 380 000 € en 2019.',
  );
  assert.deepEqual(figures, []);
  assert.match(warnings[0]!, /^Budget : plusieurs montants possibles \(350 000 €, 380 000 €\)/);
});

test('amounts outside the budget section are not the budget', () => {
  assert.deepEqual(one('actions', 'Un tiers-lieu soutenu à hauteur de 60 000 €.'), []);
  assert.deepEqual(one('panorama', 'Les structures pèsent 2 M€ de chiffre d’affaires.'), []);
});

test('establishments, jobs and share of employment', () => {
  assert.deepEqual(one('panorama', 'On compte 1 875 établissements employeurs.'), [
    { kind: 'ess_establishments', value: 1875, year: null },
  ]);
  assert.deepEqual(one('panorama', 'Elle irrigue plus d’un millier d’établissements employeurs (11 % du bassin d’emploi).'), [
    { kind: 'ess_establishments', value: 1000, year: null },
    { kind: 'ess_employment_share', value: 11, year: null },
  ]);
  assert.deepEqual(one('panorama', 'L’ESS représente 42 000 emplois (6,2 % des emplois locaux), chiffres 2016.'), [
    { kind: 'ess_jobs', value: 42000, year: 2016 },
    { kind: 'ess_employment_share', value: 6.2, year: 2016 },
  ]);
  assert.deepEqual(one('other', 'Soit 9,8 % de l’emploi salarié en 2019.'), [{ kind: 'ess_employment_share', value: 9.8, year: 2019 }]);
});

test('staff dedicated to the ESS', () => {
  assert.deepEqual(one('budget', 'Le service compte 2 chargées de mission.'), [{ kind: 'staff_fte', value: 2, year: null }]);
  assert.deepEqual(one('programme', 'Une chargée de mission suit le programme.'), [{ kind: 'staff_fte', value: 1, year: null }]);
  assert.deepEqual(one('budget', 'Le suivi mobilise 1,5 ETP.'), [{ kind: 'staff_fte', value: 1.5, year: null }]);
});

test('no figure when unsure: other words, other sections, vague quantities', () => {
  assert.deepEqual(one('panorama', 'Trois établissements scolaires participent.'), []);
  assert.deepEqual(one('panorama', 'Des tiers-lieux (une vingtaine) et plusieurs milliers de bénévoles.'), []);
  assert.deepEqual(one('actions', 'La ressourcerie emploie 12 salariés et 3 agents.'), []);
  assert.deepEqual(one('panorama', 'Loi Hamon (31 juillet 2014), 7ème édition.'), []);
});

test('the figure keeps the whole sentence it came from', () => {
  const warnings: string[] = [];
  const [figure] = readFigures(
    [
      {
        kind: 'panorama',
        heading: 'P',
        texts: ['Le territoire est dynamique. Il compte 2 300 établissements employeurs (données 2017). Bravo.'],
      },
    ],
    warnings,
  );
  assert.equal(figure?.text, 'Il compte 2 300 établissements employeurs (données 2017).');
  assert.equal(figure?.year, 2017);
});

test('several values of a kind: the first is kept, with a warning', () => {
  const { figures, warnings } = read('panorama', '42 000 emplois en 2016.', 'Dont 3 000 emplois créés depuis.');
  assert.deepEqual(figures, [{ kind: 'ess_jobs', value: 42000, year: 2016 }]);
  assert.equal(warnings[0], 'Emplois dans l’ESS : plusieurs valeurs (42 000 ; 3 000), la première est retenue.');
});

test('sentences and years', () => {
  assert.deepEqual(sentences('Cf. Portrait n°12. Novembre 2013. M. Durand parle. fin'), [
    'Cf. Portrait n°12.',
    'Novembre 2013.',
    'M. Durand parle. fin',
  ]);
  assert.equal(yearOf('Chiffres 2016 : 42 000 emplois'), 2016);
  assert.equal(yearOf('42 000 emplois (2016)'), 2016);
  assert.equal(yearOf('42 000 emplois en 2019'), 2019);
  assert.equal(yearOf('En 2015 puis en 2019, 42 000 emplois'), null);
  assert.equal(yearOf('Dès 2012, 42 000 emplois'), null);
});
