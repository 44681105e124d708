using System.Collections;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Hostile input" (D-813): every API endpoint that reads a JSON body (found in the endpoint data sources, as the
/// authorization matrix finds them) is sent, by callers of every kind that may reach its body, JSON nested 10,000 deep,
/// a body of the wrong JSON type, each of its fields with a value of the wrong type, and bodies over the size limit
/// (announced and chunked). Every answer is a 4xx ProblemDetails whose errorCode names the problem (never a 5xx, never
/// a hang) and no table gains or loses a row. A caller the endpoint refuses hears 401/403 before its body is read (D-816).
/// </summary>
public sealed class HostileJsonTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Callers =
    [
        DemoData.Aigerim.Iin, DemoData.PscOperator.Iin, DemoData.LandExecutor.Iin, DemoData.LandHead.Iin, DemoData.Administrator.Iin,
    ];

    /// <summary>The JSON-body endpoints: method, route pattern, sample URL and the body's type.</summary>
    internal static List<(string Method, string Pattern, string Path, Type Body)> JsonEndpoints(IServiceProvider services)
    {
        var list = new List<(string, string, string, Type)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
                .FirstOrDefault(a => a.RequestType is not null && a.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase)));
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (accepts?.RequestType is null || !pattern.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                if (seen.Add(method + " " + pattern))
                {
                    list.Add((method, pattern, AuthorizationMatrixTests.Sample(endpoint.RoutePattern), accepts.RequestType));
                }
            }
        }

        return list;
    }

    [Fact]
    public async Task DeepWrongTypedAndHugeJson_OnEveryJsonEndpoint_Is4xxProblem_AndWritesNothing()
    {
        var factory = host.Factory;
        var owner = await factory.SignedInAsync(DemoData.Aigerim.Iin);
        var applied = await owner.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync(Ct));
        var number = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;

        var endpoints = JsonEndpoints(factory.Services);
        Assert.True(endpoints.Count > 25, $"only {endpoints.Count} JSON endpoints found");
        var clients = new List<HttpClient>();
        foreach (var iin in Callers)
        {
            clients.Add(await factory.SignedInAsync(iin));
        }

        var before = await RowCountsAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, pattern, path, body) in endpoints)
        {
            var url = path.Replace("{number}", number, StringComparison.Ordinal);
            foreach (var (what, payload) in Payloads(body))
            {
                foreach (var client in clients)
                {
                    sent++;
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
                    timeout.CancelAfter(TimeSpan.FromSeconds(20));
                    using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = payload() };
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request, timeout.Token);
                    }
                    catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
                    {
                        failures.Add($"{method} {pattern} {what}: no answer within 20 s");
                        continue;
                    }

                    var text = await response.Content.ReadAsStringAsync(Ct);
                    var status = (int)response.StatusCode;
                    var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                    if (status is < 400 or >= 500 || !problem || !text.Contains("\"errorCode\"", StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {pattern} {what}: {status} {Trim(text)}");
                    }
                    else if (what is "deep objects" or "deep in a field" && !IsCollection(body) && status == 400 && !text.Contains("SEC-0009", StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {pattern} {what}: 400 without naming the nesting (SEC-0009): {Trim(text)}");
                    }
                    else if (what.StartsWith("huge", StringComparison.Ordinal) && status is not (413 or 401 or 403))
                    {
                        failures.Add($"{method} {pattern} {what}: {status} instead of 413: {Trim(text)}");
                    }
                    else if (what.StartsWith("field ", StringComparison.Ordinal) && status == 400 && text.Contains("K-0006", StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {pattern} {what}: the field is not named: {Trim(text)}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} answers wrong:\n" + string.Join('\n', failures.Distinct().Take(150)));
        Assert.Equal(before, await RowCountsAsync());
    }

    /// <summary>The answer's errorCode and detail (without the trace id, so that the same failure reads the same for every caller).</summary>
    private static string Trim(string s)
    {
        try
        {
            var root = JsonDocument.Parse(s).RootElement;
            return $"{root.GetProperty("errorCode").GetString()} {root.GetProperty("detail").GetString()}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return s.Length > 200 ? s[..200] : s;
        }
    }

    private static IEnumerable<(string What, Func<HttpContent> Body)> Payloads(Type body)
    {
        const int Depth = 10_000;
        yield return ("deep arrays", () => Json(new string('[', Depth) + new string(']', Depth)));
        yield return ("deep objects", () => Json(string.Concat(Enumerable.Repeat("{\"a\":", Depth)) + "1" + new string('}', Depth)));
        var first = JsonProperties(body).FirstOrDefault();
        if (first.Name is not null)
        {
            yield return ("deep in a field", () => Json("{\"" + first.Name + "\":" + new string('[', Depth) + new string(']', Depth) + "}"));
        }

        yield return ("wrong type: array", () => Json(IsCollection(body) ? "{}" : "[1,2,3]"));
        yield return ("wrong type: string", () => Json("\"text\""));
        yield return ("wrong type: number", () => Json("42"));
        foreach (var (name, type) in JsonProperties(body))
        {
            var wrong = WrongValueFor(type);
            yield return ($"field {name}={wrong}", () => Json("{\"" + name + "\":" + wrong + "}"));
        }

        // Over the 256 KB limit: announced (Content-Length) and chunked (no length: the limit stops the read).
        var huge = (IsCollection(body) ? "[\"" : "{\"x\":\"") + new string('a', 2 * 1024 * 1024) + (IsCollection(body) ? "\"]" : "\"}");
        yield return ("huge announced", () => Json(huge));
        yield return ("huge chunked", () => Chunked(huge));
    }

    private static ChunkedContent Chunked(string text)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new("application/json");
        return new ChunkedContent(content);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>The body type's properties as the API's JSON names them (camelCase), with their types.</summary>
    private static IEnumerable<(string Name, Type Type)> JsonProperties(Type body) => IsCollection(body)
        ? []
        : body.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || p.DeclaringType!.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType));

    /// <summary>A body that is a JSON array (a list of rows).</summary>
    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type);

    private static string WrongValueFor(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "{\"nested\":true}"
            : type == typeof(bool) ? "\"yes\""
            : type.IsPrimitive || type == typeof(decimal) ? "\"not a number\""
            : type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type == typeof(TimeOnly) ? "12345"
            : type.IsEnum ? "[]"
            : typeof(IDictionary).IsAssignableFrom(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>)) ? "[1]"
            : typeof(IEnumerable).IsAssignableFrom(type) ? "\"text\""
            : type == typeof(JsonElement) ? new string('[', 5000) + new string(']', 5000)
            : "\"text\"";
    }

    /// <summary>Rows per table, so that "nothing written" covers every table, whatever a handler might touch.</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        // Sign-in sessions are touched by every signed-in request; access logs record reads, not writes. Sign-in attempts are
        // counted per address whatever their body (D-814): a flood of broken sign-ins is limited like any other.
        counts.Remove("trust_sessions");
        counts.Remove("sec_rate_counts");
        return counts;
    }

    /// <summary>Sends the inner content without a Content-Length (Transfer-Encoding: chunked).</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly HttpContent inner;

        public ChunkedContent(HttpContent inner)
        {
            this.inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
