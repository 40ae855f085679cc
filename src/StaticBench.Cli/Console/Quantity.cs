using System.Globalization;

namespace StaticBench.Cli.Console;

/// <summary>Human numbers for the run report: times in ns/µs/ms/s, sizes in B/KiB/MiB, three significant digits.</summary>
public static class Quantity
{
    public static string Format(double value, string unit) => unit switch
    {
        "ns" => Scaled(value, [(1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns")]),
        "bytes" => Scaled(value, [(1024 * 1024, "MiB"), (1024, "KiB"), (1, "B")]),
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
