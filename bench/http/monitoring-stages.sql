-- Issue 15/16, ADR 0030: 1,000,000 synthetic monitoring stages (200,000 applications x 5 stages, 365 submission days,
-- 10 services, 50 units) for measuring `monitoring backfill` and the dashboard's queries on SQLite (the `generate`
-- command writes no stage rows). Run against a migrated database: sqlite3 <data>/qyzmet.db < bench/http/monitoring-stages.sql
PRAGMA journal_mode=WAL;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 999999),
r AS (SELECT i, i/5 AS a, i%5 AS k, ((i*7919) % 400000) + 1 AS d FROM n)
INSERT INTO mon_stages (ApplicationId, ServiceId, UnitId, Step, Final, Completed, SubmittedOn, EnteredAt, LeftAt, DurationSeconds, NormAmount, NormUnit, DueAt, Overdue, EscalatedAt)
SELECT printf('%08x-0000-7000-8000-%012x', a, a), 'svc-' || (a % 10), 'unit-' || (a % 50), 'step-' || k, k = 4, k = 4 AND a % 3 <> 0,
  date('2026-11-30', '-' || (a % 365) || ' days'),
  datetime('2026-11-30', '-' || (a % 365) || ' days', '+' || k || ' hours'),
  CASE WHEN k < 4 AND a % 20 <> 0 THEN datetime('2026-11-30', '-' || (a % 365) || ' days', '+' || k || ' hours', '+' || d || ' seconds') END,
  CASE WHEN k < 4 AND a % 20 <> 0 THEN d END,
  CASE WHEN k < 4 THEN 3 END, CASE WHEN k < 4 THEN 'WorkingDays' END,
  CASE WHEN k < 4 THEN datetime('2026-11-30', '-' || (a % 365) || ' days', '+3 days') END,
  CASE WHEN k < 4 AND a % 20 <> 0 THEN d > 259200 WHEN k = 4 THEN a % 7 = 0 END,
  NULL
FROM r;
