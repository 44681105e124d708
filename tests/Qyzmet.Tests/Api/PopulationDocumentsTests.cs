using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.PopulationDocuments.Domain;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Population documents (004.md): S3 registration at the place of residence, S4 deregistration and S5 address references,
/// through HTTP. The tests share one host per provider, so each uses its own demo people (see the comment on each).
/// </summary>
public abstract class PopulationDocumentsTests
{
    private const string Registration = "population-documents.residence-registration";
    private const string Deregistration = "population-documents.residence-deregistration";
    private const string Reference = "population-documents.address-reference";
    private const string TemporaryCard = "population-documents.temporary-id-card";
    private const string PassportIdCard = "population-documents.passport-id-card";
    private const string GoodCard = "4111 1111 1111 1111";
    private const string AbaiFlat = "0201400098765432";
    private const string AkkolNurly12 = "1101200000001200";
    private const string AkkolNurly14 = "1101200000001412";
    private const string MangilikEl14 = "7101400000002014";
    private const string MangilikEl15 = "7101400000002015";
    private const string AlmatyHead = "КӨШІҚОНОВ АРМАН";
    private const string AkmolaHead = "ЖАҚСЫЛЫҚОВА ӘЙГЕРІМ";
    private const string AstanaHead = "СЕЙІТОВА ГАУХАР";
    private static readonly string Aigerim = DemoData.Aigerim.Iin;
    private static readonly string Nurlan = DemoData.Nurlan.Iin;
    private static readonly string Almas = DemoData.Almas.Iin;
    private static readonly string Talgat = DemoData.Talgat.Iin;
    private static readonly string Mira = DemoData.Mira.Iin;
    private static readonly string Igor = DemoData.Igor.Iin;
    private static readonly string Dana = DemoData.Dana.Iin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CardOf(string iin) => "0" + iin[..8];

    // 004.md §3.3 items 6, 7, 9 (portal), §4.6: Talgat applies on the portal to register at Aigerim's flat; Aigerim co-signs
    // with her own EDS (D-607); the duty is 10% of the MCI; the record ends Talgat's old registration automatically and
    // queues the legal address for his ID card chip; the notice tells him to come to the centre; the operator writes it.
    [Fact]
    public async Task S3_Portal_OwnerCoSignsWithEds_PaidRegistered_OldEndedAutomatically_ChipQueued()
    {
        var talgat = await Factory.SignedInAsync(Talgat, "ru");
        var app = await Submit(talgat, Registration, new { addressId = AbaiFlat, kind = "permanent", ownerIin = Aigerim, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" });
        Assert.Equal("awaiting-owner-consent", app.GetProperty("status").GetString());
        Assert.Equal("migration-police-75", app.GetProperty("unitId").GetString());
        var number = app.GetProperty("number").GetString()!;

        // Only the owner named in the request may answer (POP-0008); a one-time code is not the EDS the standard asks (POP-0009);
        // a signature by another person's key is refused (TRUST signer mismatch) — and none of these changes anything.
        var nurlan = await Factory.SignedInAsync(Nurlan);
        Assert.Equal("POP-0008", (await Problem(await nurlan.PostAsJsonAsync($"/api/population/residence-registrations/{number}/consent", new { }, Ct), HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
        var aigerim = await Factory.SignedInAsync(Aigerim);
        var otp = await aigerim.PostAsJsonAsync($"/api/population/residence-registrations/{number}/consent", new { otp = new { challengeId = Guid.NewGuid(), code = "123456" } }, Ct);
        Assert.Equal("POP-0009", (await Problem(otp, HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        var wrongKey = await aigerim.PostAsJsonAsync($"/api/population/residence-registrations/{number}/consent", new { signature = await Sign(aigerim, Nurlan, OwnerConsents.CanonicalForm(number, true, Aigerim)) }, Ct);
        Assert.StartsWith("TRUST-", (await Problem(wrongKey, HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Contains(await Pending(aigerim), n => n == number);

        var signed = await aigerim.PostAsJsonAsync($"/api/population/residence-registrations/{number}/consent", new { signature = await Sign(aigerim, Aigerim, OwnerConsents.CanonicalForm(number, true, Aigerim)) }, Ct);
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await signed.Content.ReadAsStringAsync(Ct));
        var afterConsent = await Get(talgat, number);
        Assert.Equal("awaiting-payment", afterConsent.GetProperty("status").GetString());
        Assert.Equal(43_250, afterConsent.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // §3.3 item 7: 10% of the 2026 MCI (4 325 ₸)

        var paid = await Pay(talgat, number);
        Assert.Equal("registered", paid.GetProperty("status").GetString());
        await AssertSignedBy(paid, "migration-police-75", AlmatyHead);
        Assert.Equal("г. Алматы, Алмалинский р-н, Алматы, пр. Абая, д. 10, кв. 5", await Statement(paid, "Адрес"));
        Assert.Contains("ул. Абая, д. 3", await Statement(paid, "Снят с регистрации по адресу"));

        var registrations = await Registrations(Talgat);
        Assert.Single(registrations, r => r.EndedOn is null && r.Kind == "permanent" && r.AddressId == AbaiFlat);
        Assert.Single(registrations, r => r.EndedReason == EndReasons.NewAddress);
        Assert.Contains(await Inbox(talgat), m => m.Contains("обратитесь в центр"));

        // §3.3 item 6: at the centre the operator finds the pending chip write and records it.
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var writes = await desk.GetFromJsonAsync<JsonElement[]>($"/api/population/chip-writes?iin={Talgat}", Ct);
        var write = Assert.Single(writes!);
        Assert.Equal(CardOf(Talgat), write.GetProperty("cardNumber").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await talgat.GetAsync($"/api/population/chip-writes?iin={Talgat}", Ct)).StatusCode);
        var done = await desk.PostAsync($"/api/population/chip-writes/{write.GetProperty("id").GetInt64()}/written", null, Ct);
        Assert.True(done.StatusCode == HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await desk.GetFromJsonAsync<JsonElement[]>($"/api/population/chip-writes?iin={Talgat}", Ct))!);
        Assert.Equal("POP-0011", (await Problem(await desk.PostAsync($"/api/population/chip-writes/{write.GetProperty("id").GetInt64()}/written", null, Ct), HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
    }

    // 004.md §3.3 item 9.1, §4.5: at the centre the owner attends with the ID card and signs the consent form there, so no
    // co-signature is asked; the operator takes the duty; Almas's registration in Arshaly ends; Akmola's unit signs.
    [Fact]
    public async Task S3_AtTheCentre_OwnerPresentWithIdCard_OperatorPays_Registered()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var fields = new Dictionary<string, string> { ["addressId"] = AkkolNurly14, ["kind"] = "permanent", ["ownerIin"] = Mira, ["rightDocument"] = "state-register", ["fromAbroad"] = "no", ["underSupervision"] = "no" };

        // §3.3 item 9.1: without the owner's ID card (or with a number the register does not know) nothing is stored.
        var before = await Applications();
        Assert.Equal("POP-0005", (await Problem(await desk.PostAsJsonAsync($"/api/services/{Registration}/applications", new { applicantId = Almas, fields }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        fields["ownerIdNumber"] = "000000000";
        Assert.Equal("POP-0005", (await Problem(await desk.PostAsJsonAsync($"/api/services/{Registration}/applications", new { applicantId = Almas, fields }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal(before, await Applications());

        fields["ownerIdNumber"] = CardOf(Mira);
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{Registration}/applications", new { applicantId = Almas, fields }, Ct));
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal("migration-police-11", app.GetProperty("unitId").GetString());
        var paid = await Pay(desk, app.GetProperty("number").GetString()!);
        Assert.Equal("registered", paid.GetProperty("status").GetString());
        await AssertSignedBy(paid, "migration-police-11", AkmolaHead);
        Assert.Contains(await Registrations(Almas), r => r.EndedReason == EndReasons.NewAddress && r.AddressId == "1101100000000712");
    }

    // 004.md §3.3 item 9 (package) and D-610: every missing or contradicted document is a coded error naming the field,
    // and nothing is stored.
    [Fact]
    public async Task S3_PackageChecks_CodedErrors_NothingStored()
    {
        var dana = await Factory.SignedInAsync(Dana);
        var before = await Applications();
        async Task<string?> Code(object fields, HttpStatusCode status) =>
            (await Problem(await dana.PostAsJsonAsync($"/api/services/{Registration}/applications", new { fields }, Ct), status)).GetProperty("errorCode").GetString();

        // Unknown address registration code.
        Assert.Equal("POP-0001", await Code(new { addressId = "9999999999999999", kind = "permanent", ownerIin = Aigerim, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" }, HttpStatusCode.UnprocessableEntity));
        // The consent must come from an owner the rights register names (item 9.1).
        Assert.Equal("POP-0014", await Code(new { addressId = AbaiFlat, kind = "permanent", ownerIin = Igor, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" }, HttpStatusCode.UnprocessableEntity));
        // The register holds no right to this dwelling: the right-to-live document is needed (item 9.2).
        Assert.Equal("POP-0006", await Code(new { addressId = AkkolNurly12, kind = "permanent", ownerIin = Mira, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" }, HttpStatusCode.UnprocessableEntity));
        // Temporary registration needs a period that has not ended (§6.3 field 8).
        Assert.Equal("POP-0003", await Code(new { addressId = MangilikEl15, kind = "temporary", until = "2026-01-01", ownerIin = Dana, rightDocument = "lease", rightDocumentNumber = "Д-1", fromAbroad = "no", underSupervision = "no" }, HttpStatusCode.UnprocessableEntity));
        // An owner IIN that is well-formed but not in the State Database "Individuals".
        var stranger = Qyzmet.Kernel.Identifiers.Iin.Create(new DateOnly(1960, 1, 1), Qyzmet.Kernel.Identifiers.Sex.Male, 999).Value;
        Assert.Equal("POP-0002", await Code(new { addressId = AbaiFlat, kind = "permanent", ownerIin = stranger, rightDocument = "purchase", rightDocumentNumber = "1", fromAbroad = "no", underSupervision = "no" }, HttpStatusCode.UnprocessableEntity));
        // Arrivals from abroad (item 9.3) and persons under supervision (item 9.5) show their documents.
        var abroad = await Problem(await dana.PostAsJsonAsync($"/api/services/{Registration}/applications", new { fields = new { addressId = MangilikEl15, kind = "permanent", ownerIin = Dana, rightDocument = "purchase", rightDocumentNumber = "1", fromAbroad = "yes", underSupervision = "yes" } }, Ct), HttpStatusCode.BadRequest);
        var named = abroad.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("consularEvidence", named);
        Assert.Contains("consularEvidenceNumber", named);
        Assert.Contains("releaseCertificateNumber", named);
        Assert.Equal(before, await Applications());

        // Already registered at this very address (Nurlan lives at Aigerim's flat).
        var nurlan = await Factory.SignedInAsync(Nurlan);
        Assert.Equal("POP-0004", (await Problem(await nurlan.PostAsJsonAsync($"/api/services/{Registration}/applications",
            new { fields = new { addressId = AbaiFlat, kind = "permanent", ownerIin = Aigerim, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" } }, Ct), HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    // 004.md §3.3 (no refusal grounds; D-608): the owner's refusal ends the application ("declined"); without the owner's
    // answer within 24 hours it expires. Igor and Mira ask to live at Dana's flat.
    [Fact]
    public async Task S3_OwnerDeclines_Declined_NoAnswer24Hours_Expired()
    {
        var igor = await Factory.SignedInAsync(Igor, "ru");
        var declined = await Submit(igor, Registration, new { addressId = MangilikEl14, kind = "permanent", ownerIin = Dana, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" });
        var dana = await Factory.SignedInAsync(Dana);
        var number = declined.GetProperty("number").GetString()!;
        var answer = await dana.PostAsJsonAsync($"/api/population/residence-registrations/{number}/decline", new { signature = await Sign(dana, Dana, OwnerConsents.CanonicalForm(number, false, Dana)) }, Ct);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
        var ended = await Get(igor, number);
        Assert.Equal("declined", ended.GetProperty("status").GetString());
        Assert.Contains("не дал согласия", ended.GetProperty("outcomeReason").GetString());

        var mira = await Factory.SignedInAsync(Mira, "ru");
        var waiting = await Submit(mira, Registration, new { addressId = MangilikEl14, kind = "temporary", until = "2027-06-30", ownerIin = Dana, rightDocument = "state-register", fromAbroad = "no", underSupervision = "no" });
        Factory.Clock.Advance(TimeSpan.FromHours(25));
        await RunTimers();
        // The sessions have expired with the clock: sign in again.
        mira = await Factory.SignedInAsync(Mira, "ru");
        dana = await Factory.SignedInAsync(Dana);
        var expired = await Get(mira, waiting.GetProperty("number").GetString()!);
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Equal("POP-0008", (await Problem(await dana.PostAsJsonAsync($"/api/population/residence-registrations/{waiting.GetProperty("number").GetString()}/consent", new { }, Ct), HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
    }

    // 004.md §3.3 result, §6.4 fields 9–10: a temporary registration keeps the permanent one, needs no chip write (the legal
    // address is the permanent one, D-605), and the address reference shows both with the period.
    [Fact]
    public async Task S3_Temporary_KeepsPermanent_ReferenceShowsBothWithPeriod()
    {
        var dana = await Factory.SignedInAsync(Dana, "ru");
        var app = await Submit(dana, Registration, new { addressId = MangilikEl15, kind = "temporary", until = "2027-11-30", ownerIin = Dana, rightDocument = "lease", rightDocumentNumber = "Договор найма № 17 от 01.11.2026", fromAbroad = "no", underSupervision = "no" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        var paid = await Pay(dana, app.GetProperty("number").GetString()!);
        Assert.Equal("registered", paid.GetProperty("status").GetString());
        await AssertSignedBy(paid, "migration-police-71", AstanaHead);
        Assert.Contains(await Registrations(Dana), r => r.Kind == "permanent" && r.EndedOn is null && r.AddressId == MangilikEl14);

        var reference = await Submit(dana, Reference, new { about = "self" });
        Assert.Equal("issued", reference.GetProperty("status").GetString());
        await AssertSignedBy(reference, "migration-police-71", AstanaHead);
        Assert.Contains("пр. Мангилик Ел, д. 20, кв. 14", await Statement(reference, "Зарегистрирован по адресу"));
        Assert.Contains("кв. 15", await Statement(reference, "Временно зарегистрирован по адресу"));
        Assert.EndsWith("по 30.11.2027", await Statement(reference, "Дата временной регистрации"));
    }

    // 004.md §3.4 items 3, 6, 9 (D-609): deregistration only at the centre; the three cases; the record ends the
    // registration and the departure sheet is signed by the unit's official; the S5 reference then uses the §6.5
    // "deregistered" template with the date and reason; a second deregistration finds nothing to end.
    [Fact]
    public async Task S4_ThreeCases_AtCentreOnly_DepartureSheet_ThenDeregisteredReference()
    {
        var aigerim = await Factory.SignedInAsync(Aigerim, "ru");
        Assert.Equal("POP-0007", (await Problem(await aigerim.PostAsJsonAsync($"/api/services/{Deregistration}/applications",
            new { fields = new { category = "abroad", passportNumber = "N1234567", departurePermit = "№ 5 от 01.11.2026", destination = "Германия" } }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());

        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        // Abroad: Aigerim.
        var abroad = await DeskSubmit(desk, Aigerim, Deregistration, new { category = "abroad", passportNumber = "N1234567", departurePermit = "№ 5 от 01.11.2026", destination = "Германия" });
        Assert.Equal("deregistered", abroad.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, abroad.GetProperty("payment").ValueKind); // §3.4 item 7: free
        await AssertSignedBy(abroad, "migration-police-75", AlmatyHead);
        Assert.Contains("выездом на постоянное место жительства", await Statement(abroad, "Причина снятия с регистрации"));
        Assert.Equal("POP-0010", (await Problem(await desk.PostAsJsonAsync($"/api/services/{Deregistration}/applications",
            new { applicantId = Aigerim, fields = new { category = "abroad", passportNumber = "N1234567", departurePermit = "5", destination = "Германия" } }, Ct), HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());

        var reference = await Submit(aigerim, Reference, new { about = "self" });
        Assert.Equal("issued", reference.GetProperty("status").GetString());
        Assert.Contains("пр. Абая, д. 10, кв. 5", await Statement(reference, "Снят с регистрации с адреса"));
        Assert.Contains("выездом", await Statement(reference, "Причина снятия с регистрации"));

        // Convicted: Mira, on the court verdict.
        var convicted = await DeskSubmit(desk, Mira, Deregistration, new { category = "convicted", verdict = "Акколь районный суд, № 1-15/2026, 10.11.2026" });
        Assert.Equal("deregistered", convicted.GetProperty("status").GetString());
        await AssertSignedBy(convicted, "migration-police-11", AkmolaHead);

        // Court decision on the owner's application: only the owner the rights register names, with her ID card.
        var fields = new Dictionary<string, string> { ["category"] = "court-decision", ["subjectIin"] = Igor, ["ownerIdNumber"] = CardOf(Dana), ["courtDecision"] = "№ 2-77/2026" };
        Assert.Equal("POP-0014", (await Problem(await desk.PostAsJsonAsync($"/api/services/{Deregistration}/applications", new { applicantId = Dana, fields }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        fields["ownerIdNumber"] = "123";
        Assert.Equal("POP-0005", (await Problem(await desk.PostAsJsonAsync($"/api/services/{Deregistration}/applications", new { applicantId = Mira, fields }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        fields["ownerIdNumber"] = CardOf(Mira);
        var court = await DeskSubmit(desk, Mira, Deregistration, fields);
        Assert.Equal("deregistered", court.GetProperty("status").GetString());
        Assert.Equal(Igor, await Statement(court, "ИИН"));
        Assert.DoesNotContain(await Registrations(Igor), r => r.EndedOn is null && r.Kind == "permanent");
    }

    // 004.md §3.5 item 9, §4.8–4.9 (D-606): a close relative's reference needs kinship the civil registry proves; another
    // person's needs their notarised consent, and they are told; at the centre an incomplete package gets the §6.2 receipt
    // listing what is missing; a legal entity (head or attorney) needs the person's written consent.
    [Fact]
    public async Task S5_Relative_Other_LegalEntity_AndIncompletePackageReceipt()
    {
        // Nurlan about Almas: no act links them, so kinship is not proven: refused.
        var nurlan = await Factory.SignedInAsync(Nurlan, "ru");
        var notKin = await Submit(nurlan, Reference, new { about = "relative", subjectIin = Almas });
        Assert.Equal("refused", notKin.GetProperty("status").GetString());
        Assert.Contains("не подтверждено", notKin.GetProperty("outcomeReason").GetString());

        // Talgat about his daughter Dana (birth act names him): issued, Astana's unit signs.
        var talgat = await Factory.SignedInAsync(Talgat, "ru");
        var kin = await Submit(talgat, Reference, new { about = "relative", subjectIin = Dana });
        Assert.Equal("issued", kin.GetProperty("status").GetString());
        await AssertSignedBy(kin, "migration-police-71", AstanaHead);
        Assert.Equal(Dana, await Statement(kin, "ИИН"));

        // Another person: without the consent not accepted; with it issued, and the person is told.
        var noConsent = await Submit(nurlan, Reference, new { about = "other", subjectIin = Talgat });
        Assert.Equal("not-accepted", noConsent.GetProperty("status").GetString());
        Assert.Contains("согласие", noConsent.GetProperty("outcomeReason").GetString());
        var withConsent = await Submit(nurlan, Reference, new { about = "other", subjectIin = Talgat, consent = "Нотариус Ахметова А., рег. № 1234, 20.11.2026" });
        Assert.Equal("issued", withConsent.GetProperty("status").GetString());
        Assert.Contains(await Inbox(talgat), m => m.Contains(withConsent.GetProperty("number").GetString()!));

        // At the centre: a relative's reference without the kinship certificate → receipt listing it (2 copies).
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var receipt = await DeskSubmit(desk, Talgat, Reference, new { about = "relative", subjectIin = Dana });
        Assert.Equal("not-accepted", receipt.GetProperty("status").GetString());
        Assert.Contains("Свидетельство о браке или о рождении", await Statement(receipt, "Отсутствующие документы"));
        Assert.Equal("2", await Statement(receipt, "Экземпляров"));
        Assert.Equal(DemoData.PscOperator.FullName, await Statement(receipt, "Работник ЦОН"));

        // A legal entity through its head: about a person with the written consent; "self" is not a person (POP-0013).
        var company = await Factory.SignedInAsync(Nurlan, "ru");
        var bin = DemoData.Baiterek.Bin;
        Assert.Equal("POP-0013", (await Problem(await company.PostAsJsonAsync($"/api/services/{Reference}/applications", new { applicantId = bin, fields = new { about = "self" } }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        var byCompany = await ApiResponses.CreatedAsync(await company.PostAsJsonAsync($"/api/services/{Reference}/applications",
            new { applicantId = bin, fields = new { about = "other", subjectIin = Talgat, consent = "Письменное согласие от 21.11.2026" } }, Ct));
        Assert.Equal("issued", byCompany.GetProperty("status").GetString());
    }

    // 004.md §3.2 items 3, 4, 7, 9, 10, §6.2 (D-614): the temporary ID card only at the centre; an incomplete package gets
    // the receipt listing the missing documents; a complete one costs 20% of the MCI (no concessions) paid at the desk, and
    // the card is signed by the unit of the permanent registration; unpaid within the 30 minutes it expires. Nurlan applies.
    [Fact]
    public async Task S2_CentreOnly_IncompleteReceipt_Paid20PercentIssued_UnpaidExpires()
    {
        var nurlan = await Factory.SignedInAsync(Nurlan, "ru");
        Assert.Equal("POP-0007", (await Problem(await nurlan.PostAsJsonAsync($"/api/services/{TemporaryCard}/applications",
            new { fields = new { writtenApplication = "yes", photo = "yes" } }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());

        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var incomplete = await DeskSubmit(desk, Nurlan, TemporaryCard, new { writtenApplication = "yes", photo = "no" });
        Assert.Equal("not-accepted", incomplete.GetProperty("status").GetString());
        Assert.Equal("Фотография размером 3,5 х 4,5 см", await Statement(incomplete, "Отсутствующие документы"));
        Assert.Equal("2", await Statement(incomplete, "Экземпляров"));
        var both = await DeskSubmit(desk, Nurlan, TemporaryCard, new { writtenApplication = "no", photo = "no" });
        Assert.Equal("Письменное заявление; Фотография размером 3,5 х 4,5 см", await Statement(both, "Отсутствующие документы"));

        var app = await DeskSubmit(desk, Nurlan, TemporaryCard, new { writtenApplication = "yes", photo = "yes", reason = "Удостоверение утеряно" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal(86_500, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // 20% of the 2026 MCI
        Assert.Equal("migration-police-75", app.GetProperty("unitId").GetString());
        var issued = await Pay(desk, app.GetProperty("number").GetString()!);
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        await AssertSignedBy(issued, "migration-police-75", AlmatyHead);
        Assert.StartsWith("ВУЛ-", await Statement(issued, "Номер удостоверения"));

        var unpaid = await DeskSubmit(desk, Nurlan, TemporaryCard, new { writtenApplication = "yes", photo = "yes" });
        Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await RunTimers();
        desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        Assert.Equal("expired", (await Get(desk, unpaid.GetProperty("number").GetString()!)).GetProperty("status").GetString());
    }

    // 004.md §3.1 items 4, 6, 7, 9 and §6.1 (D-615..D-617): at the centre an ID card replacement in the accelerated 10
    // working days costs 20% of the MCI plus the surcharge of the price list in force; the due date is the 10th working day
    // after the acceptance day (the working calendar); the coupon carries its nine fields; the officer of the unit of the
    // permanent registration moves production to "ready"; the ready card is handed over against the coupon only.
    [Fact]
    public async Task S1_Centre_Accelerated_CouponNineFields_Production_HandOverAgainstCoupon()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var fields = new { document = "id-card", @case = "replace-id-card", baseNumber = CardOf(Dana), baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "10", photo = "workstation" };
        var app = await DeskSubmit(desk, Dana, PassportIdCard, fields);
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal("migration-police-71", app.GetProperty("unitId").GetString());
        Assert.Equal(86_500 + 500_000, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        DateOnly due;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarService>().GetAsync(Ct);
            due = calendar.Compute(DateTimeOffset.Parse(app.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture), DeadlineRule.WorkingDays(10)).DueDate;
        }

        Assert.Equal(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), app.GetProperty("dueOn").GetString());
        var number = app.GetProperty("number").GetString()!;

        var accepted = await Pay(desk, number);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        await AssertSignedBy(accepted, "migration-police-71", AstanaHead);
        Assert.Equal(number, await Statement(accepted, "3. Номер талона регистрации заявки"));
        Assert.Equal("1414", await Statement(accepted, "2. Номер справочного телефона"));
        Assert.Contains(CardOf(Dana), await Statement(accepted, "6. Документ-основание: вид, номер, дата выдачи, выдавший орган"));
        Assert.Contains("ускоренный порядок, 10 рабочих дней", await Statement(accepted, "7. Заказанная государственная услуга"));
        Assert.Contains(CardOf(Dana), await Statement(accepted, "8. Документы, подлежащие сдаче"));
        Assert.Equal(due.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), await Statement(accepted, "9. Дата получения государственной услуги"));
        Assert.Contains("ЦОН №1 г. Алматы", await Statement(accepted, "1. Местонахождение, пункт и код ИС ДУиРН"));

        Assert.Equal("POP-0017", (await Problem(await HandOver(desk, number, new { coupon = number, receivedBy = "in-person" }), HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
        await Qyzmet.Tests.Population.ProductionTaskTests.CaptureAsync(desk, number);
        var officer = await Factory.SignedInAsync(Officer("71"));
        // D-346: starting production issues no document (the coupon was issued on payment): the desk offers no preview.
        var deskView = JsonDocument.Parse(await officer.GetStringAsync($"/api/desk/applications/{number}", Ct)).RootElement;
        Assert.Equal(JsonValueKind.Null, deskView.GetProperty("preview").ValueKind);
        Assert.Equal("in-production", (await Act(officer, number, "start-production")).GetProperty("status").GetString());
        await Produce(number);
        Assert.Equal("ready", (await Get(desk, number)).GetProperty("status").GetString());
        Assert.Contains(await Inbox(await Factory.SignedInAsync(Dana, "ru")), m => m.Contains("готовы") && m.Contains("по талону"));

        Assert.Equal("POP-0018", (await Problem(await HandOver(desk, number, new { coupon = "2026-0000000", receivedBy = "in-person" }), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal("POP-0020", (await Problem(await HandOver(desk, number, new { coupon = number, receivedBy = "proxy" }), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal("POP-0020", (await Problem(await HandOver(desk, number, new { coupon = number, receivedBy = "legal-representative", representativeIin = Nurlan }), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await HandOver(officer, number, new { coupon = number, receivedBy = "in-person" })).StatusCode);
        var handed = await HandOver(desk, number, new { coupon = "№ " + number, receivedBy = "proxy", powerOfAttorney = "Нотариус Сейтказиева, рег. № 778, 25.11.2026" });
        Assert.True(handed.StatusCode == HttpStatusCode.OK, await handed.Content.ReadAsStringAsync(Ct));
        Assert.Equal("handed-over", (await Get(desk, number)).GetProperty("status").GetString());
    }

    // 004.md §3.1 items 3, 6 (D-615, D-617): on the portal only a replacement for the new production technology in the
    // standard 30 calendar days; the ready document is handed over to the recipient in person only.
    [Fact]
    public async Task S1_Portal_NewTechnologyOnly_StandardTerm_InPersonOnly()
    {
        var igor = await Factory.SignedInAsync(Igor, "ru");
        object Fields(string @case, string term) => new { document = "id-card", @case, baseNumber = CardOf(Igor), baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term };
        Assert.Equal("POP-0016", (await Problem(await igor.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new { fields = Fields("replace-id-card", "standard") }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal("POP-0016", (await Problem(await igor.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new { fields = Fields("new-technology", "7") }, Ct), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());

        var app = await Submit(igor, PassportIdCard, Fields("new-technology", "standard"));
        Assert.Equal(86_500, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // §3.1 item 7: ID card 20% of the MCI
        var number = app.GetProperty("number").GetString()!;
        Assert.Equal("accepted", (await Pay(igor, number)).GetProperty("status").GetString());
        Assert.Contains(await Inbox(igor), m => m.Contains("Документ можно получить с"));
        await Qyzmet.Tests.Population.ProductionTaskTests.CaptureAsync(igor, number);
        var officer = await Factory.SignedInAsync(Officer("11"));
        await Act(officer, number, "start-production");
        await Produce(number);
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        Assert.Equal("POP-0019", (await Problem(await HandOver(desk, number, new { coupon = number, receivedBy = "proxy", powerOfAttorney = "№ 1" }), HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        var handed = await HandOver(desk, number, new { coupon = number, receivedBy = "in-person" });
        Assert.True(handed.StatusCode == HttpStatusCode.OK, await handed.Content.ReadAsStringAsync(Ct));
    }

    // 004.md §3.1 item 9.3 (D-615): the birth certificate is the base for an ID card after 16 and a passport before 16; a
    // case gives only its documents; parents of different citizenships add the foreign parent's notarised consent; the
    // legal representative who collects is a parent the civil registry names. Almas is 17.
    [Fact]
    public async Task S1_BaseDocumentRules_ForeignParentConsent_LegalRepresentativeCollects()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        async Task<JsonElement> Refused(object fields, HttpStatusCode status) =>
            await Problem(await desk.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new { applicantId = Almas, fields }, Ct), status);
        Assert.Equal("POP-0015", (await Refused(new { document = "passport", @case = "passport-under-16", baseNumber = "I-АҚ 0001", baseIssuedOn = "2009-08-25", baseIssuer = "АХАЖ", parentsDiffer = "no", term = "standard" }, HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        Assert.Equal("POP-0015", (await Refused(new { document = "id-card", @case = "first-passport", baseNumber = "1", baseIssuedOn = "2025-09-01", baseIssuer = "МВД", term = "standard" }, HttpStatusCode.UnprocessableEntity)).GetProperty("errorCode").GetString());
        var consent = await Refused(new { document = "id-card", @case = "id-card-after-16", baseNumber = "I-АҚ 0001", baseIssuedOn = "2009-08-25", baseIssuer = "АХАЖ", parentsDiffer = "yes", term = "standard" }, HttpStatusCode.BadRequest);
        Assert.True(consent.GetProperty("errors").TryGetProperty("foreignParentConsent", out _));

        var app = await DeskSubmit(desk, Almas, PassportIdCard, new { document = "id-card", @case = "id-card-after-16", baseNumber = "I-АҚ 0001", baseIssuedOn = "2009-08-25", baseIssuer = "АХАЖ", parentsDiffer = "no", term = "standard", photo = "paper" });
        var number = app.GetProperty("number").GetString()!;
        await Pay(desk, number);
        // D-627: the paper photographs are scanned into the formulyar before production.
        await Qyzmet.Tests.Population.ProductionTaskTests.CaptureAsync(desk, number);
        var officer = await Factory.SignedInAsync(Officer(app.GetProperty("unitId").GetString()!["migration-police-".Length..]));
        await Act(officer, number, "start-production");
        await Produce(number);
        var father = Qyzmet.Kernel.Identifiers.Iin.Create(new DateOnly(1980, 2, 2), Qyzmet.Kernel.Identifiers.Sex.Male, 901).Value;
        var handed = await HandOver(desk, number, new { coupon = number, receivedBy = "legal-representative", representativeIin = father });
        Assert.True(handed.StatusCode == HttpStatusCode.OK, await handed.Content.ReadAsStringAsync(Ct));
    }

    private static string Officer(string region) =>
        Qyzmet.PopulationDocuments.PopulationDemoData.Staff.Single(s => s.UnitId == "migration-police-" + region && s.Role == Qyzmet.Platform.Identity.Roles.ProviderExecutor).Iin;

    /// <summary>The document factory's operator completes the production task as produced (ADR 0025).</summary>
    private Task Produce(string number) => Qyzmet.Tests.Population.ProductionTaskTests.CompleteAsync(Factory, number, "produced", null);

    private static Task<HttpResponseMessage> HandOver(HttpClient client, string number, object body) =>
        client.PostAsJsonAsync($"/api/population/passport-applications/{number}/hand-over", body, Ct);

    private static async Task<JsonElement> Act(HttpClient staff, string number, string trigger)
    {
        var response = await staff.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason = (string?)null }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task AssertSignedBy(JsonElement app, string unitId, string official)
    {
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(official, verification.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(unitId, verification.GetProperty("signer").GetProperty("unitId").GetString());
    }

    private async Task<string?> Statement(JsonElement app, string label)
    {
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        return verification.GetProperty("statement").EnumerateArray().Where(r => r[0].GetString() == label).Select(r => r[1].GetString()).FirstOrDefault();
    }

    private async Task<int> Applications()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }

    private sealed record Row(string AddressId, string Kind, DateOnly? EndedOn, string? EndedReason);

    private async Task<List<Row>> Registrations(string iin)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Set<ResidenceRegistration>().Where(r => r.Iin == iin)
            .Select(r => new Row(r.AddressId, r.Kind, r.EndedOn, r.EndReason)).ToListAsync(Ct);
    }

    private static async Task<string> Sign(HttpClient client, string keyOwner, byte[] canonical)
    {
        using var key = X509CertificateLoader.LoadPkcs12(await client.GetByteArrayAsync($"/api/dev/keys/{keyOwner}/sign", Ct), "qyzmet-demo", X509KeyStorageFlags.EphemeralKeySet);
        return Convert.ToBase64String(new DocumentSigner().SignDetached(canonical, key));
    }

    private static async Task<List<string>> Pending(HttpClient owner) =>
        [.. (await owner.GetFromJsonAsync<JsonElement[]>("/api/population/owner-consents", Ct))!.Select(a => a.GetProperty("number").GetString()!)];

    private static async Task<List<string>> Inbox(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct))!.Select(m => m.GetProperty("subject").GetString() + " " + m.GetProperty("body").GetString())];

    private static async Task<JsonElement> Get(HttpClient client, string number) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);

    /// <summary>Pays the open fee as the applicant does: at the simulated gateway (ADR 0020).</summary>
    private Task<JsonElement> Pay(HttpClient client, string number) => Factory.PayAsync(client, number);

    private async Task RunTimers()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct);
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields) =>
        await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields }, Ct));

    private static async Task<JsonElement> DeskSubmit(HttpClient desk, string applicantId, string serviceId, object fields) =>
        await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { applicantId, fields }, Ct));

    private static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => ApiResponses.ProblemAsync(response, expected);
}

public sealed class SqlitePopulationDocumentsTests(SqliteHost host) : PopulationDocumentsTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresPopulationDocumentsTests(PostgresHost host) : PopulationDocumentsTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
