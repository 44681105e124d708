using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Telemetry;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>What operators see through OpenTelemetry: a trace per submission and a counter of accepted applications.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Submission_IsTracedAndCountedOnce_ReplayIsNotCountedAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var activities = new ConcurrentBag<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == QyzmetTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(activityListener);
        var counted = new ConcurrentBag<(long Value, string? Service)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == QyzmetTelemetry.Name && instrument.Name == "qyzmet.applications.submitted")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? service = null;
            foreach (var tag in tags)
            {
                service = tag.Key == "qyzmet.service" ? tag.Value as string : service;
            }

            counted.Add((value, service));
        });
        meterListener.Start();

        await using var host = new QyzmetFactory("sqlite", null);
        var client = await host.SignedInAsync(DemoData.Talgat.Iin);
        var key = Guid.NewGuid().ToString();
        // Other tests submit in parallel (and their databases number applications alike): follow this test's own trace.
        using var root = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        string? number = null;
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/land.cadastral-info/applications")
            {
                Content = JsonContent.Create(new { fields = new { cadastralNumber = "75-123-045-067" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            request.Headers.Add("traceparent", root.Id);
            var response = await client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            number = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("number").GetString();
        }

        var traced = activities.Where(a => a.TraceId == root.TraceId && a.GetTagItem("qyzmet.application") as string == number).ToList();
        var span = Assert.Single(traced);
        Assert.Equal("application.submit", span.OperationName);
        Assert.Equal("land.cadastral-info", span.GetTagItem("qyzmet.service"));
        Assert.Contains(counted, c => c.Value == 1 && c.Service == "land.cadastral-info");
    }
}
