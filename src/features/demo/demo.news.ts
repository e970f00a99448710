/**
 * Demo news: fictitious "actualités" of the network, each linked to one to three
 * demo members (by slug). Dates run from 2016 to November 2026.
 */
import type { DemoNews } from './demo.types.ts';
import { demoNews2016to2020 } from './news/2016-2020.ts';
import { demoNews2021to2026 } from './news/2021-2026.ts';

export const demoNews: DemoNews[] = [...demoNews2016to2020, ...demoNews2021to2026];
