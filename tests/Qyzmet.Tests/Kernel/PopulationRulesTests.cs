using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Cases;
using Qyzmet.PopulationDocuments.Features.DeregisterResidence;
using Qyzmet.PopulationDocuments.Features.IssueAddressReference;
using Qyzmet.PopulationDocuments.Features.IssueTemporaryIdCard;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;

namespace Qyzmet.Tests.Kernel;

/// <summary>Fees and time limits of the population services as 004.md states them.</summary>
public sealed class PopulationRulesTests
{
    // 004.md §3.3 item 7, §8.2 rule 2: registration costs 10% of the MCI in force on the day of payment.
    [Theory]
    [InlineData(2025, 39_320)]
    [InlineData(2026, 43_250)]
    public void S3_Duty_Is10PercentOfTheMciOfThePaymentDay(int year, long tiyn) =>
        Assert.Equal(tiyn, MciTable.Default.Compute(ResidenceRegistrationService.Fee, new DateOnly(year, 6, 1)).Tiyn);

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
