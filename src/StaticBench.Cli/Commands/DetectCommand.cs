using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Cli.Commands;

/// <summary>Options of <c>staticbench detect</c>.</summary>
public sealed record DetectOptions(string Input, string Format, double? MinEffect, string Detector, bool HigherIsBetter);

/// <summary><c>staticbench detect --input series.json</c>: the site's change-point detector on any series.</summary>
public static class DetectCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "JSON file {\"name\": [values...], ...}; - for standard input.", Required = true };
        var format = new Option<string>("--format") { Description = "pretty or json.", DefaultValueFactory = _ => "pretty" };
        format.AcceptOnlyFromAmong("pretty", "json");
        var minEffect = new Option<double?>("--min-effect") { Description = $"Smallest relative step that counts, e.g. 0.02 for 2% (default {new DetectorOptions().MinEffect.ToString(System.Globalization.CultureInfo.InvariantCulture)})." };
        var detector = new Option<string>("--detector")
        {
            Description = $"Detector: {string.Join(", ", ChangePointDetectors.All.Select(d => d.Name))}.",
            DefaultValueFactory = _ => ChangePointDetectors.Default.Name,
        };
        var higher = new Option<bool>("--higher-is-better") { Description = "Values are higher-is-better (throughput); only changes the words of the pretty output." };
        var command = new Command("detect", "Find steps (change points) in series of values with the detector the site uses (docs/statistics.md).")
        {
            input, format, minEffect, detector, higher,
        };
        command.SetAction(parse => Run(context, new DetectOptions(
            parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(minEffect), parse.GetValue(detector)!, parse.GetValue(higher))));
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
        var results = series.Select(s => (s.Key, Changes: detector.Detect(s.Value, detectorOptions))).ToArray();
        if (options.Format == "json")
        {
            var root = new JsonObject();
            foreach (var (name, changes) in results)
            {
                root[name] = new JsonArray(changes.Select(c => (JsonNode)new JsonObject
                {
                    ["index"] = c.Index,
                    ["change"] = Math.Round(c.Change, 6),
                    ["confidence"] = Math.Round(c.Confidence, 6),
                }).ToArray());
            }

            context.Out.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        foreach (var (name, changes) in results)
        {
            context.Out.WriteLine($"{name}: {series[name].Length} point(s), {changes.Count} change(s)");
            foreach (var c in changes)
            {
                var worse = options.HigherIsBetter ? c.Change < 0 : c.Change > 0;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  at {c.Index}: {c.Change * 100:+0.0;-0.0}% ({(worse ? "regression" : "improvement")}), confidence {ChangePoint.FormatConfidence(c.Confidence)}"));
            }
        }

        return 0;
    }

    /// <summary>The series in <paramref name="input"/> (a file, or <c>-</c> for standard input).</summary>
    private static Dictionary<string, double[]> Read(string input)
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

    /// <summary>Parses <c>{"name": [numbers...]}</c>; anything else is named as invalid.</summary>
    public static Dictionary<string, double[]> Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("expected an object {\"name\": [values...]}");
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (name, node) in root)
        {
            if (node is not JsonArray array)
            {
                throw new InvalidDataException($"'{name}': expected an array of numbers");
            }

            result[name] = array.Select((v, i) => v is JsonValue value && value.TryGetValue<double>(out var d) && double.IsFinite(d)
                ? d
                : throw new InvalidDataException($"'{name}'[{i}]: expected a finite number")).ToArray();
        }

        return result;
    }
}
