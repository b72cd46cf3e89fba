namespace KnowledgeGraph.Benchmarks.Synthetic;

/// <summary>The random draws the generator needs, on top of one seeded <see cref="Random"/>.</summary>
internal static class Draw
{
    /// <summary>A heavy-tailed activity factor with mean about 1 (Pareto, shape 2.2): most entities are small, a few are big.</summary>
    public static double Activity(Random random)
    {
        const double shape = 2.2;
        const double scale = (shape - 1) / shape;
        return Math.Min(scale * Math.Pow(1 - random.NextDouble(), -1 / shape), 40);
    }

    /// <summary>A Poisson count; a normal approximation above 30 keeps hubs cheap.</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }
        if (mean > 30)
        {
            var gauss = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * gauss));
        }
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }
        return k;
    }

    /// <summary>One of <paramref name="values"/>, chosen with the given relative weights.</summary>
    public static string Weighted(Random random, IReadOnlyList<(string Value, double Weight)> values)
    {
        var total = 0.0;
        foreach (var (_, weight) in values)
        {
            total += weight;
        }
        var u = random.NextDouble() * total;
        foreach (var (value, weight) in values)
        {
            u -= weight;
            if (u < 0)
            {
                return value;
            }
        }
        return values[^1].Value;
    }

    /// <summary>A year in 1990–2025, most of them in the years around #MeToo (2017–2020), as in the seed graph.</summary>
    public static int Year(Random random, int from = 1990)
    {
        var u = random.NextDouble();
        var year = u < 0.55 ? random.Next(2017, 2021) : u < 0.85 ? random.Next(2010, 2026) : random.Next(1990, 2026);
        return Math.Max(year, from);
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
