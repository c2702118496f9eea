/**
 * Types of 'vis-timeline/standalone'. Its package points the entry's types at the plain build's
 * declarations, which lack the DataSet and moment that the standalone bundle carries;
 * tsconfig.app.json maps the entry to this file. The bundle itself is what runs: one copy of
 * vis-data and moment inside it, as the timeline needs (a data set of another copy is not drawn).
 */
export { Timeline } from 'vis-timeline';
export type { TimelineOptions } from 'vis-timeline';
export { DataSet } from 'vis-data';
export { default as moment } from 'moment';
