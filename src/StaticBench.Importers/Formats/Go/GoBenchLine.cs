using System.Text.RegularExpressions;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Go;

/// <summary>
/// One result line of <c>go test -bench</c>: <c>BenchmarkSort/size=64-2  2000  4732 ns/op  64.00 elems/op  24 B/op  1 allocs/op</c>.
/// The <c>Benchmark</c> prefix is dropped; the <c>-2</c> suffix (GOMAXPROCS) becomes parameter <c>procs</c>;
/// <c>key=value</c> sub-benchmark names become parameters. Then value/unit pairs: <c>ns/op</c> is wall-time,
/// <c>B/op</c> allocated-bytes, <c>allocs/op</c> allocations, <c>MB/s</c> throughput (higher is better), and
/// each custom <c>b.ReportMetric</c> unit a metric of its own name.
/// </summary>
public static partial class GoBenchLine
{
    public static (BenchmarkName Name, IReadOnlyList<(Measure Measure, double Value)> Values)? Parse(string line)
    {
        var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 4 || !long.TryParse(fields[1], out _))
        {
            return null;
        }

        var values = new List<(Measure, double)>();
        for (var i = 2; i + 1 < fields.Length; i += 2)
        {
            if (!ToolUnit.TryParseNumber(fields[i], out var value))
            {
                return null;
            }

            values.Add((MeasureOf(fields[i + 1]), value));
        }

        return (NameOf(fields[0]["Benchmark".Length..]), values);
    }

    private static Measure MeasureOf(string unit) => unit switch
    {
        "ns/op" => Measure.WallTime("ns"),
        "B/op" => new Measure("execute", "allocated-bytes", "B", Exact: true),
        "allocs/op" => new Measure("execute", "allocations", "count", Exact: true),
        "MB/s" => new Measure("execute", "throughput", "MB/s", Better.Higher),
        _ => Custom(unit),
    };

    /// <summary>A <c>b.ReportMetric</c> unit: the metric is named by the unit as written.</summary>
    private static Measure Custom(string unit)
    {
        var (canonical, better) = ToolUnit.Read(unit);
        return new Measure("execute", unit, canonical, better);
    }

    private static BenchmarkName NameOf(string name)
    {
        var procs = ProcsSuffix().Match(name);
        var parsed = BenchmarkName.Parse(procs.Success ? name[..procs.Index] : name);
        return procs.Success ? parsed.With("procs", ParameterValue.Of(double.Parse(procs.Groups[1].Value))) : parsed;
    }

    [GeneratedRegex(@"-(\d+)$")]
    private static partial Regex ProcsSuffix();
}
