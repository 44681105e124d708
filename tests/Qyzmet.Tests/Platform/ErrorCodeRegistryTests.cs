using System.Reflection;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Tests.Platform;

/// <summary>ADR 0005: error codes are stable, unique, 4xx unless unexpected, and published in docs/error-codes.md.</summary>
public sealed class ErrorCodeRegistryTests
{
    private static IReadOnlyList<(string Owner, ErrorCode Error)> AllCodes() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Qyzmet", StringComparison.Ordinal) == true)
            .Concat([typeof(KernelErrors).Assembly, typeof(Qyzmet.Platform.Cases.CaseErrors).Assembly, typeof(Qyzmet.Host.Infrastructure.HostErrors).Assembly])
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(ErrorCode))
                .Select(f => (t.Name + "." + f.Name, (ErrorCode)f.GetValue(null)!)))
            .ToList();

    [Fact]
    public void ErrorCodes_UniqueAndEveryMessageInThreeLanguages()
    {
        var codes = AllCodes();
        Assert.True(codes.Count > 40);
        var duplicates = codes.GroupBy(c => c.Error.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(codes, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Error.Message.Kk), c.Owner);
            Assert.False(string.IsNullOrWhiteSpace(c.Error.Message.Ru), c.Owner);
            Assert.False(string.IsNullOrWhiteSpace(c.Error.Message.En), c.Owner);
            // 503 only for missing reference data (an operator must load it); 500 only for the unexpected.
            Assert.True(c.Error.Status is >= 400 and < 500 or 503 || c.Error.Code == "K-0500", c.Owner);
        });
    }

    [Fact]
    public void ErrorCodes_AllPublishedInDocs()
    {
        var doc = File.ReadAllText(Path.Combine(ProcedureDeclarationTests.RepositoryRoot(), "docs", "error-codes.md"));
        var missing = AllCodes().Where(c => !doc.Contains("| " + c.Error.Code + " |", StringComparison.Ordinal)).Select(c => c.Error.Code).ToList();
        Assert.True(missing.Count == 0, "Add to docs/error-codes.md: " + string.Join(", ", missing));
    }
}
