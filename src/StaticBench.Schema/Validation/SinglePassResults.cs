using System.Text.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Units;
using static StaticBench.Schema.Validation.StrictTokens;

namespace StaticBench.Schema.Validation;

/// <summary>
/// The <c>results</c> of a result file for <see cref="SinglePassReader"/>: each entry checked as
/// <see cref="BenchmarkResultChecker"/> checks it, then normalized as <see cref="ResultReader.Normalize"/> would and
/// held as <see cref="ResultColumns"/> (with an interner) as <see cref="ResultReader"/> holds them.
/// </summary>
internal static class SinglePassResults
{
    private static readonly MemberNames ResultNames =
        new(["benchmark", "parameters", "engine", "phase", "metric", "unit", "better", "samples", "summary", "exact"], "benchmark", "phase", "metric", "unit", "better", "samples");

    private static readonly MemberNames EngineNames = new(["name", "version", "config", "flags"], "name");

    private static readonly MemberNames SummaryNames = new(["n", "min", "median", "max"], "n", "min", "median", "max");

    /// <summary>Samples of the entry being read, before they are copied to an array of their exact size.</summary>
    [ThreadStatic]
    private static double[]? SampleBuffer;

    /// <summary>Entries of the file being read, before they are copied to an array of their exact size.</summary>
    [ThreadStatic]
    private static List<BenchmarkResult>? ResultBuffer;

    /// <summary>Series identities of the file being checked.</summary>
    [ThreadStatic]
    private static HashSet<string>? SeriesBuffer;

    /// <summary>
    /// Every entry of the <c>results</c> array: as columns whose headers <paramref name="interner"/> shares
    /// (<see cref="ResultColumns"/>), each entry's samples parsed straight into them; without an interner, as results.
    /// </summary>
    public static IReadOnlyList<BenchmarkResult> ReadAll(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartArray);
        if (interner is not null)
        {
            var columns = new ResultColumns.Builder();
            for (Read(ref r); r.TokenType != JsonTokenType.EndArray; Read(ref r))
            {
                var entry = ReadOne(ref r, interner);
                var (n, min, median, max) = entry.Summary;
                entry.Samples.CopyTo(columns.Reserve(entry.Samples.Length));
                columns.Add(entry.Header, entry.Samples.Length, n, min, median, max);
            }

            return columns.Build(interner);
        }

        var results = ResultBuffer ??= [];
        results.Clear();
        for (Read(ref r); r.TokenType != JsonTokenType.EndArray; Read(ref r))
        {
            var entry = ReadOne(ref r, null);
            var (n, min, median, max) = entry.Summary;
            results.Add(entry.Header with { Samples = entry.Samples.ToArray(), Summary = new SampleSummary { N = n, Min = min, Median = median, Max = max } });
        }

        var all = results.ToArray();
        results.Clear();
        return all;
    }

    /// <summary>Refuses two entries of one series (<c>ResultValidator.CheckResults</c>).</summary>
    public static void CheckSeries(IReadOnlyList<BenchmarkResult> results, string machine, ResultInterner? interner)
    {
        if (results.Count < 2)
        {
            return;
        }

        // Identities from an interner are shared strings, so comparing references is comparing texts.
        var seen = interner is null ? new HashSet<string>(StringComparer.Ordinal) : SeriesBuffer ??= new HashSet<string>(ReferenceEqualityComparer.Instance);
        seen.Clear();
        for (var i = 0; i < results.Count; i++)
        {
            var result = ResultColumns.HeaderOf(results, i);
            if (!seen.Add(interner?.SeriesIdentity(machine, result) ?? SeriesKey.Of(machine, result).ToString()))
            {
                throw Refused();
            }
        }
    }

    /// <summary>One entry: its header (shared when <paramref name="interner"/> is given), its samples (in a buffer of this thread, valid until the next entry) and its summary, all in the canonical unit.</summary>
    private static Entry ReadOne(scoped ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? benchmark = null, phase = null, metric = null, unit = null;
        var better = Better.Lower;
        Dictionary<string, ParameterValue>? parameters = null;
        EngineInfo? engine = null;
        Span<double> samples = default;
        (long N, double Min, double Median, double Max)? summary = null;
        bool? exact = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, ResultNames, ref seen); member >= 0; member = NextMember(ref r, ResultNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    benchmark = Text(ref r, required: true, interner);
                    break;
                case 1:
                    parameters = ReadParameters(ref r, interner);
                    break;
                case 2:
                    engine = ReadEngine(ref r, interner);
                    break;
                case 3:
                    phase = Text(ref r, required: true, interner);
                    break;
                case 4:
                    metric = Text(ref r, required: true, interner);
                    break;
                case 5:
                    unit = Text(ref r, required: true, interner);
                    break;
                case 6:
                    better = ReadBetter(ref r);
                    break;
                case 7:
                    samples = ReadSamples(ref r);
                    break;
                case 8:
                    summary = ReadSummary(ref r);
                    break;
                default:
                    exact = Boolean(ref r);
                    break;
            }
        }

        if (!UnitTable.IsAccepted(unit!))
        {
            throw Refused();
        }

        var (canonical, factor) = UnitTable.Normalize(unit!);
        var normalized = Normalize(samples, summary, factor);
        var shared = parameters is { Count: > 0 } && interner is not null ? interner.Parameters(parameters) : parameters;
        var header = interner?.Header(benchmark!, shared, engine, phase!, metric!, interner.String(canonical), better, exact) ?? new BenchmarkResult
        {
            Benchmark = benchmark!, Phase = phase!, Metric = metric!, Unit = canonical, Better = better, Parameters = shared, Engine = engine,
            Samples = [], Exact = exact,
        };
        return new Entry(header, samples, normalized);
    }

    /// <summary>An entry read: its header (no samples, no summary), its samples and its summary's values.</summary>
    private readonly ref struct Entry(BenchmarkResult header, Span<double> samples, (int N, double Min, double Median, double Max) summary)
    {
        public BenchmarkResult Header { get; } = header;

        public ReadOnlySpan<double> Samples { get; } = samples;

        public (int N, double Min, double Median, double Max) Summary { get; } = summary;
    }

    /// <summary>
    /// Checks samples and summary against each other and against <see cref="SampleRange"/> in the canonical unit
    /// (<c>BenchmarkResultChecker.CheckSamples</c> and <c>CheckSummary</c>), then converts both to that unit in place.
    /// </summary>
    private static (int N, double Min, double Median, double Max) Normalize(Span<double> samples, (long N, double Min, double Median, double Max)? summary, double factor)
    {
        double smallest = double.PositiveInfinity, largest = double.NegativeInfinity;
        foreach (var sample in samples)
        {
            if (!SampleRange.Contains(sample * factor))
            {
                throw Refused();
            }

            smallest = Math.Min(smallest, sample);
            largest = Math.Max(largest, sample);
        }

        if (summary is { } s)
        {
            if (!SampleRange.Contains(s.Min * factor) || !SampleRange.Contains(s.Median * factor) || !SampleRange.Contains(s.Max * factor)
                || s.N != samples.Length || !(s.Min <= s.Median && s.Median <= s.Max) || s.Min > smallest || s.Max < largest)
            {
                throw Refused();
            }
        }

        if (factor != 1)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] *= factor;
            }
        }

        if (summary is { } given)
        {
            return ((int)given.N, given.Min * factor, given.Median * factor, given.Max * factor);
        }

        var computed = SampleSummary.Of(samples.ToArray());
        return (computed.N, computed.Min, computed.Median, computed.Max);
    }

    private static Better ReadBetter(ref Utf8JsonReader r)
    {
        // An escaped spelling of either word is left to the thorough reader.
        Expect(ref r, JsonTokenType.String);
        return r.ValueIsEscaped ? throw Refused()
            : r.ValueSpan.SequenceEqual("lower"u8) ? Better.Lower
            : r.ValueSpan.SequenceEqual("higher"u8) ? Better.Higher
            : throw Refused();
    }

    private static Span<double> ReadSamples(scoped ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var buffer = SampleBuffer ??= new double[64];
        var count = 0;
        for (Read(ref r); r.TokenType != JsonTokenType.EndArray; Read(ref r))
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                SampleBuffer = buffer;
            }

            buffer[count++] = Finite(ref r);
        }

        return count > 0 ? buffer.AsSpan(0, count) : throw Refused();
    }

    private static (long N, double Min, double Median, double Max) ReadSummary(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        long n = 0;
        double min = 0, median = 0, max = 0;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, SummaryNames, ref seen); member >= 0; member = NextMember(ref r, SummaryNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    n = Integer(ref r, min: 1);
                    break;
                case 1:
                    min = Finite(ref r);
                    break;
                case 2:
                    median = Finite(ref r);
                    break;
                default:
                    max = Finite(ref r);
                    break;
            }
        }

        return (n, min, median, max);
    }

    private static Dictionary<string, ParameterValue> ReadParameters(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        for (Read(ref r); r.TokenType != JsonTokenType.EndObject; Read(ref r))
        {
            var name = Text(ref r, required: true, interner);
            Read(ref r);
            var value = r.TokenType switch
            {
                JsonTokenType.String => ParameterValue.Of(Text(ref r, required: false, interner)),
                JsonTokenType.Number => ParameterValue.Of(Finite(ref r)),
                JsonTokenType.True => ParameterValue.Of(true),
                JsonTokenType.False => ParameterValue.Of(false),
                _ => throw Refused(),
            };
            if (!parameters.TryAdd(name, value))
            {
                throw Refused();
            }
        }

        return parameters;
    }

    private static EngineInfo ReadEngine(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? name = null, version = null, config = null, flags = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, EngineNames, ref seen); member >= 0; member = NextMember(ref r, EngineNames, ref seen))
        {
            var text = Text(ref r, required: member == 0, interner);
            switch (member)
            {
                case 0:
                    name = text;
                    break;
                case 1:
                    version = text;
                    break;
                case 2:
                    config = text;
                    break;
                default:
                    flags = text;
                    break;
            }
        }

        return interner?.Engine(name!, version, config, flags) ?? new EngineInfo { Name = name!, Version = version, Config = config, Flags = flags };
    }
}
