namespace StaticBench.Analysis.Tests.ChangePoints;

/// <summary>Series with planted signals under seeded log-normal noise.</summary>
internal static class SeededSeries
{
    public static double[] Steps(int seed, int count, double cv, params (int At, double Change)[] steps)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
        var level = 1000.0;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var (at, change) in steps)
            {
                if (at == i)
                {
                    level *= 1 + change;
                }
            }

            values[i] = level * Math.Exp(sigma * Gaussian(random));
        }

        return values;
    }

    /// <summary>Slow noise with no net change: a sine of <paramref name="amplitude"/> (a fraction) and <paramref name="period"/> commits under the noise.</summary>
    public static double[] Sine(int seed, int count, double cv, double amplitude, double period)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
        var phase = 2 * Math.PI * random.NextDouble();
        return [.. Enumerable.Range(0, count).Select(i => 1000.0 * (1 + amplitude * Math.Sin(2 * Math.PI * i / period + phase)) * Math.Exp(sigma * Gaussian(random)))];
    }

    public static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
