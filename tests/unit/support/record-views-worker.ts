// Child process for the multi-process test: records `count` views with distinct visitors
// against DATABASE_PATH, all at once, as a second server process would (with the server's
// short lock wait and non-blocking retries).
import { recordArticleViewPatiently } from '@/db/queries/article-views';

const [articleId, count, prefix] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1_000_000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1_000_000 };
let counted = 0;
for (let i = 0; i < count; i++) {
  const outcome = await recordArticleViewPatiently({
    articleId,
    config,
    viewer: {
      visitorToken: `${prefix}-visitor-${String(i).padStart(12, '0')}`,
      clientAddress: prefix!,
      isBot: false,
      isStaff: false,
      isPrefetch: false,
    },
  });
  if (outcome.status === 'counted') counted++;
}
process.stdout.write(String(counted));
