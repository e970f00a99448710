/** What other features may use of observatory/: the one door into it. */
export { extractDateLabel, ObservatoryFigures, observatorySentence } from './observatory.figures.tsx';
export { getTerritoryObservatory, type TerritoryObservatory } from './observatory.service.ts';
