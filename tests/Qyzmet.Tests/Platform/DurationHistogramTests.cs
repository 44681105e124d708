using Qyzmet.Platform.Monitoring;

namespace Qyzmet.Tests.Platform;

/// <summary>
/// D-750 (issue 15 "95th-percentile duration per step", issue 16 "national size"; ADR 0030): the fixed buckets of the
/// step-duration histogram and the 95th percentile read from them, against the exact nearest-rank value.
/// </summary>
public sealed class DurationHistogramTests
{
    // D-750: sixteen buckets per doubling; no bucket is wider than 2^(1/16) of its lower bound, and a longer duration is
    // never in a lower bucket.
    [Fact]
    public void Buckets_AreMonotonic_AndNoWiderThanTheDocumentedRatio()
    {
        Assert.Equal(0, DurationHistogram.Bucket(0));
        Assert.Equal(1, DurationHistogram.Bucket(1));
        Assert.Equal(17, DurationHistogram.Bucket(2));
        Assert.Equal(161, DurationHistogram.Bucket(1024));
        Assert.Equal(0.0443, DurationHistogram.MaxRelativeError, 4);
        var lower = new Dictionary<int, long>();
        var upper = new Dictionary<int, long>();
        var previous = 0;
        for (long d = 1; d < 40L * 86_400; d = d < 5000 ? d + 1 : d + d / 997)
        {
            var b = DurationHistogram.Bucket(d);
            Assert.True(b >= previous, $"{d} s fell to bucket {b} after {previous}");
            previous = b;
            lower.TryAdd(b, d);
            upper[b] = d;
        }

        Assert.All(lower, l => Assert.True(upper[l.Key] < l.Value * (1 + DurationHistogram.MaxRelativeError), $"bucket {l.Key}: {l.Value}..{upper[l.Key]}"));
    }

    // D-750: summed over days, the histogram's 95th percentile is within one bucket (4.43 %) of the exact nearest-rank value,
    // and exact when the rank's bucket holds one or two durations.
    [Fact]
    public void Percentile95_FromSummedDays_WithinOneBucketOfExact()
    {
        var random = new Random(750);
        for (var trial = 0; trial < 200; trial++)
        {
            var days = Enumerable.Range(0, random.Next(1, 10))
                .Select(_ => Enumerable.Range(0, random.Next(1, 60)).Select(_ => (long)Math.Round(Math.Exp(random.NextDouble() * 15))).ToList()).ToList();
            var bins = days.SelectMany(day => day.GroupBy(DurationHistogram.Bucket)
                    .Select(g => new DurationHistogram.Bin(g.Key, g.Count(), g.Min(), g.Max())))
                .GroupBy(b => b.Bucket).Select(g => new DurationHistogram.Bin(g.Key, g.Sum(b => b.Count), g.Min(b => b.MinSeconds), g.Max(b => b.MaxSeconds)));
            var all = days.SelectMany(d => d).Order().ToList();
            var exact = all[(all.Count * 95 + 99) / 100 - 1];
            var estimate = DurationHistogram.Percentile95(bins)!.Value;
            Assert.True(Math.Abs(estimate - exact) <= exact * DurationHistogram.MaxRelativeError, $"trial {trial}: {estimate} vs {exact}");
        }

        Assert.Null(DurationHistogram.Percentile95([]));
        Assert.Equal(68_400, DurationHistogram.Percentile95(Enumerable.Range(1, 20).Select(h => (long)h * 3600)
            .GroupBy(DurationHistogram.Bucket).Select(g => new DurationHistogram.Bin(g.Key, g.Count(), g.Min(), g.Max()))));
    }
}
