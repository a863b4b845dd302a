import type { CampaignRow } from '@/db/queries/readership-campaigns';
import type { SourceRow } from '@/db/queries/readership-sources';
import type { SuspiciousStory } from '@/db/queries/suspicious-traffic';
import { sourceGroupLabels, type SourceGroup } from '@/lib/referrer-sources';
import type { DayRange } from '@/lib/staff-period';
import { compared, comparisonColumns, shareOf, type Compared } from './compared-columns';
import type { Report } from './report';

type WithChange = Compared & { change: number | null };

/** A group's total ("Search"), or one of its busiest hosts ("google.com") under it. */
export type SourceReportRow = WithChange & { kind: 'group' | 'host'; source: SourceGroup; host: string; share: number };

// A separator no host or utm value holds (they are printable text), so two pairs never share a key.
const sourceKey = (source: string, host: string) => `${source}\u0000${host}`;

/**
 * Counted views by where readers came from: each group, largest first, then its busiest hosts
 * (at most `hostsPerGroup`; hostless views, such as direct ones, are in the group's figure only).
 */
export function sourcesReport({
  title,
  range,
  rows,
  previous,
  hostsPerGroup = 5,
}: {
  title: string;
  range: DayRange | null;
  rows: SourceRow[];
  previous: { range: DayRange; rows: SourceRow[] } | null;
  hostsPerGroup?: number;
}): Report<SourceReportRow> {
  const total = rows.reduce((sum, r) => sum + r.views, 0);
  const sumOf = (list: SourceRow[]) => list.reduce((sum, r) => sum + r.views, 0);
  const before = new Map(previous?.rows.map((r) => [sourceKey(r.source, r.host), r.views]));
  const previousOf = (source: SourceGroup, host: string | null) => {
    if (!previous) return null;
    if (host !== null) return before.get(sourceKey(source, host)) ?? 0;
    return sumOf(previous.rows.filter((r) => r.source === source));
  };
  const groups = (Object.keys(sourceGroupLabels) as SourceGroup[])
    .map((source) => ({ source, rows: rows.filter((r) => r.source === source) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => ({ ...g, views: sumOf(g.rows) }))
    .sort((a, b) => b.views - a.views);
  return {
    name: 'sources',
    title,
    range,
    compareWith: previous?.range ?? null,
    columns: [
      { key: 'source', label: 'Source', kind: 'text', value: (r) => (r.kind === 'group' ? sourceGroupLabels[r.source] : '') },
      { key: 'host', label: 'Host', kind: 'text', value: (r) => r.host },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'share_percent', label: 'Share', kind: 'share', value: (r) => r.share },
      ...comparisonColumns<SourceReportRow>(previous !== null),
    ],
    rows: groups.flatMap((g) => [
      { kind: 'group' as const, source: g.source, host: '', share: shareOf(g.views, total), ...compared(g.views, previousOf(g.source, null)) },
      ...g.rows
        .filter((r) => r.host !== '')
        .slice(0, hostsPerGroup)
        .map((r) => ({
          kind: 'host' as const,
          source: g.source,
          host: r.host,
          share: shareOf(r.views, total),
          ...compared(r.views, previousOf(g.source, r.host)),
        })),
    ]),
  };
}

export type CampaignReportRow = WithChange & { utmSource: string; utmCampaign: string; stories: number; share: number };

/** Counted views that arrived with utm_source / utm_campaign, busiest campaign first. */
export function campaignsReport({
  title,
  range,
  rows,
  previous,
}: {
  title: string;
  range: DayRange | null;
  rows: CampaignRow[];
  previous: { range: DayRange; rows: CampaignRow[] } | null;
}): Report<CampaignReportRow> {
  const total = rows.reduce((sum, r) => sum + r.views, 0);
  const before = new Map(previous?.rows.map((r) => [sourceKey(r.utmSource, r.utmCampaign), r.views]));
  return {
    name: 'campaigns',
    title,
    range,
    compareWith: previous?.range ?? null,
    columns: [
      { key: 'utm_source', label: 'utm_source', kind: 'text', value: (r) => r.utmSource },
      { key: 'utm_campaign', label: 'utm_campaign', kind: 'text', value: (r) => r.utmCampaign },
      { key: 'stories', label: 'Stories', kind: 'count', value: (r) => r.stories, wideOnly: true },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'share_percent', label: 'Share', kind: 'share', value: (r) => r.share },
      ...comparisonColumns<CampaignReportRow>(previous !== null),
    ],
    rows: rows.map((r) => ({
      utmSource: r.utmSource,
      utmCampaign: r.utmCampaign,
      stories: r.stories,
      share: shareOf(r.views, total),
      ...compared(r.views, previous ? (before.get(sourceKey(r.utmSource, r.utmCampaign)) ?? 0) : null),
    })),
  };
}

export type SuspiciousRow = SuspiciousStory & { topAddressShare: number };

/** Today's stories whose counted views come from very few addresses (bought or scripted views). */
export function suspiciousTrafficReport({ rows, today }: { rows: SuspiciousStory[]; today: string }): Report<SuspiciousRow> {
  return {
    name: 'suspicious-traffic',
    title: 'Suspicious traffic · Today',
    range: { sinceDay: today, untilDay: today },
    compareWith: null,
    columns: [
      { key: 'headline', label: 'Story', kind: 'text', value: (r) => r.headline },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'addresses', label: 'Addresses', kind: 'count', value: (r) => r.addresses },
      { key: 'top_address_share_percent', label: 'Top address', kind: 'share', value: (r) => r.topAddressShare },
    ],
    rows: rows.map((r) => ({ ...r, topAddressShare: shareOf(r.topAddressViews, r.views) })),
  };
}
