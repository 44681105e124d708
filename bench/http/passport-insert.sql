-- The raw insert of what one real-estate.cadastral-passport submission writes (D-366): its number from the sequence,
-- then, in one transaction, the same 8 rows with the same column values and sizes as the host sent them (read from
-- PostgreSQL's statement log for one submission on the demo seed): audit row to chain, history line, application,
-- payment-window timer, first monitoring stage (issue 15), inbox notice, invoice, confirmation. Fresh keys per transaction.
-- Run by bench/http/scenario.sh passport16 with pgbench against the host's database, as the in-run baseline.
\set n random(1, 2000000000)
SELECT nextval('cases_seq_application');
BEGIN;
INSERT INTO audit_pending ("Action", "ActorId", "ActorRole", "At", "Details", "Subject")
  VALUES ('application.submit', '900315400116', 'applicant', now(), '{"ServiceId":"real-estate.cadastral-passport","ApplicantId":"900315400116","channel":"portal","confirmation":"dev","certificate":null}', 'application:pgbench-' || :client_id || '-' || :n);
INSERT INTO cases_applications ("Id", "AcceptedOn", "ApplicantId", "ApplicantName", "Channel", "DueOn", "FormJson", "IdempotencyKey", "Number", "OutcomeReasonJson", "RequestHash", "ResultDocumentId", "ServiceId", "Status", "SubmittedAt", "SubmittedBy", "UnitId", "UpdatedAt", "Version")
  VALUES (md5('app' || :client_id || '-' || :n || clock_timestamp())::uuid, current_date, '900315400116', 'ЖАНБОЛАТОВА АЙГЕРІМ СЕРІКҚЫЗЫ', 'portal', current_date + 7, '{"cadastralNumber":"75-123-045-067:1","consent":"given"}', 'pgbench-' || md5(:client_id || '-' || :n || clock_timestamp()), 'pgb-' || :client_id || '-' || :n || '-' || (extract(epoch from clock_timestamp()) * 1000000)::bigint, NULL, '5922559a1a6b705d1845215aee1e6754ba271a76ec63105e8d5abfa6f4e7e9ff', NULL, 'real-estate.cadastral-passport', 'awaiting-base-payment', now(), '900315400116', 'sc-re-75', now(), 0)
  RETURNING "Id" \gset app_
INSERT INTO cases_application_events ("ActorId", "ActorRole", "ApplicationId", "At", "FromStatus", "Reason", "ToStatus", "Trigger")
  VALUES ('900315400116', 'applicant', ':app_Id'::uuid, now(), '', 'submitted via portal', 'awaiting-base-payment', 'submit');
INSERT INTO cases_timers ("ApplicationId", "CanceledAt", "ClaimedBy", "DueAt", "FiredAt", "Trigger")
  VALUES (':app_Id'::uuid, NULL, NULL, now() + interval '3 days', NULL, 'expire');
INSERT INTO mon_stages ("ApplicationId", "Completed", "DueAt", "DurationSeconds", "EnteredAt", "EscalatedAt", "Final", "LeftAt", "NormAmount", "NormUnit", "Overdue", "ServiceId", "Step", "SubmittedOn", "UnitId")
  VALUES (':app_Id'::uuid, false, now() + interval '3 days', NULL, now(), NULL, false, NULL, 72, 'Hours', NULL, 'real-estate.cadastral-passport', 'awaiting-base-payment', current_date, 'sc-re-75');
INSERT INTO notifications_inbox ("ApplicationId", "BodyKk", "BodyRu", "CreatedAt", "ReadAt", "RecipientId", "SubjectKk", "SubjectRu")
  VALUES (':app_Id'::uuid, repeat('ө', 471), repeat('ж', 491), now(), NULL, '900315400116', repeat('ө', 32), repeat('ж', 32));
INSERT INTO payments_payments ("Id", "AmountTiyn", "ApplicationId", "BudgetCode", "ExpiresAt", "FailureReason", "PaidAt", "PaidVia", "PayerId", "Purpose", "ReceiptDocumentId", "ReceiptNumber", "RecipientBin", "RecipientName", "RequestedAt", "Status")
  VALUES (md5('pay' || :client_id || '-' || :n || clock_timestamp())::uuid, 800000, ':app_Id'::uuid, NULL, now() + interval '3 days', NULL, NULL, NULL, '900315400116', 'Базовая стоимость', NULL, NULL, NULL, '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ / НАО «Государственная корпорация «Правительство для граждан»', now(), 'requested');
INSERT INTO trust_application_confirmations ("ApplicationId", "CanonicalSha256", "CertificateSerial", "ConsentAt", "Method", "OtpChallengeId", "Signature", "SignerIin")
  VALUES (':app_Id'::uuid, '5a951b6d9b2690a82656e85cae9460b7a1ea29837219dce5f24c17b7dfb216db', NULL, now(), 'dev', NULL, NULL, NULL);
COMMIT;
