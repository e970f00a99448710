import assert from 'node:assert/strict';
import { test } from 'node:test';
import { altTextProblem } from './news.alt-text.ts';

const context = { title: 'Forum de l’ESS à Poitiers', filename: 'DSC_0042.JPG' };

test('real descriptions pass, short ones included', () => {
  for (const alt of [
    'Les bénévoles de la recyclerie trient des vêtements',
    'Marché bio',
    'Logo de la Pive',
    'Vue aérienne du tiers-lieu',
    'Élus et habitants devant la mairie',
  ]) {
    assert.equal(altTextProblem(alt, context), null, alt);
  }
});

test('junk is refused with a French reason', () => {
  const cases: [string, RegExp][] = [
    ['', /décrivez ce que montre l’image/],
    ['   ', /décrivez ce que montre l’image/],
    ['dfgh', /trop court/],
    ['image', /ne décrit pas l’image/],
    ['Photo 3', /ne décrit pas l’image/],
    ['capture d’écran', /ne décrit pas l’image/],
    ['IMG_1234.jpg', /est un nom de fichier/],
    ['photo.png', /est un nom de fichier/],
    ['DSC_0042', /est un nom de fichier/],
    ['PXL_20240512_101010', /est un nom de fichier/],
    ['Forum de l’ESS à Poitiers', /ne répétez pas le titre/],
    ['qsdfghjk qsdfgh', /ne ressemble pas à une description/],
    ['aaaa bbbb cccc', /ne ressemble pas à une description/],
    ['12345678901', /ne ressemble pas à une description/],
    ['x'.repeat(300), /250 caractères au plus/],
  ];
  for (const [alt, reason] of cases) assert.match(altTextProblem(alt, context) ?? '(accepté)', reason, alt);
});
