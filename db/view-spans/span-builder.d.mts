import type Database from 'better-sqlite3';

export type ViewSpan = { firstDay: string; lastDay: string };
export function buildViewSpan(db: Database.Database, span: ViewSpan, now?: Date): number;
export function dropUnwantedViewSpans(db: Database.Database, wanted: ViewSpan[]): void;
export function refreshViewSpans(db: Database.Database, wanted: ViewSpan[], options?: { now?: Date; sweep?: boolean }): number;
