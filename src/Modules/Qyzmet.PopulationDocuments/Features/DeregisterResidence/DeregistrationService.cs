using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.DeregisterResidence;

/// <summary>
/// S4 (004.md §3.4, §4.7): deregistration from the place of residence at the centre only, free, within 30 minutes, in the
/// three cases of item 6 (D-609): left for permanent residence abroad, sentenced to deprivation of liberty, or the right to
/// use the dwelling ended by a court on the owner's application (the owner applies). Result: the record in the
/// registration-point IS and the address departure sheet, signed by the unit's official.
/// </summary>
internal sealed class DeregistrationService(QyzmetDbContext db, ResidenceBook book, IEnumerable<IDwellingRightsSource> rights) : IStateServiceHandler
{
    public const string ServiceIdValue = "population-documents.residence-deregistration";
    public const string Submitted = "submitted";
    public const string Deregistered = "deregistered";

    public string ServiceId => ServiceIdValue;

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Government Decree No. 132 of 24.02.2014, standard 4 (deregistration), items 4, 6, 9")
        .State(Submitted, new("Өтініш тіркелді", "Заявление зарегистрировано", "Application registered"), StateKind.Active, DeadlineRule.Minutes(30))
        .State(Deregistered, new("Тіркеу есебінен шығарылды", "Снят(а) с регистрационного учёта", "Deregistered"), StateKind.Completed)
        .On(Submitted, "deregister", Deregistered, Roles.System)
        .Label("deregister", new("Тіркеу есебінен шығару", "Снять с учёта", "Deregister"), new("Тіркеу есебінен шығарылды, кету парағы берілді", "Снят(а) с учёта, выдан листок убытия", "Deregistered; departure sheet issued"))
        .Deadline(DeadlineRule.Minutes(30))
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("category", new("Есептен шығару негізі", "Основание снятия с учёта", "Ground for deregistration"), FieldType.Choice)
        {
            Options =
            [
                new(EndReasons.Abroad, new("Республикадан тыс жерге тұрақты тұруға кету", "Выезд на ПМЖ за пределы Республики", "Leaving for permanent residence abroad")),
                new(EndReasons.Convicted, new("Бас бостандығынан айыруға сотталу", "Осуждение к лишению свободы", "Sentenced to deprivation of liberty")),
                new(EndReasons.CourtDecision, new("Тұрғын үйді пайдалану құқығынан айыру туралы сот шешімі (иесінің өтініші)", "Решение суда о лишении права пользования жилищем (заявление собственника)", "Court decision ending the right to use the dwelling (owner's application)")),
            ],
        },
        // 004.md §3.4 item 9.2: the owner applies about the person deregistered by the court decision.
        new FormField("subjectIin", new("Есептен шығарылатын азаматтың ЖСН-і", "ИИН снимаемого с учёта гражданина", "IIN of the citizen to deregister"), FieldType.Iin)
        {
            ShownWhen = new("category", EndReasons.CourtDecision),
        },
        new FormField("ownerIdNumber", new("Тұрғын үй иесінің жеке куәлігінің нөмірі", "Номер удостоверения личности собственника", "Owner's ID card number"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.CourtDecision),
        },
        new FormField("courtDecision", new("Сот шешімі (соты, нөмірі, күні)", "Решение суда (суд, номер, дата)", "Court decision (court, number, date)"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.CourtDecision),
        },
        new FormField("passportNumber", new("Паспорттың нөмірі", "Номер паспорта", "Passport number"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.Abroad),
        },
        new FormField("departurePermit", new("ІІО-ның кетуге рұқсат беру туралы анықтамасы (нөмірі, күні)", "Справка ОВД о разрешении на выезд (номер, дата)", "Internal-affairs certificate permitting departure (number, date)"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.Abroad),
        },
        new FormField("destination", new("Баратын елі", "Страна выезда", "Country of destination"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.Abroad),
        },
        new FormField("verdict", new("Сот үкімі (соты, нөмірі, күні)", "Приговор суда (суд, номер, дата)", "Court verdict (court, number, date)"), FieldType.Text)
        {
            ShownWhen = new("category", EndReasons.Convicted),
        });

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    public string UnitPrefix => MigrationPolice.Prefix;

    private static string SubjectOf(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form) =>
        form.GetValueOrDefault("subjectIin") ?? applicant.Id;

    /// <summary>004.md §3.4 item 3: the unit at the place of permanent residence (the region of the registered address).</summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var subject = SubjectOf(applicant, form);
        // A permanent registration has no end date, so "in force" does not depend on the day here.
        var current = await book.CurrentAsync(subject, RegistrationKinds.Permanent, DateOnly.MinValue, ct);
        if (current is null)
        {
            throw new QyzmetException(PopulationErrors.NotRegistered, subject);
        }

        var address = await book.FindAddressAsync(current.AddressId, ct) ?? throw new InvalidOperationException("Registration without an address.");
        return await MigrationPolice.ForRegionAsync(db, address.RegionCode, ct);
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        if (ctx.Status != Submitted)
        {
            return;
        }

        var app = ctx.Application;
        // 004.md §3.4 item 3: intake at the centre only, by the provider through the registration-point IS (no portal channel).
        if (app.Channel != Channels.ServiceCentre)
        {
            throw new QyzmetException(PopulationErrors.CentreOnly);
        }

        var form = ctx.Form;
        var category = form["category"];
        var subjectIin = form.GetValueOrDefault("subjectIin") ?? app.ApplicantId;
        var subject = await ctx.Gateway.FindPersonAsync(subjectIin, ct) ?? throw new QyzmetException(PopulationErrors.PersonUnknown, "subjectIin", subjectIin);
        var today = AlmatyTime.LocalDate(ctx.Time.GetUtcNow());
        var current = await book.CurrentAsync(subjectIin, RegistrationKinds.Permanent, today, ct) ?? throw new QyzmetException(PopulationErrors.NotRegistered, subjectIin);
        var address = await book.FindAddressAsync(current.AddressId, ct) ?? throw new InvalidOperationException("Registration without an address.");
        if (category == EndReasons.CourtDecision)
        {
            // 004.md §3.4 item 9.2: the owner applies with their ID card; the register's owners only (D-609).
            var owner = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
            if (!owner.Documents.Any(d => d.Kind == "id-card" && d.Number == form["ownerIdNumber"] && d.ExpiresOn >= today))
            {
                throw new QyzmetException(PopulationErrors.OwnerPresenceRequired);
            }

            var owners = address.CadastralNumber is { } cadastral && rights.FirstOrDefault() is { } source ? await source.CurrentOwnersAsync(cadastral, ct) : [];
            if (!owners.Contains(app.ApplicantId))
            {
                throw new QyzmetException(PopulationErrors.NotTheOwner, app.ApplicantId);
            }
        }

        await book.DeregisterAsync(subjectIin, category, app.Id, today, ct);
        var (content, statement) = DepartureSheet.Build(app, subject, address, current, category, form, today);
        await ctx.Documents.IssueAsync(app, ServiceIdValue + ".departure-sheet", app.ApplicantId, content, statement, duplicate: false, ct);
        await ctx.FireAsync("deregister", $"{subjectIin} deregistered from {address.Id} ({category})", ct);
    }
}
