import type { ReportLang } from './requests';
import { STREETS, type StreetId } from '../sites';
import type { StatsFigures } from './figures';
import { promptLabel, REPORT_WORDS, serviceLabel, type ReportWord } from './report-labels';
import { isSmallCount, SMALL_CELL, suppressCount } from './suppress';

/**
 * The annual statistics (全年服务量) and the monthly report, as plain tables built from the
 * figures of one scope and period. The console prints these tables and the hub writes the same
 * ones to XLSX and CSV, so the page and the file cannot disagree. Aggregates only.
 *
 * For a supervisor (`suppress`), every count of 1-4 shows as "<5", and a share or mean built on
 * such a count is withheld ("—" is "nothing to compute"; "<5" there means "too few to show").
 */
export type ReportCell = string | number;
export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: ReportCell[][];
}
export interface Report {
  title: string;
  /** The name of the XLSX sheet that carries the title, period and legend. */
  about: string;
  place: string;
  period: string;
  legend: string;
  tables: ReportTable[];
}
export interface ReportOptions {
  kind: 'annual' | 'monthly';
  lang: ReportLang;
  suppress: boolean;
  /** A room's name in this language, by site id. */
  roomName: (siteId: string) => string;
}

export const NOTHING = '—';

export function buildReport(figures: StatsFigures, options: ReportOptions): Report {
  const { lang, suppress } = options;
  const w = (word: ReportWord) => REPORT_WORDS[lang][word];
  const count = (n: number): ReportCell => (suppress ? suppressCount(n) : n);
  /** A share as a percentage with one decimal, withheld when its counts are too small. */
  const share = (part: number, whole: number): ReportCell => {
    if (whole === 0) return NOTHING;
    if (suppress && (isSmallCount(whole) || isSmallCount(part))) return SMALL_CELL;
    return `${((part / whole) * 100).toFixed(1)}%`;
  };
  const mean = (value: number | null, n: number): ReportCell => {
    if (value === null) return NOTHING;
    if (suppress && isSmallCount(n)) return SMALL_CELL;
    return Number(value.toFixed(2));
  };
  const streetName = (id: StreetId) => {
    const s = STREETS.find((x) => x.id === id);
    return s ? (lang === 'en' ? s.en : s.zh) : id;
  };
  const { query, totals } = figures;
  const place =
    query.scope === 'district'
      ? w('district')
      : query.scope === 'street'
        ? streetName(query.id as StreetId)
        : options.roomName(query.id ?? '');

  const totalRows: ReportCell[][] = [
    [w('intakes'), count(totals.intakes)],
    [w('intakesWithoutConsent'), count(totals.intakesWithoutConsent)],
    [w('cases'), count(totals.cases)],
    [w('registrations'), count(totals.registrations)],
    [w('walkIns'), count(totals.walkIns)],
    [w('solvedOnSpot'), count(totals.solvedOnSpot)],
    [w('routedCases'), count(totals.routedCases)],
    [w('jointConsultations'), count(totals.jointConsultations)],
    [w('homeVisits'), count(totals.homeVisits)],
    [w('results'), count(totals.results)],
    [w('reported'), count(totals.reported)],
    [w('reportedShare'), share(figures.reportedBack.reported, figures.reportedBack.results)],
    [w('closed'), count(totals.closed)],
    [w('ratings'), count(totals.ratings)],
    [w('ratingMean'), mean(figures.satisfaction.mean, totals.ratings)],
    [w('suggestions'), count(totals.suggestions)],
  ];
  const tables: ReportTable[] = [
    { id: 'totals', title: w('tTotals'), columns: [w('figure'), w('value')], rows: totalRows },
  ];

  if (options.kind === 'annual') {
    tables.push({
      id: 'byMonth',
      title: w('tByMonth'),
      columns: [
        w('month'),
        w('intakes'),
        w('cases'),
        w('solvedOnSpot'),
        w('routedCases'),
        w('results'),
        w('reported'),
        w('closed'),
        w('overdueAtMonthEnd'),
        w('ratings'),
        w('ratingMean'),
      ],
      rows: figures.byMonth.map((m) => [
        m.month,
        count(m.intakes),
        count(m.cases),
        count(m.solvedOnSpot),
        count(m.routedCases),
        count(m.results),
        count(m.reported),
        count(m.closed),
        count(m.overdueAtMonthEnd),
        count(m.ratings),
        mean(m.ratingMean, m.ratings),
      ]),
    });
  }
  if (query.scope === 'district') {
    const perStreet = new Map<StreetId, { intakes: number; cases: number }>();
    for (const c of figures.byStreetMonth) {
      const s = perStreet.get(c.street) ?? { intakes: 0, cases: 0 };
      s.intakes += c.intakes;
      s.cases += c.cases;
      perStreet.set(c.street, s);
    }
    tables.push({
      id: 'byStreet',
      title: w('tByStreet'),
      columns: [w('street'), w('intakes'), w('cases')],
      rows: [...perStreet].map(([street, s]) => [
        streetName(street),
        count(s.intakes),
        count(s.cases),
      ]),
    });
  } else {
    tables.push({
      id: 'byRoom',
      title: w('tByRoom'),
      columns: [w('room'), w('intakes'), w('cases')],
      rows: figures.byRoom.map((r) => [
        options.roomName(r.siteId),
        count(r.intakes),
        count(r.cases),
      ]),
    });
  }
  tables.push(
    {
      id: 'byPrompt',
      title: w('tByPrompt'),
      columns: [
        w('prompt'),
        w('intakes'),
        w('cases'),
        w('solvedOnSpot'),
        w('routed'),
        w('noShow'),
        w('pending'),
      ],
      rows: figures.byPrompt.map((p) => [
        promptLabel(lang, p.prompt),
        count(p.intakes),
        count(p.cases),
        count(p.solvedOnSpot),
        count(p.routed),
        count(p.noShow),
        count(p.pending),
      ]),
    },
    {
      id: 'byService',
      title: w('tByService'),
      columns: [
        w('service'),
        w('suggested'),
        w('registered'),
        w('solvedOnSpot'),
        w('routed'),
        w('resolved'),
        w('homeVisits'),
      ],
      rows: figures.byService.map((s) => [
        serviceLabel(lang, s.service),
        count(s.suggested),
        count(s.registered),
        count(s.solvedOnSpot),
        count(s.routed),
        count(s.resolved),
        count(s.homeVisits),
      ]),
    },
    {
      id: 'outcomes',
      title: w('tOutcomes'),
      columns: [w('outcome'), w('cases')],
      rows: figures.outcomes.map((o) => [w(o.outcome), count(o.cases)]),
    },
    {
      id: 'satisfaction',
      title: w('tSatisfaction'),
      columns: [w('score'), w('count')],
      rows: figures.satisfaction.distribution.map((d) => [d.score, count(d.count)]),
    },
  );
  const period = query.from === query.to ? query.from : `${query.from} – ${query.to}`;
  return {
    title: `${place} ${w(options.kind)}`,
    about: w('about'),
    place,
    period,
    legend: suppress ? w('legend') : w('legendPlain'),
    tables,
  };
}
