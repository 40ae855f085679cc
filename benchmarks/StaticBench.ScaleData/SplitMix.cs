namespace StaticBench.ScaleData;

/// <summary>
/// A tiny counter-based random source (SplitMix64). Every draw is keyed by (seed, stream, a, b), so a
/// run's samples depend only on the seed and its own indices: <c>--append</c> continues a history
/// without replaying the draws before it, and no .NET version change can alter the numbers.
/// </summary>
public struct SplitMix
{
    private ulong _state;

    public SplitMix(int seed, ulong stream, long a = 0, long b = 0)
    {
        _state = Mix((ulong)seed ^ Mix(stream ^ Mix((ulong)a ^ Mix((ulong)b + 0x9E3779B97F4A7C15UL))));
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, count).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    /// <summary>Standard normal (Box-Muller; one of the pair is dropped, which keeps draws independent of call order).</summary>
    public double NextNormal()
    {
        var u = 1.0 - NextDouble(); // (0, 1]: the log stays finite
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    private ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
