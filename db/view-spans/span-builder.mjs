// Builds and drops view spans (see article_view_spans in db/schema.ts). Plain JavaScript on
// purpose: it runs in a worker thread loaded by Node at run time (span-worker.mjs), never
// bundled, and the unit tests call it directly on their own connection.

/** Rows written per transaction: short enough that a view waiting for the write lock barely notices. */
const rowsPerTransaction = 500;

/**
 * Sums every article's daily rows from firstDay to lastDay (finished days) into a span, unless
 * that span is already whole. The sum is read outside any write transaction (WAL lets it run
 * beside the view counter), then written in short transactions; the build row comes last, so a
 * reader never sees half a span, and a build cut short is redone from the start.
 * Returns the number of articles in the span.
 */
export function buildViewSpan(db, { firstDay, lastDay }, now = new Date()) {
  const built = db.prepare('SELECT articles FROM article_view_span_builds WHERE first_day = ? AND last_day = ?').get(firstDay, lastDay);
  if (built) return built.articles;
  dropSpanRows(db, { firstDay, lastDay });
  const sums = db
    .prepare(
      `SELECT article_id AS articleId, sum(views) AS views, sum(visitors) AS visitors
       FROM article_daily_views INDEXED BY article_daily_views_day_covering_idx
       WHERE day >= ? AND day <= ? GROUP BY article_id`,
    )
    .all(firstDay, lastDay);
  const insert = db.prepare('INSERT OR REPLACE INTO article_view_spans (first_day, last_day, article_id, views, visitors) VALUES (?, ?, ?, ?, ?)');
  const insertChunk = db.transaction((chunk) => {
    for (const row of chunk) insert.run(firstDay, lastDay, row.articleId, row.views, row.visitors);
  });
  for (let start = 0; start < sums.length; start += rowsPerTransaction) {
    insertChunk.immediate(sums.slice(start, start + rowsPerTransaction));
  }
  db.prepare('INSERT OR IGNORE INTO article_view_span_builds (first_day, last_day, articles, built_at) VALUES (?, ?, ?, ?)').run(
    firstDay,
    lastDay,
    sums.length,
    Math.floor(now.getTime() / 1000),
  );
  return sums.length;
}

/** Deletes a span's rows a chunk at a time (its build row must already be gone). */
function dropSpanRows(db, { firstDay, lastDay }) {
  const deleteChunk = db.prepare(
    `DELETE FROM article_view_spans WHERE rowid IN
       (SELECT rowid FROM article_view_spans WHERE first_day = ? AND last_day = ? LIMIT ${rowsPerTransaction})`,
  );
  while (deleteChunk.run(firstDay, lastDay).changes > 0);
}

/** Drops every span not in `wanted` ({ firstDay, lastDay }[]): yesterday's windows, once today's exist. */
export function dropUnwantedViewSpans(db, wanted) {
  const keep = new Set(wanted.map((span) => `${span.firstDay}/${span.lastDay}`));
  const present = db.prepare('SELECT DISTINCT first_day AS firstDay, last_day AS lastDay FROM article_view_spans').all();
  const listed = db.prepare('SELECT first_day AS firstDay, last_day AS lastDay FROM article_view_span_builds').all();
  for (const span of [...listed, ...present]) {
    const key = `${span.firstDay}/${span.lastDay}`;
    if (keep.has(key)) continue;
    keep.add(key); // listed and present name most spans twice: drop each once
    db.prepare('DELETE FROM article_view_span_builds WHERE first_day = ? AND last_day = ?').run(span.firstDay, span.lastDay);
    dropSpanRows(db, span);
  }
}

/**
 * Builds the wanted spans, then, if it built one (or `sweep` asks, as a process's first refresh
 * does, to clear what a crash left), drops the rest. Returns how many spans it built.
 */
export function refreshViewSpans(db, wanted, { now = new Date(), sweep = false } = {}) {
  const isBuilt = db.prepare('SELECT 1 FROM article_view_span_builds WHERE first_day = ? AND last_day = ?').pluck();
  const missing = wanted.filter((span) => !isBuilt.get(span.firstDay, span.lastDay));
  for (const span of missing) buildViewSpan(db, span, now);
  if (missing.length > 0 || sweep) dropUnwantedViewSpans(db, wanted);
  return missing.length;
}
