using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Platform.Complaints;

namespace Qyzmet.Tests.Kernel;

/// <summary>The complaint terms each spec states, the kernel default where it states none (D-720), counted by the working calendar.</summary>
public sealed class ComplaintTermsTests
{
    public static TheoryData<string, int, int> Terms => new()
    {
        // 003.md para 10 (Chapter 3): the head of the provider 5 working days, the quality authority 15.
        { "land.plot-for-construction", 5, 15 },
        // 004.md §4.10 (Chapter 3 of each of the five standards): 15 working days at the provider, 15 at the quality authority.
        { "population-documents.passport-id-card", 15, 15 },
        { "population-documents.temporary-id-card", 15, 15 },
        { "population-documents.residence-registration", 15, 15 },
        { "population-documents.residence-deregistration", 15, 15 },
        { "population-documents.address-reference", 15, 15 },
        // 002.md §7 (only the 1414 call-centre), 001a.md §7, 001b.md §7, 000.md §7 state no terms: the Law's Art. 25 (5 / 15).
        { "land.cadastral-info", 5, 15 },
        { "civil-registry.status-reference", 5, 15 },
        { "real-estate.cadastral-passport", 5, 15 },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void TermFor_EachServiceAsItsSpecStates(string serviceId, int head, int authority)
    {
        var standard = ServiceCatalog.Find(serviceId);
        Assert.NotNull(standard);
        Assert.Equal(head, ComplaintService.TermFor(standard, ComplaintAddressees.ProviderHead));
        Assert.Equal(authority, ComplaintService.TermFor(standard, ComplaintAddressees.QualityAuthority));
    }

    // D-728 (004.md §7 "Complaints"): the five population standards offer the provider's head, the Ministry's head (its unit
    // and Astana address), the centre's head and the quality authority, each 15 working days; only S5 asks a legal entity for
    // its outgoing number (004.md §6.9, D-729); a standard without its own chapter offers the default's two.
    [Fact]
    public void Addressees_AreTheStandardsData()
    {
        foreach (var id in new[] { "population-documents.passport-id-card", "population-documents.temporary-id-card", "population-documents.residence-registration",
                     "population-documents.residence-deregistration", "population-documents.address-reference" })
        {
            var terms = ComplaintTerms.For(ServiceCatalog.Find(id));
            Assert.Equal(new[] { "provider-head", "ministry-head", "centre-head", "quality-authority" }, terms.Addressees.Select(a => a.Kind));
            Assert.All(terms.Addressees, a => Assert.Equal(15, a.WorkingDays));
            var ministry = terms.Find(ComplaintAddressees.MinistryHead)!;
            Assert.Equal(Ministries.InternalAffairsUnitId, ministry.UnitId);
            Assert.Contains("Tauelsizdik Avenue 1", ministry.Address!.En, StringComparison.Ordinal);
            Assert.Equal(id == "population-documents.address-reference", terms.LegalEntityOutgoingNumber);
        }

        var land = ComplaintTerms.For(ServiceCatalog.Find("land.cadastral-info"));
        Assert.Equal(new[] { "provider-head", "quality-authority" }, land.Addressees.Select(a => a.Kind));
        Assert.Null(land.Find(ComplaintAddressees.CentreHead));
    }

    // Every catalog service has terms: its own or the default; none is zero.
    [Fact]
    public void EveryService_HasPositiveTerms()
    {
        Assert.All(ServiceCatalog.All, s =>
        {
            var terms = ComplaintTerms.For(s);
            Assert.True(terms.ProviderHeadWorkingDays > 0 && terms.QualityAuthorityWorkingDays > 0, s.Id);
            Assert.False(string.IsNullOrWhiteSpace(terms.Source));
        });
    }

    // D-720: the registration day is the acceptance day of ADR 0004 and is not counted; 5 working days from Monday 23 Nov
    // 2026 10:00 Almaty end on Monday 30 Nov.
    [Fact]
    public void DueOn_FiveWorkingDays_SkipsTheWeekend()
    {
        var registered = AlmatyTime.FromLocal(new DateOnly(2026, 11, 23), new TimeOnly(10, 0));
        Assert.Equal(new DateOnly(2026, 11, 30), ComplaintService.DueOn(WorkingCalendar.Statutory, registered, 5));
    }

    // Independence Day (16 Dec) is not a working day: from Friday 11 Dec 2026, 5 working days end on Monday 21 Dec.
    [Fact]
    public void DueOn_SkipsPublicHolidays()
    {
        var registered = AlmatyTime.FromLocal(new DateOnly(2026, 12, 11), new TimeOnly(10, 0));
        Assert.Equal(new DateOnly(2026, 12, 21), ComplaintService.DueOn(WorkingCalendar.Statutory, registered, 5));
    }

    // Registered after 18:30 on a Friday: counted from Monday (ADR 0004), 5 working days end on Monday 7 Dec.
    [Fact]
    public void DueOn_AfterTheCutOff_CountsFromTheNextWorkingDay()
    {
        var registered = AlmatyTime.FromLocal(new DateOnly(2026, 11, 27), new TimeOnly(19, 0));
        Assert.Equal(new DateOnly(2026, 12, 7), ComplaintService.DueOn(WorkingCalendar.Statutory, registered, 5));
    }

    // 004.md §4.10: 15 working days from Monday 23 Nov 2026 end on Monday 14 Dec.
    [Fact]
    public void DueOn_FifteenWorkingDays()
    {
        var registered = AlmatyTime.FromLocal(new DateOnly(2026, 11, 23), new TimeOnly(10, 0));
        Assert.Equal(new DateOnly(2026, 12, 14), ComplaintService.DueOn(WorkingCalendar.Statutory, registered, 15));
    }
}
