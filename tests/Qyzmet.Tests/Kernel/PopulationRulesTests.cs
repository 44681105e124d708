using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Cases;
using Qyzmet.PopulationDocuments.Features.DeregisterResidence;
using Qyzmet.PopulationDocuments.Features.IssueAddressReference;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;
using Qyzmet.PopulationDocuments.Features.IssueTemporaryIdCard;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;

namespace Qyzmet.Tests.Kernel;

/// <summary>Fees and time limits of the population services as 004.md states them.</summary>
public sealed class PopulationRulesTests
{
    // D-626 (ADR 0005: bad input says how to fix it; ADR 0014: no internal ids on kk/ru pages): POP-0001..POP-0003 in
    // Kazakh and Russian name no API address and no field name; the English stays the API client's and names the field.
    [Fact]
    public void ErrorTexts_Pop0001To0003_ReadAsAPersonReadsThem_InKazakhAndRussian()
    {
        var codes = new[] { Qyzmet.PopulationDocuments.Common.PopulationErrors.AddressUnknown, Qyzmet.PopulationDocuments.Common.PopulationErrors.PersonUnknown, Qyzmet.PopulationDocuments.Common.PopulationErrors.TemporaryPeriodInvalid };
        foreach (var code in codes)
        {
            foreach (var text in new[] { code.Message.Kk, code.Message.Ru })
            {
                Assert.DoesNotContain("/api/", text);
                Assert.DoesNotMatch("«(addressId|until|ownerIin|subjectIin|\\{0\\})»", text);
                Assert.DoesNotContain("өрісі", text);
                Assert.DoesNotContain("Поле", text);
            }

            Assert.StartsWith("Field '", code.Message.En);
        }

        Assert.Contains("/api/addresses", codes[0].Message.En);
        Assert.DoesNotContain("/api/population/addresses", codes[0].Message.En);
        Assert.Contains("16", codes[0].Message.Ru);
    }

    // D-628: the PSC form sends the operator back only to a path of this site, never to another host.
    [Theory]
    [InlineData("/population/psc?subject=CfDJ8abc", "/population/psc?subject=CfDJ8abc")]
    [InlineData("//evil.example/x", null)]
    [InlineData("/\\evil.example", null)]
    [InlineData("https://evil.example/", null)]
    [InlineData("population/psc", null)]
    [InlineData("/population/psc\r\nX: y", null)]
    [InlineData("", null)]
    public void Apply_ReturnAddress_IsALocalPathOnly(string given, string? expected) =>
        Assert.Equal(expected, Qyzmet.Host.Pages.ApplyModel.ReturnAddress(given));

    // 004.md §3.3 item 7, §8.2 rule 2: registration costs 10% of the MCI in force on the day of payment.
    [Theory]
    [InlineData(2025, 39_320)]
    [InlineData(2026, 43_250)]
    public void S3_Duty_Is10PercentOfTheMciOfThePaymentDay(int year, long tiyn) =>
        Assert.Equal(tiyn, MciTable.Default.Compute(ResidenceRegistrationService.Fee, new DateOnly(year, 6, 1)).Tiyn);

    // 004.md §3.1 item 7: passport 400%, ID card 20% of the MCI of the payment day (the demo rates, D-615).
    [Theory]
    [InlineData("passport", 1_730_000)]
    [InlineData("id-card", 86_500)]
    public void S1_DutyRates_AreSharesOfTheMci(string item, long tiyn)
    {
        var rate = Qyzmet.PopulationDocuments.PopulationDemoData.DutyRates.Single(r => r.Item == item);
        Assert.Equal(tiyn, MciTable.Default.Compute(new FeeRule.MciShare(rate.MciShare!.Value), new DateOnly(2026, 11, 30)).Tiyn);
    }

    // 004.md §3.1 item 4: 30 calendar days, or 7/10/15 working days; the working calendar counts from the day after the
    // acceptance day (§8.3 item 6: applied to both terms, D-616).
    [Theory]
    [InlineData("standard", 30, DeadlineUnit.CalendarDays)]
    [InlineData("7", 7, DeadlineUnit.WorkingDays)]
    [InlineData("10", 10, DeadlineUnit.WorkingDays)]
    [InlineData("15", 15, DeadlineUnit.WorkingDays)]
    public void S1_Terms(string term, int amount, DeadlineUnit unit) =>
        Assert.Equal(new DeadlineRule(amount, unit), PassportIdCardService.TermRule(term));

    [Fact]
    public void S1_Accelerated7WorkingDays_AcceptanceDayNotCounted()
    {
        // Monday 23.11.2026 11:00 Almaty: accepted that day; 7 working days after it end on Wednesday 02.12.2026.
        var due = WorkingCalendar.Statutory.Compute(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), PassportIdCardService.TermRule("7"));
        Assert.Equal(new DateOnly(2026, 11, 23), due.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 12, 2), due.DueDate);
    }

    // 004.md §3.2 item 7: the temporary ID card costs 20% of the MCI of the payment day; item 4: within 30 minutes.
    [Fact]
    public void S2_Duty20PercentOfTheMci_Deadline30Minutes()
    {
        Assert.Equal(86_500, MciTable.Default.Compute(TemporaryIdCardService.Fee, new DateOnly(2026, 11, 30)).Tiyn);
        Assert.Equal(DeadlineRule.Minutes(30), Handler<TemporaryIdCardService>().Procedure.OverallDeadline);
    }

    // 004.md §3.3 item 4: at the centre ≤ 30 minutes, on the portal ≤ 15 minutes (the record after payment: 15 minutes).
    [Fact]
    public void S3_Deadline30Minutes_RecordStep15Minutes()
    {
        var procedure = Handler<ResidenceRegistrationService>().Procedure;
        Assert.Equal(DeadlineRule.Minutes(30), procedure.OverallDeadline);
        Assert.Equal(DeadlineRule.Minutes(15), procedure.State(ResidenceRegistrationService.Paid).StepLimit);
    }

    // 004.md §3.4 items 4, 7: deregistration ≤ 30 minutes, free: no state asks for payment.
    [Fact]
    public void S4_Deadline30Minutes_Free()
    {
        var procedure = Handler<DeregistrationService>().Procedure;
        Assert.Equal(DeadlineRule.Minutes(30), procedure.OverallDeadline);
        Assert.DoesNotContain(procedure.Transitions, t => t.Trigger == "pay");
    }

    // 004.md §3.5 items 4, 7: the address reference ≤ 15 minutes, free, fully automated (only the platform acts).
    [Fact]
    public void S5_Deadline15Minutes_Free_FullyAutomated()
    {
        var procedure = Handler<AddressReferenceService>().Procedure;
        Assert.Equal(DeadlineRule.Minutes(15), procedure.OverallDeadline);
        Assert.DoesNotContain(procedure.Transitions, t => t.Trigger == "pay");
        Assert.Empty(UnitStaffing.RolesNeeded(procedure));
    }

    private static T Handler<T>() where T : class =>
        (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(T));
}
