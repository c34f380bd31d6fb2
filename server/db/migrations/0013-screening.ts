import type { Migration } from '../migrate';

/**
 * The monthly screening (主动排摸, docs/screening.md): 12345 work orders per street, each street's
 * remembered column mapping, the district's classification rules, and each street's screening
 * meeting of a month with its hand-entered petitions and its plan.
 *
 * `screening_orders` keeps no name or phone number (the import never reads those columns);
 * `request` and `address` are cleared after 13 months (server/screening/orders.ts), the counts stay.
 */
export const screening: Migration = {
  version: 13,
  name: 'screening',
  sql: `
CREATE TABLE screening_orders (
  street TEXT NOT NULL,
  order_no TEXT NOT NULL,           -- the hotline's work-order number: the key of a re-import
  received_at INTEGER NOT NULL,     -- epoch ms
  month TEXT NOT NULL,              -- YYYY-MM, Shanghai time
  community TEXT NOT NULL,          -- 居委, as the hotline wrote it ('' when not given)
  address TEXT NOT NULL,
  request TEXT NOT NULL,
  hotline_category TEXT NOT NULL,
  urgent INTEGER NOT NULL,
  category TEXT,                    -- one of the seven prompts, NULL: not classified
  topic TEXT,
  corrected_by TEXT,                -- the console account that corrected it; rules leave it alone
  imported_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (street, order_no)
) STRICT;
CREATE INDEX screening_orders_month ON screening_orders (street, month, topic);

-- An import in progress: rows are staged in small transactions while the file streams, then
-- merged into screening_orders in one, so a file that fails half-way changes nothing.
CREATE TABLE screening_staging (
  import_id TEXT NOT NULL,
  order_no TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  month TEXT NOT NULL,
  community TEXT NOT NULL,
  address TEXT NOT NULL,
  request TEXT NOT NULL,
  hotline_category TEXT NOT NULL,
  urgent INTEGER NOT NULL,
  category TEXT,
  topic TEXT,
  staged_at INTEGER NOT NULL,
  PRIMARY KEY (import_id, order_no)
) STRICT, WITHOUT ROWID;

CREATE TABLE screening_mappings (
  street TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,            -- JSON: field -> header text
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE screening_rules (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rules TEXT NOT NULL,              -- JSON: the district's classification rules
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE screening_meetings (
  street TEXT NOT NULL,
  month TEXT NOT NULL,
  held_at INTEGER,
  held_by TEXT,
  notes TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (street, month)
) STRICT;

CREATE TABLE screening_petitions (
  id INTEGER PRIMARY KEY,
  street TEXT NOT NULL,
  month TEXT NOT NULL,
  community TEXT NOT NULL,
  topic TEXT,
  summary TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
CREATE INDEX screening_petitions_month ON screening_petitions (street, month);

CREATE TABLE screening_plan_items (
  id INTEGER PRIMARY KEY,
  street TEXT NOT NULL,
  month TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  date TEXT NOT NULL,               -- YYYY-MM-DD
  topic TEXT,
  theme_at INTEGER,                 -- when it was published as the rooms' monthly theme
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
CREATE INDEX screening_plan_month ON screening_plan_items (street, month);
`,
};
