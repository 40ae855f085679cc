using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Formatting;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Cli.Commands;

/// <summary>Options of <c>staticbench detect</c>.</summary>
public sealed record DetectOptions(string Input, string Format, double? MinEffect, string Detector, bool HigherIsBetter, bool Exact = false);

/// <summary>
/// One series of the detect command's input: each entry a point's value, its raw samples (the value is their median),
/// or null for a gap (no measurement there; positions in the output still count it).
/// </summary>
public sealed record DetectSeries(double?[] Values, IReadOnlyList<double>?[] Samples)
{
    /// <summary>Positions of the points that are not gaps, in order.</summary>
    public int[] Present => [.. Enumerable.Range(0, Values.Length).Where(i => Values[i] is not null)];
}

/// <summary><c>staticbench detect --input series.json</c>: the site's change-point detector on any series.</summary>
public static class DetectCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input")
        {
            Description = "JSON file {\"name\": [values...], ...}; a value may be null (a gap) or an array of one point's samples; - for standard input.",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = "pretty or json.", DefaultValueFactory = _ => "pretty" };
        format.AcceptOnlyFromAmong("pretty", "json");
        var minEffect = new Option<double?>("--min-effect") { Description = $"Smallest relative step that counts, e.g. 0.02 for 2% (default {new DetectorOptions().MinEffect.ToString(System.Globalization.CultureInfo.InvariantCulture)})." };
        var detector = new Option<string>("--detector")
        {
            Description = $"Detector: {string.Join(", ", ChangePointDetectors.All.Select(d => d.Name))}.",
            DefaultValueFactory = _ => ChangePointDetectors.Default.Name,
        };
        var higher = new Option<bool>("--higher-is-better") { Description = "Values are higher-is-better (throughput); only changes the words of the pretty output." };
        var exact = new Option<bool>("--exact") { Description = "Values are deterministic (instruction counts, sizes): every change beyond 0.01% is reported, without statistics." };
        var command = new Command("detect", "Find steps (change points) in series of values with the detector the site uses (docs/statistics.md).")
        {
            input, format, minEffect, detector, higher, exact,
        };
        command.SetAction(parse => Run(context, new DetectOptions(
            parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(minEffect), parse.GetValue(detector)!, parse.GetValue(higher), parse.GetValue(exact))));
        return command;
    }

    public static int Run(CliContext context, DetectOptions options) => CommandErrors.Run(context, () => Detect(context, options));

    private static int Detect(CliContext context, DetectOptions options)
    {
        var detector = ChangePointDetectors.Find(options.Detector);
        if (detector is null)
        {
            return CommandErrors.Fail(context, $"unknown detector '{options.Detector}'");
        }

        var series = Read(options.Input);
        var detectorOptions = options.MinEffect is { } m ? new DetectorOptions { MinEffect = m } : new DetectorOptions();
        var better = options.HigherIsBetter ? Better.Higher : Better.Lower;
        var results = series.Select(s => (s.Key, Scan: Scan(s.Value, detector, detectorOptions, options.Exact, better))).ToArray();
        var statuses = results.ToDictionary(r => r.Key, r => SeriesStatus.Of(series[r.Key].Present.Length, r.Scan.OnPoints, better, r.Scan.CouldJudge, r.Scan.OnPointsExcursions));
        if (options.Format == "json")
        {
            var root = new JsonObject();
            foreach (var (name, scan) in results)
            {
                root[name] = new JsonArray(scan.Changes.Select(c =>
                {
                    var change = new JsonObject
                    {
                        ["index"] = c.Index,
                        ["change"] = Math.Round(c.Change, 6),
                        ["confidence"] = Math.Round(c.Confidence, 6),
                    };
                    if (scan.Excursions.Containing(c.Index) is { } e)
                    {
                        // Only on steps a later step undid or within the series' wander, so the output of other series is unchanged.
                        change["excursion"] = new JsonObject { ["from"] = e.From, ["to"] = e.To, ["peak"] = Math.Round(e.Peak, 6), ["net"] = Math.Round(e.Net, 6) };
                        if (e.Wander is { } wander)
                        {
                            change["excursion"]!["wander"] = Math.Round(wander, 6);
                        }

                        if (e.Shape is { } shape)
                        {
                            change["excursion"]!["shape"] = shape.ToString().ToLowerInvariant(); // level, curve, sawtooth
                        }
                    }

                    return (JsonNode)change;
                }).ToArray());
            }

            context.Out.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        foreach (var (name, scan) in results)
        {
            var s = series[name];
            var gaps = s.Values.Length - s.Present.Length;
            var status = statuses[name];
            var statusText = status.Change is { } change
                ? string.Create(CultureInfo.InvariantCulture, $"{status.Word} {ValueText.Ratio(change)}, {(status.PointsAgo == 0 ? "at the newest point" : $"{status.PointsAgo} point(s) ago")}")
                : status.Text;
            context.Out.WriteLine($"{name}: {s.Present.Length} point(s){(gaps > 0 ? $" and {gaps} gap(s)" : "")}, {scan.Changes.Count} change(s){(scan.Creeps.Count > 0 ? $", {scan.Creeps.Count} creep(s)" : "")}; status: {statusText}");
            foreach (var creep in scan.Creeps)
            {
                var undone = scan.Excursions.Around(creep.To) is { } e ? $"; undone within the excursion from {e.From} to {e.To}"
                    : creep.BackAt is { } back ? $"; taken back at {back} ({ValueText.Ratio(creep.Left)} left)" : "";
                context.Out.WriteLine($"  creep from {creep.From} to {creep.To}: {FindingsBuilder.CreepText(creep)}, confidence {ValueText.Confidence(creep.Confidence)}{undone}");
            }

            foreach (var e in scan.Excursions)
            {
                context.Out.WriteLine($"  {ExcursionText(e)}");
            }

            foreach (var c in scan.Changes)
            {
                var worse = options.HigherIsBetter ? c.Change < 0 : c.Change > 0;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  at {c.Index}: {ValueText.Ratio(c.Change)} ({(worse ? "regression" : "improvement")}), {(options.Exact ? "exact" : "confidence " + ValueText.Confidence(c.Confidence))}"));
            }
        }

        return 0;
    }

    /// <summary>
    /// One series scanned as the site scans it: exact changes, or the detector over the points' values plus the sample
    /// test where samples are given (<see cref="SampleSteps"/>). Gaps are left out and the changes' positions mapped back.
    /// </summary>
    private static (IReadOnlyList<ChangePoint> Changes, IReadOnlyList<ChangePoint> OnPoints, IReadOnlyList<Creep> Creeps, IReadOnlyList<Excursion> Excursions, IReadOnlyList<Excursion> OnPointsExcursions, bool CouldJudge) Scan(
        DetectSeries series, IChangePointDetector detector, DetectorOptions options, bool exact, Better better)
    {
        var present = series.Present;
        var values = present.Select(i => series.Values[i]!.Value).ToArray();
        IReadOnlyList<double> SamplesAt(int k) => series.Samples[present[k]] ?? [values[k]];
        IReadOnlyList<ChangePoint> onPoints;
        IReadOnlyList<Creep> creeps = [];
        IReadOnlyList<Excursion> excursions = [];
        if (exact)
        {
            onPoints = ExactChanges.Find(values, Enumerable.Range(0, values.Length)
                .Select(k => SamplesAt(k) is var x && x.Count > 0 ? ExactChanges.Spread(x.Min(), values[k], x.Max()) : 0).ToArray());
        }
        else
        {
            var scan = SeriesScan.Of(detector, values, options, worseIsUp: better == Better.Lower);
            onPoints = SampleSteps.With(scan.Changes, values.Length, SamplesAt, options);
            creeps = [.. scan.Creeps
                .Select(c => c with { From = present[c.From], To = present[c.To], BackAt = c.BackAt is { } back ? present[back] : null })];
            excursions = scan.Excursions;
        }

        var couldJudge = SeriesStatus.CouldJudge(values.Length, exact, k => SamplesAt(k).Count, options);
        var mapped = excursions.Select(e => e with { From = present[e.From], To = present[e.To], Steps = [.. e.Steps.Select(k => present[k])] }).ToArray();
        return (onPoints.Select(c => c with { Index = present[c.Index] }).ToArray(), onPoints, creeps, mapped, excursions, couldJudge);
    }

    /// <summary>"excursion from 120 to 190: up to +4.1%, back within -0.3% (2 steps, 70 commits)": a step and the steps that undid it.</summary>
    private static string ExcursionText(Excursion e) => e.CameBack
        ? $"excursion from {e.From} to {e.To}: {FindingsBuilder.ExcursionText(e)}"
        : $"step at {e.From}: {FindingsBuilder.ExcursionText(e)}";

    /// <summary>The series in <paramref name="input"/> (a file, or <c>-</c> for standard input).</summary>
    private static Dictionary<string, DetectSeries> Read(string input)
    {
        try
        {
            return Parse(input == "-" ? System.Console.In.ReadToEnd() : File.ReadAllText(input));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            // A JSON parser's message says where in the text, not which input: name it.
            throw new InvalidDataException($"{input}: {e.Message}", e);
        }
    }

    /// <summary>Parses <c>{"name": [entries...]}</c>, each entry a number, null (a gap) or an array of numbers (one point's samples); anything else is named as invalid.</summary>
    public static Dictionary<string, DetectSeries> Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("expected an object {\"name\": [values...]}");
        var result = new Dictionary<string, DetectSeries>(StringComparer.Ordinal);
        foreach (var (name, node) in root)
        {
            if (node is not JsonArray array)
            {
                throw new InvalidDataException($"'{name}': expected an array of numbers");
            }

            var values = new double?[array.Count];
            var samples = new IReadOnlyList<double>?[array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                switch (array[i])
                {
                    case null:
                        break;
                    case JsonArray point when point.Count > 0:
                        samples[i] = point.Select((v, k) => Finite(v) ?? throw new InvalidDataException($"'{name}'[{i}][{k}]: expected a finite number")).ToArray();
                        values[i] = RankStatistics.Median(samples[i]!);
                        break;
                    case var v:
                        values[i] = Finite(v) ?? throw new InvalidDataException($"'{name}'[{i}]: expected a finite number, null (a gap) or an array of samples");
                        break;
                }
            }

            result[name] = new DetectSeries(values, samples);
        }

        return result;
    }

    private static double? Finite(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var d) && double.IsFinite(d) ? d : null;
}
