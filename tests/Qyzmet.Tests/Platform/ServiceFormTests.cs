using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Forms;

namespace Qyzmet.Tests.Platform;

public sealed class ServiceFormTests
{
    private static readonly ServiceForm Form = new(
        new FormField("kind", new("түрі", "вид", "kind"), FieldType.Choice) { Options = [new("birth", new("a", "a", "a")), new("marriage", new("b", "b", "b"))] },
        new FormField("birthDate", new("туған күні", "дата рождения", "date of birth"), FieldType.Date) { ShownWhen = new("kind", "birth") },
        new FormField("spouse", new("жұбайы", "супруг", "spouse"), FieldType.Text) { ShownWhen = new("kind", "marriage") },
        new FormField("plot", new("нөмір", "номер", "plot"), FieldType.CadastralNumber, Required: false));

    private static IReadOnlyDictionary<string, string?> Values(params (string, string?)[] pairs) => pairs.ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public void Validate_ConditionalFieldsRequiredOnlyWhenTheyApply()
    {
        var clean = Form.Validate(Values(("kind", "birth"), ("birthDate", " 2009-08-24 ")));
        Assert.Equal("2009-08-24", clean["birthDate"]);
        Assert.False(clean.ContainsKey("spouse"));
    }

    [Fact]
    public void Validate_ReportsEveryWrongFieldAtOnceInThreeLanguages()
    {
        var error = Assert.Throws<QyzmetException>(() => Form.Validate(Values(("kind", "birth"), ("birthDate", "24.08.2009"), ("plot", "abc"), ("extra", "1"))));
        Assert.Equal("K-0001", error.Error.Code);
        Assert.Equal(["birthDate", "extra", "plot"], error.Fields.Keys.Order());
        Assert.Contains("ГГГГ-ММ-ДД", error.Fields["birthDate"].Ru);
        Assert.Contains("ЖЖЖЖ-АА-КК", error.Fields["birthDate"].Kk);
    }

    [Fact]
    public void Validate_ChoiceOutsideOptions_ListsAllowedValues()
    {
        var error = Assert.Throws<QyzmetException>(() => Form.Validate(Values(("kind", "adoption"))));
        Assert.Contains("birth, marriage", error.Fields["kind"].En);
    }

    [Fact]
    public void Validate_CadastralNumber_NormalisedToCanonicalForm()
    {
        var clean = Form.Validate(Values(("kind", "marriage"), ("spouse", "X"), ("plot", " 75-123-045-067 ")));
        Assert.Equal("75-123-045-067", clean["plot"]);
    }
}
