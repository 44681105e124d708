using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Population;

/// <summary>
/// 004.md §3.1 item 9.2 (the photograph and signature captured at the registration point) and item 9 (portal: the digital
/// photograph and scanned signature as graphic files), D-618: the upload endpoint of an S1 application, through HTTP.
/// </summary>
public abstract class BiometricUploadTests
{
    private const string PassportIdCard = "population-documents.passport-id-card";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent File(string field, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    // D-618: JPEG/PNG by content, size and proportions; each refusal is a 4xx ProblemDetails naming the field, in the
    // caller's language, and stores nothing; after production starts nothing more is added (POP-0034).
    [Fact]
    public async Task PhotoAndSignature_CheckedByContentSizeAndProportions_RefusalsNameTheField_NothingStored()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin, "kk");
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new
        {
            applicantId = DemoData.Dana.Iin,
            fields = new { document = "id-card", @case = "replace-id-card", baseNumber = "0" + DemoData.Dana.Iin[..8], baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "standard", photo = "workstation" },
        }, Ct));
        var number = app.GetProperty("number").GetString()!;
        var url = $"/api/population/passport-applications/{number}/";

        // A GIF named photo.jpg and declared image/jpeg is not a JPEG.
        var gif = await ApiResponses.ProblemAsync(await desk.PostAsync(url + "photo", File("photo", TestImages.Gif(413, 531), "photo.jpg", "image/jpeg"), Ct), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("POP-0030", gif.GetProperty("errorCode").GetString());
        Assert.Contains("«photo» өрісі", gif.GetProperty("errors").GetProperty("photo")[0].GetString());

        var small = await ApiResponses.ProblemAsync(await desk.PostAsync(url + "photo", File("photo", TestImages.Png(200, 257), "photo.png", "image/png"), Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("POP-0032", small.GetProperty("errorCode").GetString());
        Assert.Contains("200×257", small.GetProperty("errors").GetProperty("photo")[0].GetString());

        var large = await ApiResponses.ProblemAsync(await desk.PostAsync(url + "signature", File("signature", TestImages.Jpeg(827, 236, padding: 1024 * 1024 + 10), "s.jpg", "image/jpeg"), Ct), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("POP-0031", large.GetProperty("errorCode").GetString());
        Assert.True(large.GetProperty("errors").TryGetProperty("signature", out _));

        var missing = await ApiResponses.ProblemAsync(await desk.PostAsync(url + "signature", File("photo", TestImages.Jpeg(827, 236), "s.jpg", "image/jpeg"), Ct), HttpStatusCode.BadRequest);
        Assert.Equal("POP-0033", missing.GetProperty("errorCode").GetString());
        Assert.Equal(0, await Files(number));

        // The real files, whatever the declared type says: stored under the type their content has.
        var photo = await ApiResponses.CreatedAsync(await desk.PostAsync(url + "photo", File("photo", TestImages.Png(413, 531), "IMG_0001.jpg", "application/octet-stream"), Ct));
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        Assert.Equal("photo.png", photo.GetProperty("fileName").GetString());
        await ApiResponses.CreatedAsync(await desk.PostAsync(url + "signature", File("signature", TestImages.Jpeg(827, 236), "sig.jpg", "image/jpeg"), Ct));
        Assert.Equal(2, await Files(number));

        // Another citizen cannot add to it; after production starts nobody can.
        var igor = await Factory.SignedInAsync(DemoData.Igor.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await igor.PostAsync(url + "photo", File("photo", TestImages.Png(413, 531), "p.png", "image/png"), Ct)).StatusCode);
        await Factory.PayAsync(desk, number);
        var officer = await Factory.SignedInAsync(Qyzmet.PopulationDocuments.PopulationDemoData.Staff.Single(s => s.UnitId == "migration-police-71" && s.Role == Qyzmet.Platform.Identity.Roles.ProviderExecutor).Iin);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct)).StatusCode);
        var late = await ApiResponses.ProblemAsync(await desk.PostAsync(url + "photo", File("photo", TestImages.Png(413, 531), "p.png", "image/png"), Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("POP-0034", late.GetProperty("errorCode").GetString());
        Assert.Equal(2, await Files(number));
    }

    private async Task<int> Files(string number)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return await db.Attachments.CountAsync(a => db.Applications.Any(x => x.Id == a.ApplicationId && x.Number == number), Ct);
    }
}

public sealed class SqliteBiometricUploadTests(SqliteHost host) : BiometricUploadTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresBiometricUploadTests(PostgresHost host) : BiometricUploadTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
