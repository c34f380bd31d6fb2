// Shared setup for unit tests. IndexedDB comes from fake-indexeddb (Dexie unit tests only; the
// renderer itself is tested against real Chromium in the e2e suites).
import 'fake-indexeddb/auto';
