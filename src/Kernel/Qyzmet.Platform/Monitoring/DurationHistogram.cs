namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// The fixed buckets of the step-duration histogram (D-750) and the 95th percentile read from summed buckets.
/// Bucket 0 holds 0 s; bucket b ≥ 1 holds the durations d (whole seconds) with ⌊16·log₂ d⌋ = b − 1, i.e.
/// 2^((b−1)/16) ≤ d &lt; 2^(b/16): sixteen buckets per doubling, each 4.43 % wider than its lower bound, up to bucket 640
/// (2^40 s, far beyond any term). Every bucket also keeps its shortest and longest duration, so the estimate is the
/// nearest-rank value interpolated between them: it lies in the same bucket as the true value, hence within 4.43 % of it,
/// and is exact when the bucket holds one duration, two, or evenly spaced ones.
/// </summary>
public static class DurationHistogram
{
    public const int PerDoubling = 16;

    public const int MaxBucket = 40 * PerDoubling;

    /// <summary>The largest relative error of <see cref="Percentile95"/> against the exact nearest-rank value (2^(1/16) − 1).</summary>
    public static readonly double MaxRelativeError = Math.Pow(2, 1.0 / PerDoubling) - 1;

    public static int Bucket(long seconds) =>
        seconds <= 0 ? 0 : Math.Min(MaxBucket, 1 + (int)Math.Floor(PerDoubling * Math.Log2(seconds)));

    /// <summary>One summed bucket.</summary>
    public readonly record struct Bin(int Bucket, long Count, long MinSeconds, long MaxSeconds);

    /// <summary>
    /// The nearest-rank 95th percentile (the value at rank ⌈0.95·n⌉, as D-742 defines it) of the durations the buckets hold,
    /// null when they hold none.
    /// </summary>
    public static long? Percentile95(IEnumerable<Bin> bins)
    {
        var sorted = bins.Where(b => b.Count > 0).OrderBy(b => b.Bucket).ToList();
        var n = sorted.Sum(b => b.Count);
        if (n == 0)
        {
            return null;
        }

        var rank = (n * 95 + 99) / 100;
        var before = 0L;
        foreach (var bin in sorted)
        {
            if (before + bin.Count >= rank)
            {
                var k = rank - before; // 1..Count within the bucket
                return bin.Count == 1 || bin.MaxSeconds == bin.MinSeconds ? bin.MinSeconds
                    : bin.MinSeconds + (long)Math.Round((double)(bin.MaxSeconds - bin.MinSeconds) * (k - 1) / (bin.Count - 1), MidpointRounding.AwayFromZero);
            }

            before += bin.Count;
        }

        return sorted[^1].MaxSeconds;
    }
}
