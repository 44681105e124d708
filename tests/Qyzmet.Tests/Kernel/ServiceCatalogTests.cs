using System.Text.RegularExpressions;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Money;

namespace Qyzmet.Tests.Kernel;

public sealed partial class ServiceCatalogTests
{
    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    private static ServiceStandard Get(string id) =>
        ServiceCatalog.Find(id) ?? throw new Xunit.Sdk.XunitException($"Service '{id}' is not in the catalog");

    public static TheoryData<string> AllIds()
    {
        var data = new TheoryData<string>();
        foreach (var service in ServiceCatalog.All)
        {
            data.Add(service.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_AreUnique()
    {
        var duplicates = ServiceCatalog.All.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Id_IsKebabCase_WithAreaPrefix(string id) => Assert.Matches(KebabId(), id);

    [Fact]
    public void Catalog_HoldsTheServicesBeingBuiltFirst_UnderTheirAgreedIds()
    {
        string[] required =
        [
            "land.identification-document-info", "land.cadastral-info", "land.ownership-info", "land.title-document-info",
            "civil-registry.status-reference", "civil-registry.duplicate-certificate", "civil-registry.marriage-application",
            "real-estate.new-object-data", "real-estate.cadastral-passport",
        ];
        Assert.All(required, id => Assert.NotNull(ServiceCatalog.Find(id)));
    }

    [Fact]
    public void Catalog_CoversEveryServiceOfTheSixSpecs()
    {
        // 000: S1 (three results) + S2; 001a: 3; 001b: 3; 002: 4; 003: 1; 004: 5.
        Assert.Equal(20, ServiceCatalog.All.Count);
        Assert.Equal(4, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("000.md", StringComparison.Ordinal)));
        Assert.Equal(3, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("001a.md", StringComparison.Ordinal)));
        Assert.Equal(3, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("001b.md", StringComparison.Ordinal)));
        Assert.Equal(4, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("002.md", StringComparison.Ordinal)));
        Assert.Equal(1, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("003.md", StringComparison.Ordinal)));
        Assert.Equal(5, ServiceCatalog.All.Count(s => s.SpecReference.StartsWith("004.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_ReturnsNullForUnknownId() => Assert.Null(ServiceCatalog.Find("land.no-such-service"));

    [Theory]
    [MemberData(nameof(AllIds))]
    public void EveryService_HasNamesProviderChannelAndSource(string id)
    {
        var s = Get(id);
        Assert.False(string.IsNullOrWhiteSpace(s.Name.Kk));
        Assert.False(string.IsNullOrWhiteSpace(s.Name.Ru));
        Assert.False(string.IsNullOrWhiteSpace(s.Name.En));
        Assert.False(string.IsNullOrWhiteSpace(s.Provider.Kk));
        Assert.False(string.IsNullOrWhiteSpace(s.Provider.Ru));
        Assert.False(string.IsNullOrWhiteSpace(s.Provider.En));
        Assert.NotEmpty(s.Channels);
        Assert.Equal(s.Channels.Count, s.Channels.Distinct().Count());
        Assert.NotEqual(Recipients.None, s.Recipients);
        Assert.NotEmpty(s.Results);
        Assert.False(string.IsNullOrWhiteSpace(s.Source.Title.Kk));
        Assert.False(string.IsNullOrWhiteSpace(s.SpecReference));
        Assert.StartsWith(s.Area switch
        {
            ServiceArea.CivilRegistry => "civil-registry.",
            ServiceArea.RealEstate => "real-estate.",
            ServiceArea.Land => "land.",
            ServiceArea.PopulationDocuments => "population-documents.",
            ServiceArea.LegalEntities => "legal-entities.",
            _ => "?",
        }, s.Id, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void EveryService_HasALegalSourceWithNumberAndDate_UnlessTheSpecSaysTheTextLacksThem(string id)
    {
        var source = Get(id).Source;
        if (id == "land.plot-for-construction")
        {
            // 003.md §1: "Issuing body, number, date: Not stated in the text"; "Status: Not stated in the text".
            Assert.Null(source.Number);
            Assert.Null(source.Date);
            Assert.Equal(LegalStatus.NotStated, source.Status);
            Assert.NotNull(source.StatusNote);
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(source.Number));
        Assert.NotNull(source.Date);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void DeadlinesAreStatedOrExplained(string id)
    {
        var s = Get(id);
        if (s.Deadlines.Count == 0)
        {
            Assert.NotNull(s.DeadlineNote);
        }

        Assert.All(s.Deadlines, d => Assert.True(d.Rule.Amount > 0));
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void RefusalGroundCodes_AreUniqueWithinAService(string id)
    {
        var codes = Get(id).RefusalGrounds.Concat(Get(id).ConsiderationStoppedGrounds).Select(g => g.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void EveryLocalizedText_HasAllThreeLanguages(string id)
    {
        var s = Get(id);
        var texts = s.RequiredDocuments
            .Concat(s.Results)
            .Concat(s.RefusalGrounds.Select(g => g.Text))
            .Concat(s.ConsiderationStoppedGrounds.Select(g => g.Text))
            .Concat(s.Deadlines.Select(d => d.Case))
            .Concat(s.FeeCases.Select(f => f.Case))
            .Append(s.Schedule)
            .Append(s.Fee.Describe());
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Kk));
            Assert.False(string.IsNullOrWhiteSpace(t.Ru));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
        });
    }

    // 001a.md §3.3 and §8.1: state duty for the civil-status reference is 30% of 1 MCI.
    [Fact]
    public void CivilStatusReference_Fee_Is30PercentOfMci_001a_S3()
    {
        var s = Get("civil-registry.status-reference");
        Assert.Equal(new FeeRule.MciShare(0.3m), s.Fee);
        Assert.Equal(Automation.Full, s.Automation);
        Assert.Equal(Recipients.Individuals, s.Recipients);
        Assert.Equal([Channel.Portal], s.Channels);
    }

    // 001a.md §8.1: Regulations 1 and 2 charge a state duty of 1 MCI; both are partially automated (§3.0).
    [Theory]
    [InlineData("civil-registry.duplicate-certificate")]
    [InlineData("civil-registry.marriage-application")]
    public void CivilRegistryApplications_Fee_IsOneMci_001a_S1_S2(string id)
    {
        var s = Get(id);
        Assert.Equal(new FeeRule.MciShare(1m), s.Fee);
        Assert.Equal(Automation.Partial, s.Automation);
        Assert.Empty(s.Deadlines); // 001a.md §3.0: overall deadline not stated anywhere
    }

    // 001a.md §1 and 001b.md §1: Order No. 236 of 27 June 2011, repealed by Order No. 389 of 29 Nov 2012.
    [Theory]
    [InlineData("civil-registry.duplicate-certificate")]
    [InlineData("civil-registry.status-reference")]
    [InlineData("real-estate.rights-reference")]
    [InlineData("legal-entities.register-reference")]
    public void Order236Services_AreRepealed_001a_001b_S1(string id)
    {
        var source = Get(id).Source;
        Assert.Equal("236", source.Number);
        Assert.Equal(new DateOnly(2011, 6, 27), source.Date);
        Assert.False(source.InForce);
        Assert.Contains("389", source.StatusNote!.En, StringComparison.Ordinal);
    }

    // 002.md §1: Order No. 223-ОД of 4 Dec 2012 is repealed by Order No. 138/НҚ of 16 May 2014;
    // §3.0: fee and deadline are not stated (deferred to Decree No. 1392); fully automated; portal + PSC.
    [Theory]
    [InlineData("land.identification-document-info")]
    [InlineData("land.cadastral-info")]
    [InlineData("land.ownership-info")]
    [InlineData("land.title-document-info")]
    public void LandInformationServices_AreRepealed_AndDeferFeeAndDeadline_002_S3_0(string id)
    {
        var s = Get(id);
        Assert.Equal("223-ОД", s.Source.Number);
        Assert.Equal(new DateOnly(2012, 12, 4), s.Source.Date);
        Assert.Equal(LegalStatus.Repealed, s.Source.Status);
        Assert.False(s.Source.InForce);
        Assert.Contains("138/НҚ", s.Source.StatusNote!.En, StringComparison.Ordinal);
        var fee = Assert.IsType<FeeRule.NotStated>(s.Fee);
        Assert.Contains("1392", fee.Note.En, StringComparison.Ordinal);
        Assert.Empty(s.Deadlines);
        Assert.Contains("1392", s.DeadlineNote!.En, StringComparison.Ordinal);
        Assert.Equal([Channel.Portal, Channel.ServiceCentre], s.Channels);
        Assert.Equal(Recipients.Individuals | Recipients.LegalEntities, s.Recipients);
        Assert.Equal(Automation.Full, s.Automation);
        Assert.Contains(s.RefusalGrounds, g => g.Code == "data-absent");
    }

    // 002.md §3.2: the Kazakh name is «Жер учаскесіне кадастрлық ақпарат беру».
    [Fact]
    public void LandCadastralInfo_KazakhName_IsTheOfficialOne_002_S3_2() =>
        Assert.Equal("Жер учаскесіне кадастрлық ақпарат беру", Get("land.cadastral-info").Name.Kk);

    // 000.md §3.1, S1 deadlines (para 5 = List No. 1 row 3): 3rd/5th/5th/7th/10th working day by object kind.
    [Theory]
    [InlineData("real-estate.cadastral-passport")]
    [InlineData("real-estate.discrepancy-conclusion")]
    public void CadastralPassport_DeadlinesByObjectKind_000_S3_1(string id)
    {
        var s = Get(id);
        Assert.Equal(
            [DeadlineRule.WorkingDays(3), DeadlineRule.WorkingDays(5), DeadlineRule.WorkingDays(5), DeadlineRule.WorkingDays(7), DeadlineRule.WorkingDays(10)],
            s.Deadlines.Select(d => d.Rule));
        Assert.Contains("Apartments", s.Deadlines[0].Case.En, StringComparison.Ordinal);
        Assert.Contains("up to 1000", s.Deadlines[3].Case.En, StringComparison.Ordinal);
        Assert.Contains("over 1000", s.Deadlines[4].Case.En, StringComparison.Ordinal);
        Assert.Contains("two months", s.DeadlineNote!.En, StringComparison.Ordinal);
        Assert.Equal(HearingRule.PreliminaryDecisionAndHearing, s.Hearing); // para 5-1, terms over 3 days
        Assert.Equal(5, s.RefusalGrounds.Count);                            // List No. 1 row 9
        Assert.Single(s.ConsiderationStoppedGrounds);                       // para 4: incomplete / expired
        Assert.Equal([Channel.Portal], s.Channels);                         // List No. 1 row 2
        Assert.IsType<FeeRule.PriceList>(s.Fee);                            // Order No. 21/НҚ prices, not in text
    }

    // 000.md §3.1: S1-A data entry takes 1 working day, so a refusal is formed directly (para 5-1).
    [Fact]
    public void NewObjectData_OneWorkingDay_DirectRefusal_000_S3_1()
    {
        var s = Get("real-estate.new-object-data");
        Assert.Equal([DeadlineRule.WorkingDays(1)], s.Deadlines.Select(d => d.Rule));
        Assert.Equal(HearingRule.RefusalNoticeOnly, s.Hearing);
        Assert.Equal(s.Name, Get("real-estate.cadastral-passport").Name); // one official S1 name
        Assert.NotNull(s.Variant);
    }

    // 000.md §3.2: duplicate on the 1st/2nd/3rd working day; lunch break 13:00–14:30 in List No. 2.
    [Fact]
    public void CadastralPassportDuplicate_Deadlines_000_S3_2()
    {
        var s = Get("real-estate.cadastral-passport-duplicate");
        Assert.Equal("Жылжымайтын мүлік объектісінің кадастрлық паспортының телнұсқасын беру", s.Name.Kk);
        Assert.Equal(
            [DeadlineRule.WorkingDays(1), DeadlineRule.WorkingDays(2), DeadlineRule.WorkingDays(3)],
            s.Deadlines.Select(d => d.Rule));
        Assert.Contains("14:30", s.Schedule.En, StringComparison.Ordinal);
        Assert.Contains(s.Results, r => r.Kk.Contains("Телнұсқа", StringComparison.Ordinal));
        Assert.Equal("156", s.Source.Number);
        Assert.True(s.Source.InForce);
    }

    // 004.md §3.1 item 4: passports and ID cards within 30 calendar days; accelerated 7, 10 or 15 working days.
    // Item 7: passport 400% of MCI, ID card 20%.
    [Fact]
    public void PassportAndIdCard_Deadlines_AndFees_004_S3_1()
    {
        var s = Get("population-documents.passport-id-card");
        Assert.Equal(
            [DeadlineRule.CalendarDays(30), DeadlineRule.WorkingDays(7), DeadlineRule.WorkingDays(10), DeadlineRule.WorkingDays(15)],
            s.Deadlines.Select(d => d.Rule));
        Assert.Contains(s.FeeCases, f => f.Rule == new FeeRule.MciShare(4m) && f.Case.En.StartsWith("Passport", StringComparison.Ordinal));
        Assert.Contains(s.FeeCases, f => f.Rule == new FeeRule.MciShare(0.2m) && f.Case.En.StartsWith("Identity card", StringComparison.Ordinal));
        Assert.Contains(s.FeeCases, f => f.Rule is FeeRule.PriceList);
        Assert.Empty(s.RefusalGrounds); // 004.md §3.1: "Refusal grounds: none stated"
        Assert.Contains(Channel.Portal, s.Channels);
        Assert.Contains(Channel.ServiceCentre, s.Channels);
    }

    // 004.md §8.1: temporary ID card ≤ 30 min, 20% MCI, centre only; registration 10% MCI, centre 30 / portal 15 min;
    // deregistration ≤ 30 min, free; address reference ≤ 15 min, free, fully automated.
    [Fact]
    public void PopulationDocuments_MinuteDeadlines_AndFees_004_S8_1()
    {
        var temporary = Get("population-documents.temporary-id-card");
        Assert.Equal([DeadlineRule.Minutes(30)], temporary.Deadlines.Select(d => d.Rule));
        Assert.Equal(new FeeRule.MciShare(0.2m), temporary.Fee);
        Assert.Equal([Channel.ServiceCentre], temporary.Channels);
        Assert.Single(temporary.ConsiderationStoppedGrounds);

        var registration = Get("population-documents.residence-registration");
        Assert.Equal([DeadlineRule.Minutes(30), DeadlineRule.Minutes(15)], registration.Deadlines.Select(d => d.Rule));
        Assert.Equal(new FeeRule.MciShare(0.1m), registration.Fee);

        var deregistration = Get("population-documents.residence-deregistration");
        Assert.Equal([DeadlineRule.Minutes(30)], deregistration.Deadlines.Select(d => d.Rule));
        Assert.IsType<FeeRule.Free>(deregistration.Fee);
        Assert.DoesNotContain(Channel.Portal, deregistration.Channels);

        var address = Get("population-documents.address-reference");
        Assert.Equal([DeadlineRule.Minutes(15)], address.Deadlines.Select(d => d.Rule));
        Assert.IsType<FeeRule.Free>(address.Fee);
        Assert.Equal(Automation.Full, address.Automation);
        Assert.Equal(Recipients.Individuals | Recipients.LegalEntities, address.Recipients);
    }

    // 004.md §1: Decree No. 132 of 24 Feb 2014, repealed by Decree No. 821 of 12 Oct 2015.
    [Fact]
    public void PopulationDocuments_AreRepealed_004_S1()
    {
        var ours = ServiceCatalog.All.Where(s => s.Area == ServiceArea.PopulationDocuments).ToList();
        Assert.Equal(5, ours.Count);
        Assert.All(ours, s =>
        {
            Assert.Equal("132", s.Source.Number);
            Assert.Equal(new DateOnly(2014, 2, 24), s.Source.Date);
            Assert.False(s.Source.InForce);
            Assert.Contains("821", s.Source.StatusNote!.En, StringComparison.Ordinal);
        });
    }

    // 003.md §3.1: stage 1 = 28 working days, stage 2 = 18 working days; fee per para 28 of Order No. 87;
    // free land cadastral plan for orphans under 18; three exhaustive refusal grounds (§3.7).
    [Fact]
    public void LandPlotForConstruction_TwoStages_FeeAndGrounds_003_S3()
    {
        var s = Get("land.plot-for-construction");
        Assert.Equal([DeadlineRule.WorkingDays(28), DeadlineRule.WorkingDays(18)], s.Deadlines.Select(d => d.Rule));
        var fee = Assert.IsType<FeeRule.PriceList>(s.Fee);
        Assert.Contains("No. 87", fee.Note.En, StringComparison.Ordinal);
        Assert.Contains(s.FeeCases, f => f.Rule is FeeRule.Free);
        Assert.Equal(["1", "2", "3"], s.RefusalGrounds.Select(g => g.Code));
        Assert.Equal([Channel.Portal], s.Channels);
    }

    // 001b.md §3.0: fees, deadlines and schedules of Services A–C are in Standard No. 2121, not in the text.
    [Theory]
    [InlineData("real-estate.rights-reference")]
    [InlineData("real-estate.absence-presence-reference")]
    [InlineData("legal-entities.register-reference")]
    public void OrderAppendix4To6References_DeferFeeToStandard2121_001b_S3_0(string id)
    {
        var s = Get(id);
        var fee = Assert.IsType<FeeRule.NotStated>(s.Fee);
        Assert.Contains("2121", fee.Note.En, StringComparison.Ordinal);
        Assert.Empty(s.Deadlines);
        Assert.Equal(["R1", "R2", "R3"], s.RefusalGrounds.Select(g => g.Code)); // 001b.md §8.3
    }

    [GeneratedRegex(@"\p{IsCyrillic}[A-Za-z]|[A-Za-z]\p{IsCyrillic}")]
    private static partial Regex LatinInsideCyrillicWord();

    // Issue 14 (ADR 0014: kk/ru pages carry no English): a Kazakh or Russian text the portal prints from the catalog has no
    // word spelled with a Latin letter among Cyrillic ones (004.md S5's «жерiнен» was copied with a Latin "i" for the
    // Kazakh "і"), which a reader's search and a screen reader do not recognise. Every string of every standard is read.
    [Fact]
    public void KazakhAndRussianTexts_HaveNoLatinLetterInsideACyrillicWord()
    {
        var mixed = new List<string>();
        foreach (var service in ServiceCatalog.All)
        {
            var json = System.Text.Json.JsonSerializer.Serialize<object>(service, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            mixed.AddRange(LatinInsideCyrillicWord().Matches(json).Select(m => $"{service.Id}: …{json.Substring(Math.Max(0, m.Index - 20), Math.Min(40, json.Length - Math.Max(0, m.Index - 20)))}…"));
        }

        Assert.Empty(mixed);
    }
}
