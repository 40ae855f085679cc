using System.Diagnostics;
using CsCheck;

namespace StaticBench.Testing.Fuzzing;

/// <summary>How a property run went: inputs tried and the wall time they took.</summary>
public sealed record PropertyRun(string Name, int Inputs, TimeSpan Elapsed)
{
    public override string ToString() => $"{Name}: {Inputs} inputs in {Elapsed.TotalSeconds:0.0} s";
}

/// <summary>
/// Runs a property over a CsCheck generator from a fixed seed, so a test run tries the same inputs every time
/// (CsCheck's own <c>Sample</c> seeds only its first iteration). Every input that breaks the property is kept in
/// <see cref="FuzzCorpus"/>, where the replay tests read it from then on, and the failure names that file.
/// The bounded default suits the test suite; for long runs set <see cref="IterationsVariable"/> or
/// <see cref="SecondsVariable"/>, and <see cref="SeedVariable"/> for other inputs (scripts/fuzz.sh).
/// </summary>
public static class SeededProperty
{
    public const string IterationsVariable = "STATICBENCH_FUZZ_ITERATIONS";
    public const string SecondsVariable = "STATICBENCH_FUZZ_SECONDS";
    public const string SeedVariable = "STATICBENCH_FUZZ_SEED";

    /// <summary>Failures gathered before a run stops: enough to see a pattern, few enough to read.</summary>
    private const int MaxFailures = 5;

    /// <summary>Checks <paramref name="property"/> on <paramref name="iterations"/> inputs of <paramref name="gen"/> from <paramref name="seed"/>.</summary>
    /// <param name="filesOf">The input as files for the corpus.</param>
    public static PropertyRun Check<T>(string name, Gen<T> gen, Action<T> property, int iterations, ulong seed, Func<T, IEnumerable<byte[]>> filesOf)
    {
        var (count, deadline) = Bounds(iterations);
        var pcg = new PCG(15, Seed(seed));
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var tried = 0;
        while (tried < count && clock.Elapsed < deadline && failures.Count < MaxFailures)
        {
            var state = pcg.State;
            var input = gen.Generate(pcg, null, out _);
            tried++;
            try
            {
                property(input);
            }
            catch (Exception e)
            {
                var kept = string.Join(", ", filesOf(input).Select(bytes => FuzzCorpus.Keep(name, bytes)));
                failures.Add($"input {tried} (CsCheck seed {pcg.ToString(state)}), kept as {kept}:\n  {input}\n  {e.GetType().Name}: {e.Message}");
            }
        }

        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{name}: {failures.Count} of {tried} inputs broke the property; commit the kept files, they are regression tests now:\n" + string.Join("\n", failures));
        }

        return new PropertyRun(name, tried, clock.Elapsed);
    }

    private static (int Count, TimeSpan Deadline) Bounds(int iterations)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var seconds) && seconds > 0)
        {
            return (int.MaxValue, TimeSpan.FromSeconds(seconds));
        }

        return int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), out var n) && n > 0
            ? (n, TimeSpan.MaxValue)
            : (iterations, TimeSpan.MaxValue);
    }

    private static ulong Seed(ulong fallback) =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : fallback;
}
