using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.RealEstateCadastre.Domain;

namespace Qyzmet.Tests.Platform;

/// <summary>000.md para 5-1 (D-402) and para 5 / App. 2 row 3 (D-401): the rules behind refusals and terms.</summary>
public sealed class RefusalRulesTests
{
    // Para 5-1: under three days → refusal notice; over three → hearing; exactly three → refusal notice (D-402).
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(10, true)]
    public void HearingRequired_OnlyForTermsOverThreeWorkingDays(int term, bool hearing) =>
        Assert.Equal(hearing, RefusalService.HearingRequired(term));

    // ADR 0004: the term counts working days after the acceptance day up to the due date.
    [Fact]
    public void TermInWorkingDays_MondayToNextMonday_IsFive()
    {
        var app = new Application
        {
            Number = "x",
            ServiceId = "x",
            ApplicantId = "x",
            ApplicantName = "x",
            SubmittedBy = "x",
            Channel = "portal",
            Status = "x",
            FormJson = "{}",
            UnitId = "x",
            AcceptedOn = new DateOnly(2026, 11, 23),
            DueOn = new DateOnly(2026, 11, 30),
        };
        Assert.Equal(5, RefusalService.TermInWorkingDays(WorkingCalendar.Statutory, app));
    }

    // 000.md §8: exactly 1000 m² is "up to 1000 m²".
    [Theory]
    [InlineData(1000.00, ObjectKinds.OtherUpTo1000)]
    [InlineData(1000.01, ObjectKinds.OtherOver1000)]
    public void OtherByArea_ThousandIsUpTo(double area, string kind) => Assert.Equal(kind, ObjectKinds.OtherByArea((decimal)area));

    // 000.md para 5 and App. 2 row 3.
    [Theory]
    [InlineData(ObjectKinds.Apartment, 3, 1)]
    [InlineData(ObjectKinds.DormitoryRoom, 3, 1)]
    [InlineData(ObjectKinds.PrivateHouse, 5, 1)]
    [InlineData(ObjectKinds.PrivateGarage, 5, 1)]
    [InlineData(ObjectKinds.DachaStructure, 5, 1)]
    [InlineData(ObjectKinds.FirstComplexity, 5, 2)]
    [InlineData(ObjectKinds.OtherUpTo1000, 7, 2)]
    [InlineData(ObjectKinds.OtherOver1000, 10, 3)]
    public void Terms_ByObjectKind(string kind, int passport, int duplicate)
    {
        Assert.Equal(DeadlineRule.WorkingDays(passport), ObjectKinds.PassportTerm(kind));
        Assert.Equal(DeadlineRule.WorkingDays(duplicate), ObjectKinds.DuplicateTerm(kind));
    }
}
