namespace StaticBench.ScaleData;

/// <summary>A step planted in one benchmark: from run <see cref="Run"/> on, its level is multiplied by <see cref="Factor"/>.</summary>
public sealed record PlantedStep(int Benchmark, int Run, double Factor);

/// <summary>
/// The truth behind the samples: each benchmark has a base level, log-uniform over 10 us .. 100 ms,
/// and 0-3 steps of 3-30% (up or down) at seeded runs; each sample is its level times log-normal
/// noise of about 3% CV, rounded to whole nanoseconds as a real timer reports them.
/// </summary>
public sealed class PlantedSignal
{
    /// <summary>Coefficient of variation of one sample around its level.</summary>
    public const double NoiseCv = 0.03;

    private static readonly double Sigma = Math.Sqrt(Math.Log(1 + (NoiseCv * NoiseCv)));
    private readonly ScaleShape _shape;
    private readonly double[] _base;
    private readonly PlantedStep[][] _steps;

    public PlantedSignal(ScaleShape shape)
    {
        _shape = shape;
        _base = new double[shape.Benchmarks];
        _steps = new PlantedStep[shape.Benchmarks][];
        for (var b = 0; b < shape.Benchmarks; b++)
        {
            var random = new SplitMix(shape.Seed, stream: 1, b);
            _base[b] = Math.Exp(Math.Log(1e4) + (random.NextDouble() * (Math.Log(1e8) - Math.Log(1e4))));
            _steps[b] = PlantSteps(b, ref random);
        }
    }

    /// <summary>Every planted step, by benchmark then run.</summary>
    public IEnumerable<PlantedStep> Steps => _steps.SelectMany(s => s);

    /// <summary>The base level of a benchmark, in ns.</summary>
    public double BaseNs(int benchmark) => _base[benchmark];

    /// <summary>Fills <paramref name="samples"/> with the benchmark's samples in one run.</summary>
    public void Sample(int benchmark, int run, Span<long> samples)
    {
        var level = _base[benchmark];
        foreach (var step in _steps[benchmark])
        {
            level *= step.Run <= run ? step.Factor : 1.0;
        }

        var random = new SplitMix(_shape.Seed, stream: 2, run, benchmark);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Math.Max(1, (long)Math.Round(level * Math.Exp(Sigma * random.NextNormal())));
        }
    }

    // Steps sit between 5% and 95% of the planned runs, at least a tenth of them apart, so each
    // has points on both sides; a history too short for that gets fewer steps.
    private PlantedStep[] PlantSteps(int benchmark, ref SplitMix random)
    {
        var count = random.NextInt(4);
        var (from, to) = (Math.Max(1, _shape.PlannedRuns / 20), _shape.PlannedRuns - Math.Max(1, _shape.PlannedRuns / 20));
        var gap = Math.Max(1, _shape.PlannedRuns / 10);
        var runs = new SortedSet<int>();
        for (var attempt = 0; attempt < 20 && runs.Count < count && to > from; attempt++)
        {
            var run = from + random.NextInt(to - from);
            if (runs.All(r => Math.Abs(r - run) >= gap))
            {
                runs.Add(run);
            }
        }

        var steps = new List<PlantedStep>(runs.Count);
        foreach (var run in runs)
        {
            var size = 0.03 + (random.NextDouble() * 0.27);
            steps.Add(new PlantedStep(benchmark, run, random.NextDouble() < 0.5 ? 1 + size : 1 / (1 + size)));
        }

        return [.. steps];
    }
}
