namespace KnowledgeGraph.Benchmarks.Synthetic;

/// <summary>
/// Picks indices 0..n-1 with probability proportional to 1/(i+1)^exponent, so index 0 is the biggest hub and the
/// tail is long: the degree shape of citations, partnerships and "where was it tried" links in the seed graph.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[Math.Max(count, 0)];
        var total = 0.0;
        for (var i = 0; i < _cumulative.Length; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }
    }

    public int Count => _cumulative.Length;

    /// <summary>One index below <paramref name="limit"/> (the whole range by default).</summary>
    public int Next(Random random, int limit = int.MaxValue)
    {
        var n = Math.Min(limit, _cumulative.Length);
        var u = random.NextDouble() * _cumulative[n - 1];
        var i = Array.BinarySearch(_cumulative, 0, n, u);
        return Math.Min(i < 0 ? ~i : i, n - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct indices below <paramref name="limit"/>, in the order drawn.</summary>
    public List<int> Distinct(Random random, int count, int limit = int.MaxValue)
    {
        var n = Math.Min(limit, _cumulative.Length);
        count = Math.Min(count, n);
        var picked = new List<int>(count);
        if (count <= 0)
        {
            return picked;
        }
        var seen = new HashSet<int>();
        // Hubs repeat often; a bounded number of draws keeps a near-exhaustive request from spinning.
        for (var attempts = 0; picked.Count < count && attempts < count * 20 + 50; attempts++)
        {
            var i = Next(random, n);
            if (seen.Add(i))
            {
                picked.Add(i);
            }
        }
        return picked;
    }
}
