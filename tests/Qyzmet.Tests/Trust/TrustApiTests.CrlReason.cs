using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

public abstract partial class TrustApiTests
{
    // Issue 10 item 4; RFC 5280 §5.3.1: a certificate revoked for key compromise is listed with CRLReason keyCompromise,
    // not "unspecified" — a relying party treats the two differently (signatures made before the revocation).
    [Fact]
    public async Task CrlReason_KeyCompromise_KeptOnTheCrl()
    {
        X509Certificate2 key;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            key = scope.ServiceProvider.GetRequiredService<CertificateRegistry>().Issue(new CertificateProfile(DemoData.Igor.Iin, "COMPROMISED", KeyPurpose.Signing));
            await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().SaveChangesAsync(Ct);
        }

        using var owned = key;
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var revoked = await admin.PostAsJsonAsync($"/api/pki/certificates/{key.SerialNumber}/revoke", new { reason = "key compromise" }, Ct);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("keyCompromise", (await revoked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("revocationReason").GetString());

        var crl = new X509CrlParser().ReadCrl(await Factory.CreateClient().GetByteArrayAsync("/pki/crl", Ct));
        var entry = crl.GetRevokedCertificate(new BigInteger(key.SerialNumber, 16));
        Assert.NotNull(entry);
        var extension = entry.GetExtensionValue(X509Extensions.ReasonCode);
        Assert.NotNull(extension);
        var reason = CrlReason.GetInstance(Asn1Object.FromByteArray(extension.GetOctets()));
        Assert.Equal(CrlReason.KeyCompromise, reason.IntValueExact);
    }

    // Bad input is a 400 naming the field, and nothing is revoked.
    [Fact]
    public async Task CrlReason_Unknown_400NamingTheField()
    {
        X509Certificate2 key;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            key = scope.ServiceProvider.GetRequiredService<CertificateRegistry>().Issue(new CertificateProfile(DemoData.Igor.Iin, "KEEP", KeyPurpose.Signing));
            await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().SaveChangesAsync(Ct);
        }

        using var owned = key;
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var response = await admin.PostAsJsonAsync($"/api/pki/certificates/{key.SerialNumber}/revoke", new { reason = "lost it somewhere" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("K-0001", problem.GetProperty("errorCode").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        var list = await admin.GetFromJsonAsync<JsonElement[]>($"/api/pki/certificates?iin={DemoData.Igor.Iin}", Ct);
        Assert.Contains(list!, c => c.GetProperty("serial").GetString() == key.SerialNumber && c.GetProperty("revokedAt").ValueKind == JsonValueKind.Null);
    }
}
