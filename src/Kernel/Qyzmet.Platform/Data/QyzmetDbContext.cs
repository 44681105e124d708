using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Data;

/// <summary>
/// One context for the kernel tables; modules add theirs through <see cref="ConfigureModules"/> (ADR 0003).
/// Table names carry the owning area as a prefix because SQLite has no schemas.
/// </summary>
public abstract class QyzmetDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<LegalEntity> LegalEntities => Set<LegalEntity>();
    public DbSet<ProviderUnit> ProviderUnits => Set<ProviderUnit>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<CaseTimer> Timers => Set<CaseTimer>();
    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();
    public DbSet<CaseTaskEvent> CaseTaskEvents => Set<CaseTaskEvent>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<MciRate> MciRates => Set<MciRate>();
    public DbSet<FeePrice> FeePrices => Set<FeePrice>();
    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();
    public DbSet<PaymentEvent> PaymentEvents => Set<PaymentEvent>();
    public DbSet<PaymentRefund> PaymentRefunds => Set<PaymentRefund>();
    public DbSet<ReconciliationReport> ReconciliationReports => Set<ReconciliationReport>();
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<DocumentRelease> DocumentReleases => Set<DocumentRelease>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<TechnicalProblemProtocol> TechnicalProblemProtocols => Set<TechnicalProblemProtocol>();

    /// <summary>
    /// The documents anyone may reach: every one except those issued withheld and not yet released. Everything that
    /// shows, verifies, serves or lists a document reads through this, never through <see cref="Documents"/>.
    /// </summary>
    public IQueryable<StoredDocument> ReleasedDocuments => Documents.Where(d => !d.Withheld || DocumentReleases.Any(r => r.DocumentId == d.Id));
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<DeliveryLogEntry> DeliveryLog => Set<DeliveryLogEntry>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditHead => Set<AuditChainHead>();
    public DbSet<AuditPending> AuditPending => Set<AuditPending>();
    public DbSet<CalendarOverrideRow> CalendarOverrides => Set<CalendarOverrideRow>();

    /// <summary>Cookie and antiforgery keys, shared by every app instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<IssuedCertificate> IssuedCertificates => Set<IssuedCertificate>();
    public DbSet<OtpChallenge> OtpChallenges => Set<OtpChallenge>();
    public DbSet<ApplicationConfirmation> ApplicationConfirmations => Set<ApplicationConfirmation>();
    public DbSet<PersonAccess> PersonAccesses => Set<PersonAccess>();
    public DbSet<UsedNonce> UsedNonces => Set<UsedNonce>();
    public DbSet<RateCount> RateCounts => Set<RateCount>();
    public DbSet<PowerOfAttorney> PowersOfAttorney => Set<PowerOfAttorney>();
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<Monitoring.MonitoringStage> MonitoringStages => Set<Monitoring.MonitoringStage>();
    public DbSet<Monitoring.DeadlineNotice> DeadlineNotices => Set<Monitoring.DeadlineNotice>();
    public DbSet<Monitoring.QualityAnswer> QualityAnswers => Set<Monitoring.QualityAnswer>();
    public DbSet<Monitoring.MonitoringDailyStep> MonitoringDailySteps => Set<Monitoring.MonitoringDailyStep>();
    public DbSet<Monitoring.MonitoringDailyDuration> MonitoringDailyDurations => Set<Monitoring.MonitoringDailyDuration>();
    public DbSet<Monitoring.MonitoringDailyDue> MonitoringDailyDues => Set<Monitoring.MonitoringDailyDue>();
    public DbSet<Monitoring.MonitoringDailyQuality> MonitoringDailyQuality => Set<Monitoring.MonitoringDailyQuality>();
    public DbSet<Monitoring.MonitoringWatermark> MonitoringWatermarks => Set<Monitoring.MonitoringWatermark>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC; SQLite forgets the kind on the way back, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Person>(e =>
        {
            e.ToTable("registry_people");
            e.HasKey(p => p.Iin);
            e.Property(p => p.Iin).HasMaxLength(12);
            e.HasIndex(p => new { p.LastName, p.FirstName });
            e.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.Iin);
        });
        b.Entity<IdentityDocument>(e =>
        {
            e.ToTable("registry_identity_documents");
            e.HasIndex(d => new { d.Kind, d.Number }).IsUnique();
        });
        b.Entity<LegalEntity>(e =>
        {
            e.ToTable("registry_legal_entities");
            e.HasKey(l => l.Bin);
            e.Property(l => l.Bin).HasMaxLength(12);
            e.HasIndex(l => l.HeadIin);
            e.HasIndex(l => l.ParentBin);
            e.Property(l => l.Kind).HasMaxLength(30);
            e.HasMany(l => l.Founders).WithOne().HasForeignKey(f => f.Bin);
        });
        b.Entity<LegalEntityFounder>(e =>
        {
            e.ToTable("registry_legal_entity_founders");
            e.HasIndex(f => f.FounderId);
            e.Property(f => f.SharePercent).HasPrecision(7, 4);
        });
        b.Entity<ProviderUnit>(e => e.ToTable("identity_provider_units"));
        b.Entity<StaffMember>(e =>
        {
            e.ToTable("identity_staff");
            e.HasKey(s => s.Iin);
            e.HasIndex(s => s.UnitId);
        });
        b.Entity<Application>(e =>
        {
            e.ToTable("cases_applications");
            e.HasIndex(a => a.Number).IsUnique();
            // The personal cabinet lists an applicant's applications newest first (keyset pagination).
            e.HasIndex(a => new { a.ApplicantId, a.SubmittedAt, a.Id });
            e.HasIndex(a => new { a.SubmittedBy, a.SubmittedAt, a.Id });
            // The desk queue (issue 11; issue 16 item 5): the unit's applications in the role's steps, the oldest due first,
            // keyset-paged on (due date, number); filtered in the database, never after a fixed-size fetch.
            e.HasIndex(a => new { a.UnitId, a.Status, a.DueOn, a.Number });
            // A provider unit's whole list, newest first (keyset pagination).
            e.HasIndex(a => new { a.UnitId, a.SubmittedAt, a.Id });
            // D-381: an administrator's whole list, newest first (keyset pagination). Its filter is a condition every row meets
            // that only the administrator's query states (ApplicationService.EveryApplication): a plain (SubmittedAt, Id) index
            // is taken by PostgreSQL for the cabinet list's represented-entities part, walked whole for a person with none.
            e.HasIndex(a => new { a.SubmittedAt, a.Id }, "IX_cases_applications_Administrator").HasFilter("\"Version\" >= 0");
            e.HasIndex(a => new { a.SubmittedBy, a.IdempotencyKey }).IsUnique();
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        b.Entity<ApplicationEvent>(e =>
        {
            e.ToTable("cases_application_events");
            e.HasIndex(x => new { x.ApplicationId, x.Id });
        });
        b.Entity<Attachment>(e =>
        {
            e.ToTable("cases_attachments");
            e.HasIndex(x => x.ApplicationId);
        });
        b.Entity<Hearing>(e =>
        {
            e.ToTable("cases_hearings");
            e.HasIndex(h => new { h.ApplicationId, h.Id });
            e.Property(h => h.Place).HasMaxLength(300);
        });
        b.Entity<CaseTimer>(e =>
        {
            e.ToTable("cases_timers");
            e.HasIndex(t => new { t.FiredAt, t.DueAt });
            e.HasIndex(t => t.ApplicationId);
        });
        b.Entity<CaseTask>(e =>
        {
            // ADR 0015: a unit's task queue (open first, by term), an application's tasks, the join's count.
            e.ToTable("cases_tasks");
            e.HasIndex(t => new { t.UnitId, t.Status, t.DueAt });
            e.HasIndex(t => new { t.ApplicationId, t.State, t.Round });
            e.Property(t => t.State).HasMaxLength(60);
            e.Property(t => t.Kind).HasMaxLength(60);
            e.Property(t => t.UnitId).HasMaxLength(80);
            e.Property(t => t.Channel).HasMaxLength(20);
            e.Property(t => t.Status).HasMaxLength(20);
            e.Property(t => t.Outcome).HasMaxLength(60);
            e.Property(t => t.Comment).HasMaxLength(4000);
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        b.Entity<CaseTaskEvent>(e =>
        {
            e.ToTable("cases_task_events");
            e.HasIndex(x => new { x.TaskId, x.Id });
            e.Property(x => x.Event).HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(60);
            e.Property(x => x.Comment).HasMaxLength(4000);
        });
        b.Entity<Counter>(e =>
        {
            e.ToTable("cases_counters");
            e.HasKey(c => c.Name);
        });
        b.Entity<Payment>(e =>
        {
            e.ToTable("payments_payments");
            e.HasIndex(p => p.ApplicationId);
            e.HasIndex(p => p.ReceiptNumber).IsUnique();
            // D-382: the pending-receipts job (D-350) reads paid invoices without a stored receipt by payment time; only those
            // rows are in the index (a receipt, once stored, takes its invoice out).
            e.HasIndex(p => p.PaidAt).HasFilter("\"ReceiptDocumentId\" IS NULL AND \"ReceiptNumber\" IS NOT NULL");
        });
        b.Entity<PaymentAttempt>(e =>
        {
            e.ToTable("payments_attempts");
            e.HasIndex(a => a.GatewayPaymentId).IsUnique();
            e.HasIndex(a => a.PaymentId);
            e.Property(a => a.GatewayPaymentId).HasMaxLength(100);
        });
        b.Entity<PaymentEvent>(e =>
        {
            e.ToTable("payments_events");
            e.HasIndex(x => x.AttemptId);
            // A replayed callback is the same event id: the second insert fails and is taken as "already applied".
            e.HasIndex(x => x.GatewayEventId).IsUnique();
            e.Property(x => x.GatewayEventId).HasMaxLength(100);
        });
        b.Entity<FeePrice>(e =>
        {
            // D-707: a price list as data, each row in force from its date.
            e.ToTable("payments_fee_prices");
            e.HasIndex(p => new { p.Code, p.EffectiveFrom });
            e.Property(p => p.Code).HasMaxLength(80);
            e.Property(p => p.PriceList).HasMaxLength(40);
            e.Property(p => p.CreatedBy).HasMaxLength(12);
            e.Property(p => p.Source).HasMaxLength(300);
            e.Property(p => p.AreaAbove).HasPrecision(12, 2);
            e.Property(p => p.AreaUpTo).HasPrecision(12, 2);
        });
        b.Entity<PaymentRefund>(e =>
        {
            e.ToTable("payments_refunds");
            e.HasIndex(r => r.PaymentId);
            e.HasIndex(r => r.AttemptId).IsUnique();
        });
        b.Entity<Complaint>(e =>
        {
            e.ToTable("complaints_complaints");
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.ApplicationId);
            e.HasIndex(c => new { c.AddresseeUnitId, c.Status, c.DueOn });
            // D-383: the overdue job reads registered, not yet flagged complaints by due date, across every addressee.
            e.HasIndex(c => new { c.Status, c.OverdueFlaggedAt, c.DueOn });
            e.HasIndex(c => c.EscalatedFromId);
            // The cabinet's "My complaints", newest first, keyset-paged (D-731).
            e.HasIndex(c => new { c.ApplicantId, c.RegisteredAt });
            e.Property(c => c.Number).HasMaxLength(20);
            e.Property(c => c.FiledAtUnitId).HasMaxLength(100);
            e.Property(c => c.OutgoingNumber).HasMaxLength(50);
            e.Property(c => c.ApplicantId).HasMaxLength(12);
            e.Property(c => c.FiledBy).HasMaxLength(12);
            e.Property(c => c.Channel).HasMaxLength(20);
            e.Property(c => c.Addressee).HasMaxLength(30);
            e.Property(c => c.AddresseeUnitId).HasMaxLength(100);
            e.Property(c => c.ConcernsUnitId).HasMaxLength(100);
            e.Property(c => c.Subject).HasMaxLength(20);
            e.Property(c => c.Status).HasMaxLength(20);
            e.Property(c => c.TermSource).HasMaxLength(100);
            e.Property(c => c.AnsweredBy).HasMaxLength(12);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        b.Entity<TechnicalProblemProtocol>(e =>
        {
            e.ToTable("complaints_technical_protocols");
            e.HasIndex(p => p.Number).IsUnique();
            e.HasIndex(p => new { p.UnitId, p.StartedAt });
            e.Property(p => p.Number).HasMaxLength(20);
            e.Property(p => p.UnitId).HasMaxLength(100);
            e.Property(p => p.SystemName).HasMaxLength(200);
            e.Property(p => p.ServiceIds).HasMaxLength(2000);
            e.Property(p => p.RecordedBy).HasMaxLength(12);
            e.Property(p => p.SignedBy).HasMaxLength(12);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.Ignore(p => p.Services);
        });
        b.Entity<ReconciliationReport>(e =>
        {
            e.ToTable("payments_reconciliations");
            e.HasIndex(r => r.Day);
        });
        b.Entity<MciRate>(e =>
        {
            e.ToTable("payments_mci_rates");
            e.HasKey(m => m.Year);
            e.Property(m => m.Year).ValueGeneratedNever();
        });
        b.Entity<StoredDocument>(e =>
        {
            e.ToTable("documents_documents");
            e.HasIndex(d => d.ApplicationId);
            e.HasIndex(d => new { d.OwnerId, d.IssuedAt });
            e.HasIndex(d => d.Number).IsUnique();
        });
        b.Entity<DocumentRelease>(e =>
        {
            e.ToTable("documents_releases");
            e.HasKey(r => r.DocumentId);
            e.Property(r => r.DocumentId).ValueGeneratedNever();
            e.HasOne<StoredDocument>().WithOne().HasForeignKey<DocumentRelease>(r => r.DocumentId);
        });
        b.Entity<InboxMessage>(e =>
        {
            e.ToTable("notifications_inbox");
            e.HasIndex(m => new { m.RecipientId, m.Id });
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("notifications_outbox");
            e.Property(m => m.Secret).HasMaxLength(16);
            e.HasIndex(m => new { m.DeliveredAt, m.Id });
            // D-383: the delivery job claims the oldest undelivered messages by id; "DeliveredAt IS NULL" does not order the
            // index above by id, so PostgreSQL walked the primary key through every delivered message.
            e.HasIndex(m => m.Id, "IX_notifications_outbox_Undelivered").HasFilter("\"DeliveredAt\" IS NULL");
        });
        b.Entity<DeliveryLogEntry>(e =>
        {
            e.ToTable("notifications_delivery_log");
            e.HasIndex(m => m.OutboxMessageId);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
            e.HasIndex(a => new { a.Subject, a.Sequence });
        });
        b.Entity<AuditPending>(e =>
        {
            e.ToTable("audit_pending");
            e.HasKey(a => a.Id);
        });
        b.Entity<AuditChainHead>(e =>
        {
            e.ToTable("audit_chain_head");
            e.Property(h => h.Id).ValueGeneratedNever();
            e.HasData(new AuditChainHead { Id = 1, Sequence = 0, Hash = AuditLog.GenesisHash });
        });
        b.Entity<DataProtectionKey>(e => e.ToTable("identity_data_protection_keys"));
        b.Entity<IssuedCertificate>(e =>
        {
            e.ToTable("trust_certificates");
            e.HasKey(c => c.Serial);
            e.Property(c => c.Serial).HasMaxLength(64);
            e.Property(c => c.SubjectIin).HasMaxLength(12);
            e.Property(c => c.SubjectBin).HasMaxLength(12);
            e.Property(c => c.Purpose).HasMaxLength(20);
            e.Property(c => c.Algorithm).HasMaxLength(20);
            e.HasIndex(c => new { c.SubjectIin, c.Serial });
        });
        b.Entity<OtpChallenge>(e =>
        {
            e.ToTable("trust_otp_challenges");
            e.Property(o => o.Iin).HasMaxLength(12);
            e.Property(o => o.Phone).HasMaxLength(20);
            e.Property(o => o.Purpose).HasMaxLength(100);
            e.Property(o => o.CodeHash).HasMaxLength(64);
            e.HasIndex(o => new { o.Phone, o.CreatedAt });
        });
        b.Entity<ApplicationConfirmation>(e =>
        {
            e.ToTable("trust_application_confirmations");
            e.HasKey(c => c.ApplicationId);
            e.Property(c => c.Method).HasMaxLength(20);
            e.Property(c => c.SignerIin).HasMaxLength(12);
            e.Property(c => c.CertificateSerial).HasMaxLength(64);
            e.Property(c => c.CanonicalSha256).HasMaxLength(64);
        });
        b.Entity<UserSession>(e =>
        {
            // Looked up by its primary key on every signed-in request; the expiry index serves the clean-up.
            e.ToTable("trust_sessions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.UserId).HasMaxLength(12);
            e.Property(x => x.AuthMethod).HasMaxLength(20);
            e.HasIndex(x => x.ExpiresAt);
        });
        b.Entity<UsedNonce>(e =>
        {
            e.ToTable("trust_used_nonces");
            e.HasKey(n => n.Sha256);
            e.Property(n => n.Sha256).HasMaxLength(64);
            e.HasIndex(n => n.ExpiresAt);
        });
        b.Entity<RateCount>(e =>
        {
            // D-814: incremented by an upsert on (Key, WindowStart); the expiry index serves the clean-up.
            e.ToTable("sec_rate_counts");
            e.HasKey(c => new { c.Key, c.WindowStart });
            e.Property(c => c.Key).HasMaxLength(64);
            e.HasIndex(c => c.ExpiresAt);
        });
        b.Entity<PowerOfAttorney>(e =>
        {
            e.ToTable("trust_powers_of_attorney");
            e.Property(p => p.Id).ValueGeneratedNever();
            e.Property(p => p.Bin).HasMaxLength(12);
            e.Property(p => p.RepresentativeIin).HasMaxLength(12);
            e.Property(p => p.Number).HasMaxLength(50);
            e.Property(p => p.RegisteredBy).HasMaxLength(40);
            e.Property(p => p.RevokedBy).HasMaxLength(40);
            // The entitlement check (D-308) and the register's listing by company are each one index seek.
            e.HasIndex(p => new { p.RepresentativeIin, p.Bin });
            e.HasIndex(p => new { p.Bin, p.Id });
        });
        b.Entity<PersonAccess>(e =>
        {
            e.ToTable("trust_person_access_log");
            e.Property(a => a.PersonIin).HasMaxLength(12);
            e.Property(a => a.ActorRole).HasMaxLength(40);
            e.Property(a => a.Purpose).HasMaxLength(200);
            e.Property(a => a.ApplicationNumber).HasMaxLength(30);
            e.HasIndex(a => new { a.PersonIin, a.Id });
        });
        b.Entity<CalendarOverrideRow>(e =>
        {
            e.ToTable("calendar_overrides");
            e.HasKey(c => c.Date);
        });

        // Issue 15, ADR 0023: the monitoring store. The period filter (submission day) leads the aggregate index; the open
        // stages past their limit are found by (LeftAt, EscalatedAt, DueAt); an application's open stage by its id.
        b.Entity<Monitoring.MonitoringStage>(e =>
        {
            e.ToTable("mon_stages");
            e.Property(s => s.ServiceId).HasMaxLength(100);
            e.Property(s => s.UnitId).HasMaxLength(64);
            e.Property(s => s.Step).HasMaxLength(64);
            e.Property(s => s.NormUnit).HasMaxLength(16);
            e.HasIndex(s => new { s.SubmittedOn, s.ServiceId, s.UnitId, s.Step });
            e.HasIndex(s => new { s.ApplicationId, s.LeftAt });
            e.HasIndex(s => new { s.LeftAt, s.EscalatedAt, s.DueAt });
            // D-383: the step-limits job's late applications are those of the open, non-final stages (a final stage is never
            // left, so "open" alone grows with every finished application).
            e.HasIndex(s => new { s.LeftAt, s.Final, s.ApplicationId });
            // ADR 0030: the aggregation job finds the escalations since its last run; only escalated rows are in it.
            e.HasIndex(s => s.EscalatedAt).HasFilter("\"EscalatedAt\" IS NOT NULL");
        });
        b.Entity<Monitoring.DeadlineNotice>(e =>
        {
            e.ToTable("mon_deadline_notices");
            e.HasKey(n => n.ApplicationId);
        });
        b.Entity<Monitoring.QualityAnswer>(e =>
        {
            e.ToTable("mon_quality_answers");
            e.HasKey(q => q.ApplicationId);
            e.Property(q => q.ServiceId).HasMaxLength(100);
            e.Property(q => q.UnitId).HasMaxLength(64);
            e.Property(q => q.AnsweredBy).HasMaxLength(12);
            e.HasIndex(q => new { q.SubmittedOn, q.ServiceId, q.UnitId });
            e.HasIndex(q => q.AnsweredAt);
        });

        // Issue 15 and 16, ADR 0030: the per-day rollup the dashboard reads. The key leads with the day (the period); the
        // dashboard's service and unit filters have their own (filter, day) indexes.
        b.Entity<Monitoring.MonitoringDailyStep>(e =>
        {
            e.ToTable("mon_daily_steps");
            e.HasKey(d => new { d.Day, d.ServiceId, d.UnitId, d.Step });
            e.Property(d => d.ServiceId).HasMaxLength(100);
            e.Property(d => d.UnitId).HasMaxLength(64);
            e.Property(d => d.Step).HasMaxLength(64);
            e.Property(d => d.NormUnit).HasMaxLength(16);
            e.HasIndex(d => new { d.ServiceId, d.Day });
            e.HasIndex(d => new { d.UnitId, d.Day });
        });
        b.Entity<Monitoring.MonitoringDailyDuration>(e =>
        {
            e.ToTable("mon_daily_durations");
            e.HasKey(d => new { d.Day, d.ServiceId, d.UnitId, d.Step, d.Bucket });
            e.Property(d => d.ServiceId).HasMaxLength(100);
            e.Property(d => d.UnitId).HasMaxLength(64);
            e.Property(d => d.Step).HasMaxLength(64);
            e.HasIndex(d => new { d.ServiceId, d.Day });
            e.HasIndex(d => new { d.UnitId, d.Day });
        });
        b.Entity<Monitoring.MonitoringDailyDue>(e =>
        {
            e.ToTable("mon_daily_dues");
            e.HasKey(d => new { d.Day, d.ServiceId, d.UnitId, d.Step, d.Kind, d.DueOn });
            e.Property(d => d.ServiceId).HasMaxLength(100);
            e.Property(d => d.UnitId).HasMaxLength(64);
            e.Property(d => d.Step).HasMaxLength(64);
            e.HasIndex(d => new { d.ServiceId, d.Day });
            e.HasIndex(d => new { d.UnitId, d.Day });
        });
        b.Entity<Monitoring.MonitoringDailyQuality>(e =>
        {
            e.ToTable("mon_daily_quality");
            e.HasKey(d => new { d.Day, d.ServiceId, d.UnitId });
            e.Property(d => d.ServiceId).HasMaxLength(100);
            e.Property(d => d.UnitId).HasMaxLength(64);
            e.HasIndex(d => new { d.ServiceId, d.Day });
            e.HasIndex(d => new { d.UnitId, d.Day });
        });
        b.Entity<Monitoring.MonitoringWatermark>(e =>
        {
            e.ToTable("mon_watermarks");
            e.HasKey(w => w.Name);
            e.Property(w => w.Name).HasMaxLength(40);
        });
        // ADR 0026: the address register, shared by the population, real-estate and land areas.
        AddressRegisterModel.Configure(b);
        ConfigureModules(b);
    }

    /// <summary>Each module's tables; the host's provider-specific contexts list the modules.</summary>
    protected abstract void ConfigureModules(ModelBuilder modelBuilder);

    /// <summary>
    /// ADR 0019: set by a unit of work that reads, validates, renders and signs before it writes. No transaction is open
    /// while it prepares; the first SaveChanges opens one, and every later write joins it until the caller commits. So the
    /// write transaction holds only the inserts (and whatever a service must save early, e.g. a slot booking).
    /// </summary>
    public bool DeferTransactionToFirstSave { get; set; }

    // D-370: what this context saved for the in-process writers, signalled once it is committed.
    private bool _auditSaved;
    private bool _outboxSaved;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(CommitSignalInterceptor.Instance);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (audit, outbox) = GuardImmutable();
        if (DeferTransactionToFirstSave && Database.CurrentTransaction is null)
        {
            Database.BeginTransaction();
        }

        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Saved(audit, outbox);
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (audit, outbox) = GuardImmutable();
        if (DeferTransactionToFirstSave && Database.CurrentTransaction is null)
        {
            await Database.BeginTransactionAsync(cancellationToken);
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Saved(audit, outbox);
        return saved;
    }

    /// <summary>Refuses changes to append-only rows; says whether audit rows or outbox messages are being added.</summary>
    private (bool Audit, bool Outbox) GuardImmutable()
    {
        var (audit, outbox) = (false, false);
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is IAppendOnly or StoredDocument or AuditEntry
                && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only; issue a new one instead.");
            }

            if (entry.State == EntityState.Added)
            {
                audit |= entry.Entity is AuditPending;
                outbox |= entry.Entity is OutboxMessage;
            }
        }

        return (audit, outbox);
    }

    private void Saved(bool audit, bool outbox)
    {
        _auditSaved |= audit;
        _outboxSaved |= outbox;
        if (Database.CurrentTransaction is null)
        {
            TransactionEnded(committed: true);
        }
    }

    /// <summary>The context's transaction ended (or a save without one returned): wakes the writers for what it committed.</summary>
    internal void TransactionEnded(bool committed)
    {
        var (audit, outbox) = (_auditSaved, _outboxSaved);
        (_auditSaved, _outboxSaved) = (false, false);
        if (committed && (audit || outbox))
        {
            var services = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>(this)
                .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider;
            (services?.GetService(typeof(CommitSignals)) as CommitSignals)?.Raise(audit, outbox);
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value.ToUniversalTime(), DateTimeKind.Utc),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

/// <summary>Marks entities whose rows may be inserted but never changed or removed (inventory files, documents).</summary>
public interface IAppendOnly;
