using System.Net.Http.Json;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 3 "where a well-kept library supports GOST 34.10 (BouncyCastle), support verifying it too": the national CA's
/// keys are GOST R 34.10-2012 (256). A GOST-signed request goes through the same checks as an RSA/ECDSA one (D-307).
/// </summary>
public abstract partial class TrustApiTests
{
    [Fact]
    public async Task SignedSubmission_GostKey_Accepted()
    {
        var aigerim = DemoData.Aigerim;
        using var key = Ca.IssueGost(new CertificateProfile(aigerim.Iin, aigerim.FullName, KeyPurpose.Signing));
        Assert.True(GostSignatures.IsGost(key.Certificate));
        var client = await Factory.SignedInAsync(aigerim.Iin);

        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, signature = SignGost(Cadastral, aigerim.Iin, PlotFields, key) }, Ct);

        await Created(response);
    }

    // "EDS authenticity not confirmed" (000.md; 002.md §2.8): same code as the RSA/ECDSA tampered case.
    [Fact]
    public async Task SignedSubmission_GostKeyTamperedContent_RefusedTrust0003NothingStored()
    {
        using var key = Ca.IssueGost(new CertificateProfile(DemoData.Aigerim.Iin, DemoData.Aigerim.FullName, KeyPurpose.Signing));
        var signature = SignGost(Cadastral, DemoData.Aigerim.Iin, PlotFields, key);
        await AssertRefused(DemoData.Aigerim.Iin, new Dictionary<string, string?> { ["cadastralNumber"] = "75-123-045-068" }, signature, "TRUST-0003");
    }

    // The IIN in the GOST certificate must be the applicant's, as for any key.
    [Fact]
    public async Task SignedSubmission_GostKeyOfOtherPerson_RefusedTrust0009()
    {
        using var nurlanKey = Ca.IssueGost(new CertificateProfile(DemoData.Nurlan.Iin, DemoData.Nurlan.FullName, KeyPurpose.Signing));
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, SignGost(Cadastral, DemoData.Aigerim.Iin, PlotFields, nurlanKey), "TRUST-0009");
    }

    // Key usage is read from the GOST certificate as from any other: an authentication key does not sign requests.
    [Fact]
    public async Task SignedSubmission_GostAuthenticationKey_RefusedTrust0008()
    {
        using var key = Ca.IssueGost(new CertificateProfile(DemoData.Aigerim.Iin, DemoData.Aigerim.FullName, KeyPurpose.Authentication));
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, SignGost(Cadastral, DemoData.Aigerim.Iin, PlotFields, key), "TRUST-0008");
    }

    // Sign-in with a GOST authentication key: the challenge is verified like an RSA/ECDSA one (ADR 0010).
    [Fact]
    public async Task CertificateSignIn_GostAuthenticationKey_SignedIn()
    {
        using var key = Ca.IssueGost(new CertificateProfile(DemoData.Aigerim.Iin, DemoData.Aigerim.FullName, KeyPurpose.Authentication));
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var nonce = await NonceAsync(client);
        var signature = Convert.ToBase64String(GostSignatures.SignDetached(System.Text.Encoding.UTF8.GetBytes(nonce), key));

        var response = await client.PostAsJsonAsync("/api/auth/certificate", new { nonce, signature }, Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static string SignGost(string serviceId, string applicantId, IReadOnlyDictionary<string, string?> fields, GostKey key) =>
        Convert.ToBase64String(GostSignatures.SignDetached(RequestCanonicalForm.Build(serviceId, applicantId, fields), key));
}
