using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;

namespace Qyzmet.Tests.Kernel;

/// <summary>
/// IIN/BIN structure and check digit (Law of 12 Jan 2007 № 223-III "On national registers of identification
/// numbers"): weights 1..11, and 3..11,1,2 when the first pass gives 10.
/// </summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("900101300007", "1990-01-01", Sex.Male)] // check digit from the first pass
    [InlineData("900101300811", "1990-01-01", Sex.Male)] // first pass gives 10, second pass gives 1
    [InlineData("851225400009", "1985-12-25", Sex.Female)] // 4 → 1900s, female
    [InlineData("050315500004", "2005-03-15", Sex.Male)] // 5 → 2000s, male
    [InlineData("050315500503", "2005-03-15", Sex.Male)] // second pass
    [InlineData("  900101300007 ", "1990-01-01", Sex.Male)] // surrounding whitespace ignored
    public void Iin_ValidNumbers_YieldBirthDateAndSexFromDigits1To7(string input, string birthDate, Sex sex)
    {
        Assert.True(Iin.TryParse(input, out var iin, out var error));
        Assert.Null(error);
        Assert.Equal(input.Trim(), iin.Value);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
        Assert.Equal(iin, Iin.Parse(input));
    }

    [Theory]
    [InlineData(null, "ID-0001", "0 characters")]
    [InlineData("9001013000", "ID-0001", "10 characters")]
    [InlineData("90010130000A", "ID-0002", "position 12 holds 'A'")]
    [InlineData("900101000000", "ID-0004", "must be 1–6, but it is 0")]
    [InlineData("900101700007", "ID-0004", "but it is 7")]
    [InlineData("900230300000", "ID-0003", "give the date 1990-02-30")]
    [InlineData("901301300000", "ID-0003", "give the date 1990-13-01")]
    [InlineData("900101300004", "ID-0008", "The 12th (check) digit should be 7, not 4")]
    [InlineData("900101300810", "ID-0008", "should be 1, not 0")]
    [InlineData("900101300800", "ID-0009", "The first 11 digits (90010130080) have no valid check digit")]
    public void Iin_InvalidNumbers_AreRejectedWithAConcreteMessage(string? input, string code, string messagePart)
    {
        Assert.False(Iin.TryParse(input, out _, out var error));
        Assert.Equal(code, error.Code);
        Assert.Equal(400, error.Status);
        Assert.Contains(messagePart, error.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", error.Message.Kk, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", error.Message.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void Iin_Parse_ThrowsQyzmetExceptionWithTheTemplateAndArguments()
    {
        var ex = Assert.Throws<QyzmetException>(() => Iin.Parse("900101300004"));
        Assert.Same(IdentifierErrors.ChecksumMismatch, ex.Error);
        Assert.Equal("12-я (контрольная) цифра должна быть 7, а не 4: в номере опечатка. Сверьте цифры с документом.", ex.LocalizedMessage("ru"));
    }

    [Theory]
    [InlineData("1990-01-01", Sex.Male, 0)]
    [InlineData("1899-05-01", Sex.Female, 5)]
    [InlineData("2000-02-29", Sex.Female, 1234)]
    [InlineData("2024-12-31", Sex.Male, 9999)]
    [InlineData("1985-12-25", Sex.Female, 188)] // serial 188 has no check digit: 189 is used
    public void Iin_Create_ThenParse_RoundTrips(string birthDate, Sex sex, int serial)
    {
        var date = DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture);
        var iin = Iin.Create(date, sex, serial);
        var parsed = Iin.Parse(iin.Value);
        Assert.Equal(date, parsed.BirthDate);
        Assert.Equal(sex, parsed.Sex);
        Assert.Equal(iin, parsed);
    }

    [Fact]
    public void Iin_Create_SkipsASerialWhoseCheckDigitIsUndefined()
    {
        // 90010130080x: both passes give 10, so serial 80 is never issued; the next serial (81) is used.
        Assert.Equal("900101300811", Iin.Create(new DateOnly(1990, 1, 1), Sex.Male, 80).Value);
        Assert.Equal('2', Iin.Create(new DateOnly(1850, 6, 1), Sex.Female, 1).Value[6]);
        Assert.Equal('5', Iin.Create(new DateOnly(2010, 6, 1), Sex.Male, 1).Value[6]);
    }

    [Fact]
    public void Iin_Create_EveryGeneratedNumberPassesTheChecksum()
    {
        for (var serial = 0; serial < 2000; serial++)
        {
            var iin = Iin.Create(new DateOnly(1977, 7, 7), serial % 2 == 0 ? Sex.Male : Sex.Female, serial);
            Assert.True(Iin.TryParse(iin.Value, out _, out var error), error?.Message.En);
        }
    }

    [Theory]
    [InlineData("150340000109", 2015, 3, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation)]
    [InlineData("150340000003", 2015, 3, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation)] // second pass
    [InlineData("200141000004", 2020, 1, BinEntityType.ResidentLegalEntity, BinAttribute.Branch)]
    [InlineData("230450000005", 2023, 4, BinEntityType.NonResidentLegalEntity, BinAttribute.HeadOrganisation)]
    public void Bin_ValidNumbers_YieldRegistrationMonthTypeAndAttribute(string input, int year, int month, BinEntityType type, BinAttribute attribute)
    {
        Assert.True(Bin.TryParse(input, out var bin, out var error));
        Assert.Null(error);
        Assert.Equal(year, bin.RegistrationYear);
        Assert.Equal(month, bin.RegistrationMonth);
        Assert.Equal(type, bin.EntityType);
        Assert.Equal(attribute, bin.Attribute);
    }

    [Theory]
    [InlineData("15034000010", "ID-0001", "11 characters")]
    [InlineData("15034000010-", "ID-0002", "position 12 holds '-'")]
    [InlineData("151340000000", "ID-0005", "but they are 13")]
    [InlineData("150070000000", "ID-0005", "but they are 00")]
    [InlineData("150370000000", "ID-0006", "It is 7")]
    [InlineData("900101300007", "ID-0006", "If this is a person's IIN")] // an IIN typed into a BIN field
    [InlineData("150345000000", "ID-0007", "It is 5")]
    [InlineData("150340000101", "ID-0008", "should be 9, not 1")]
    [InlineData("150340000090", "ID-0009", "(15034000009)")]
    public void Bin_InvalidNumbers_AreRejectedWithAConcreteMessage(string input, string code, string messagePart)
    {
        Assert.False(Bin.TryParse(input, out _, out var error));
        Assert.Equal(code, error.Code);
        Assert.Contains(messagePart, error.Message.En, StringComparison.Ordinal);
        Assert.Equal(code, Assert.Throws<QyzmetException>(() => Bin.Parse(input)).Error.Code);
    }

    [Theory]
    [InlineData(2015, 3, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 9)]
    [InlineData(2024, 12, BinEntityType.JointEntrepreneurship, BinAttribute.PeasantFarm, 99999)]
    [InlineData(2008, 7, BinEntityType.NonResidentLegalEntity, BinAttribute.RepresentativeOffice, 42)]
    public void Bin_Create_ThenParse_RoundTrips(int year, int month, BinEntityType type, BinAttribute attribute, int serial)
    {
        var bin = Bin.Create(year, month, type, attribute, serial);
        Assert.Equal(bin, Bin.Parse(bin.Value));
        Assert.Equal((year, month, type, attribute), (bin.RegistrationYear, bin.RegistrationMonth, bin.EntityType, bin.Attribute));
    }

    [Theory]
    [InlineData("20-311-015-123", CadastralObjectKind.LandPlot, null, null)]
    [InlineData("01-011-004-1234", CadastralObjectKind.LandPlot, null, null)]
    [InlineData(" 20-311-015-123:1 ", CadastralObjectKind.Building, "1", null)]
    [InlineData("20-311-015-123:12:45", CadastralObjectKind.Premises, "12", "45")]
    [InlineData("20-311-015-123:1234:5678", CadastralObjectKind.Premises, "1234", "5678")]
    public void CadastralNumber_OurConventionOOrrrQQQppp_WithBuildingAndPremises(string input, CadastralObjectKind kind, string? building, string? premises)
    {
        Assert.True(CadastralNumber.TryParse(input, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(input.Trim(), number.Value);
        Assert.Equal(kind, number.Kind);
        Assert.Equal(building, number.Building);
        Assert.Equal(premises, number.Premises);
        Assert.Equal(input.Trim().Split(':')[0], number.LandPlotNumber.Value);
        Assert.Equal(CadastralObjectKind.LandPlot, number.LandPlotNumber.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20-311-015")]
    [InlineData("20-311-015-12")]
    [InlineData("20-311-015-12345")]
    [InlineData("2-311-015-123")]
    [InlineData("20-311-015-123:")]
    [InlineData("20-311-015-123:12345")]
    [InlineData("20-311-015-123:1:2:3")]
    [InlineData("20 311 015 123")]
    [InlineData("٢٠-311-015-123")] // Arabic-Indic digits are not accepted
    public void CadastralNumber_Malformed_IsRejectedWithTheExpectedFormat(string input)
    {
        Assert.False(CadastralNumber.TryParse(input, out _, out var error));
        Assert.Equal("ID-0010", error.Code);
        Assert.Contains("20-311-015-123", error.Message.En, StringComparison.Ordinal);
        Assert.Equal("ID-0010", Assert.Throws<QyzmetException>(() => CadastralNumber.Parse(input)).Error.Code);
    }

    [Fact]
    public void IdentifierErrors_AreUniqueIdPrefixed400sInThreeLanguages()
    {
        var errors = typeof(IdentifierErrors).GetFields().Select(f => (ErrorCode)f.GetValue(null)!).ToList();
        Assert.Equal(10, errors.Count);
        Assert.Equal(errors.Count, errors.Select(e => e.Code).Distinct().Count());
        Assert.All(errors, e =>
        {
            Assert.StartsWith("ID-", e.Code, StringComparison.Ordinal);
            Assert.Equal(400, e.Status);
            Assert.False(string.IsNullOrWhiteSpace(e.Message.Kk));
            Assert.False(string.IsNullOrWhiteSpace(e.Message.Ru));
            Assert.False(string.IsNullOrWhiteSpace(e.Message.En));
        });
    }
}
