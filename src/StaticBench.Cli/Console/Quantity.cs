using System.Globalization;

namespace StaticBench.Cli.Console;

/// <summary>Human numbers for the run report: times in ns/µs/ms/s, sizes in B/KiB/MiB, counts in k/M/G, three significant digits.</summary>
public static class Quantity
{
    public static string Format(double value, string unit) => unit switch
    {
        "ns" => Scaled(value, [(1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns")]),
        "bytes" => Scaled(value, [(1024 * 1024, "MiB"), (1024, "KiB"), (1, "B")]),
        // Instruction counts: 2.32 M, not "2317825 count"; the metric's name says what is counted.
        "count" => Scaled(value, [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, "")]).TrimEnd(),
        _ => $"{Significant(value)} {unit}",
    };

    public static string Ratio(double? ratio) => ratio is { } r ? $"{Significant(r)}×" : "";

    private static string Scaled(double value, (double Factor, string Unit)[] scales)
    {
        var (factor, unit) = scales.FirstOrDefault(s => Math.Abs(value) >= s.Factor, scales[^1]);
        return $"{Significant(value / factor)} {unit}";
    }

    private static string Significant(double value) =>
        Math.Abs(value) switch
        {
            >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
            >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
            _ => value.ToString("0.00", CultureInfo.InvariantCulture),
        };
}
