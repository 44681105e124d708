using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Platform.Trust;
using Quartz;

namespace Qyzmet.Platform;

public static class PlatformServices
{
    /// <summary>The kernel's services and each module's; the host adds the DbContext for the configured provider.</summary>
    /// <remarks>
    /// <c>jobStore</c> says where Quartz keeps its schedule. Null: in memory (one instance, SQLite). With PostgreSQL the host
    /// passes a clustered database store, so that several instances share one schedule and each scan runs on one of them
    /// (ADR 0007).
    /// </remarks>
    public static IServiceCollection AddQyzmetPlatform(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IQyzmetModule> modules,
        Action<IPersistentStoreBuilder>? jobStore = null)
    {
        services.AddOptions<PlatformOptions>().Bind(configuration.GetSection("Qyzmet"))
            .PostConfigure<Microsoft.Extensions.Hosting.IHostEnvironment>((o, environment) => PublicBaseUrlSetup.Apply(o, environment, configuration))
            .Validate(o => PublicBaseUrlSetup.IsValid(o.PublicBaseUrl), PublicBaseUrlSetup.Missing)
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PdfRenderer>();
        services.AddSingleton(sp => new DocumentSigner(sp.GetRequiredService<TimeProvider>()));
        services.Configure<TrustOptions>(configuration.GetSection("Qyzmet:Trust"));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlatformOptions>>().Value;
            return new PlatformCertificateAuthority(options.DataPath, options.PublicBase, sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<CertificateRegistry>();
        services.AddScoped<SignatureVerifier>();
        services.AddScoped<OtpService>();
        services.AddScoped<SubmissionConfirmations>();
        services.AddScoped<PowersOfAttorney>();
        services.AddScoped<Sessions>();
        services.AddScoped<AccessContext>();
        services.AddScoped<PersonAccessLog>();
        services.AddScoped<ResultSigningKeys>();
        // Scoped: the handlers it holds are scoped (they use the request's DbContext); a singleton would capture one context for ever.
        services.AddScoped<ProcedureRegistry>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<Data.CommitSignals>();
        services.AddSingleton<AuditChainWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditChainWriter>());
        services.AddScoped<NumberSequence>();
        services.AddScoped<CalendarService>();
        services.AddScoped<PaymentService>();
        services.AddScoped<FeeRuleService>();
        services.Configure<PaymentGatewayOptions>(configuration.GetSection("Qyzmet:Payments"));
        services.AddSingleton<GatewaySignature>();
        services.AddHttpClient(HttpPaymentGateway.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddScoped<IPaymentGateway, HttpPaymentGateway>();
        services.AddScoped<PaymentReconciliation>();
        services.AddTransient<PaymentReconciliationJob>();
        services.AddScoped<PaymentReceipts>();
        services.AddTransient<PendingReceiptsJob>();
        services.AddScoped<Notifier>();
        services.AddScoped<KnownContacts>();
        services.AddScoped<DocumentIssuer>();
        services.Configure<DocumentStoreOptions>(configuration.GetSection("Qyzmet:Documents"));
        services.TryAddSingleton<IDocumentBlobStore>(sp =>
        {
            // ADR 0029: the file store under the data folder unless configured otherwise (the host adds the S3 store).
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentStoreOptions>>().Value;
            return new FileDocumentBlobStore(options.Path ?? System.IO.Path.Combine(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlatformOptions>>().Value.DataPath, "documents"));
        });
        services.AddScoped<DocumentContents>();
        services.AddScoped<DocumentStoreMigration>();
        services.AddScoped<IGateway, DatabaseGateway>();
        services.AddScoped<IAddressRegister, AddressRegister>();
        services.AddScoped<Monitoring.StageRecorder>();
        services.AddScoped<Monitoring.MonitoringQueries>();
        services.AddScoped<Monitoring.QualityQuestionnaire>();
        services.AddTransient<Monitoring.StepLimitsJob>();
        services.AddTransient<Monitoring.MonitoringAggregator>();
        services.AddTransient<Monitoring.MonitoringAggregationJob>();
        services.AddScoped<ProcedureEngine>();
        services.AddScoped<CaseServices>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<RefusalService>();
        services.AddScoped<Complaints.ComplaintService>();
        services.AddScoped<Complaints.TechnicalProblemProtocols>();
        services.AddTransient<Complaints.ComplaintOverdueJob>();
        services.AddScoped<Desk.DeskQueue>();
        services.AddScoped<Desk.DeskCases>();
        services.AddScoped<CaseTaskService>();
        services.AddScoped<UnitStaffing>();
        services.AddHostedService<StaffingStartupCheck>();
        services.AddScoped<DemoSeeder>();
        services.AddTransient<DueTimersJob>();
        services.AddTransient<OutboxDeliveryJob>();
        foreach (var module in modules)
        {
            services.AddSingleton(module);
            module.AddServices(services);
        }

        var scanSeconds = configuration.GetValue("Qyzmet:TimerScanSeconds", 15);
        if (scanSeconds > 0)
        {
            services.AddQuartz(q =>
            {
                if (jobStore is not null)
                {
                    q.UsePersistentStore(jobStore);
                }

                // D-369: triggers due within a second of each other are acquired and fired in one round (one take of the
                // cluster's trigger lock instead of one per trigger); the recurring scans start together, so they coincide.
                q.ConfigureScheduler(o => o.BatchTriggerAcquisitionFireAheadTimeWindow = scanSeconds >= 5 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);

                q.ScheduleJob<DueTimersJob>(t => t.WithIdentity("due-timers").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(scanSeconds)).RepeatForever()));
                // D-370: the outbox is delivered on commit by each instance's pump; the clustered scan only catches what is left.
                q.ScheduleJob<OutboxDeliveryJob>(t => t.WithIdentity("outbox-delivery").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(60, scanSeconds * 4))).RepeatForever()));
                // ADR 0028, D-350: receipts a crash left unissued after their payment's commit, once across the cluster.
                q.ScheduleJob<PendingReceiptsJob>(t => t.WithIdentity("pending-receipts").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(30, scanSeconds * 2))).RepeatForever()));
                // D-724: complaints whose term passed unanswered are flagged, once across the cluster (ADR 0007).
                q.ScheduleJob<Complaints.ComplaintOverdueJob>(t => t.WithIdentity("complaint-overdue").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(60, scanSeconds * 4))).RepeatForever()));
                // Issue 15, ADR 0023: step limits and overall deadlines, once across the cluster (ADR 0007); each escalation and
                // notice is also claimed by a conditional write, so a second run, here or elsewhere, repeats none of them.
                q.ScheduleJob<Monitoring.StepLimitsJob>(t => t.WithIdentity("step-limits").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(60, scanSeconds * 4))).RepeatForever()));
                // ADR 0030, D-752: the monitoring rollup the dashboard reads, kept current once across the cluster (ADR 0007).
                q.ScheduleJob<Monitoring.MonitoringAggregationJob>(t => t.WithIdentity("monitoring-aggregates").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(15, scanSeconds))).RepeatForever()));
                var reconciliation = configuration["Qyzmet:Payments:ReconciliationCron"] ?? new PaymentGatewayOptions().ReconciliationCron;
                if (!string.IsNullOrWhiteSpace(reconciliation))
                {
                    // Daily, once across the cluster (ADR 0007): yesterday's gateway ledger against the invoices (ADR 0020).
                    q.ScheduleJob<PaymentReconciliationJob>(t => t.WithIdentity("payment-reconciliation")
                        .WithCronSchedule(reconciliation)); // UTC: a custom zone cannot be kept in the clustered store
                }
            });
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            services.AddSingleton<OutboxPump>();
            services.AddHostedService(sp => sp.GetRequiredService<OutboxPump>());
        }

        return services;
    }
}
