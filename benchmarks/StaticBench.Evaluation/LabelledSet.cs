using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticBench.Evaluation;

/// <summary>A generated series and what is true about it.</summary>
public sealed record LabelledSeries(string Name, double[] Values, int[] Steps, double[] StepSizes, double Cv, string Features)
{
    public bool HasChange => Steps.Length > 0;
}

/// <summary>
/// The labelled evaluation set, generated from a seed: 300 series of 50-500 points with log-normal
/// noise of CV 0.5%-10% (log-uniform), half with 1-3 steps of ±1%-±30% (log-uniform magnitude,
/// random sign, at least 20 points apart and 10 from the ends), half with none. Independently per
/// series: outliers (2% of points ×1.3-3), bimodal noise (30% of points in a second mode 3-10%
/// higher), a noise level that doubles or halves part-way, and slow linear drift (±2%-8% over the
/// whole series). Drift and noise changes are not steps: a detector that flags them raises a false alarm.
/// </summary>
public static class LabelledSet
{
    public static IReadOnlyList<LabelledSeries> Generate(int seed, int count = 300, int minLength = 50, int maxLength = 500)
    {
        var random = new Random(seed);
        var result = new List<LabelledSeries>();
        for (var s = 0; s < count; s++)
        {
            var n = random.Next(minLength, maxLength + 1);
            var cv = LogUniform(random, 0.005, 0.10);
            var withSteps = s % 2 == 0;
            var outliers = random.NextDouble() < 0.4;
            var bimodal = random.NextDouble() < 0.25;
            var noiseChange = random.NextDouble() < 0.2;
            var drift = random.NextDouble() < 0.25 ? (random.NextDouble() < 0.5 ? -1 : 1) * (0.02 + 0.06 * random.NextDouble()) : 0;
            var steps = new List<int>();
            var sizes = new List<double>();
            if (withSteps)
            {
                var wanted = 1 + random.Next(3);
                for (var tries = 0; tries < 100 && steps.Count < wanted; tries++)
                {
                    var at = random.Next(10, n - 10);
                    if (steps.All(x => Math.Abs(x - at) >= 20))
                    {
                        steps.Add(at);
                    }
                }

                steps.Sort();
                sizes.AddRange(steps.Select(_ => (random.NextDouble() < 0.5 ? -1 : 1) * LogUniform(random, 0.01, 0.30)));
            }

            var noiseChangeAt = random.Next(n / 4, 3 * n / 4);
            var noiseFactor = random.NextDouble() < 0.5 ? 2.0 : 0.5;
            var bimodalGap = 0.03 + 0.07 * random.NextDouble();
            var values = new double[n];
            var level = 100.0 * Math.Exp(random.NextDouble() * 3);
            for (var i = 0; i < n; i++)
            {
                var k = steps.IndexOf(i);
                if (k >= 0)
                {
                    level *= 1 + sizes[k];
                }

                var pointCv = noiseChange && i >= noiseChangeAt ? cv * noiseFactor : cv;
                var sigma = Math.Sqrt(Math.Log(1 + pointCv * pointCv));
                var v = level * Math.Exp(sigma * Gaussian(random) - sigma * sigma / 2) * (1 + drift * i / n);
                if (bimodal && random.NextDouble() < 0.3)
                {
                    v *= 1 + bimodalGap;
                }

                if (outliers && random.NextDouble() < 0.02)
                {
                    v *= 1.3 + 1.7 * random.NextDouble();
                }

                values[i] = Math.Round(v, 4);
            }

            var features = string.Join(",", new[]
            {
                outliers ? "outliers" : null, bimodal ? "bimodal" : null, noiseChange ? "noise-change" : null, drift != 0 ? "drift" : null,
            }.Where(f => f is not null));
            result.Add(new LabelledSeries($"{(withSteps ? "step" : "none")}-{s:000}", values, [.. steps], [.. sizes], cv, features));
        }

        return result;
    }

    /// <summary>series.json in the detect command's input shape, and labels.json with the truth.</summary>
    public static void Write(string folder, IReadOnlyList<LabelledSeries> set)
    {
        Directory.CreateDirectory(folder);
        var series = new JsonObject();
        var labels = new JsonObject();
        foreach (var s in set)
        {
            series[s.Name] = new JsonArray(s.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            labels[s.Name] = new JsonObject
            {
                ["cv"] = Math.Round(s.Cv, 5),
                ["features"] = s.Features,
                ["changes"] = new JsonArray(s.Steps.Select((at, k) => (JsonNode)new JsonObject { ["index"] = at, ["change"] = Math.Round(s.StepSizes[k], 5) }).ToArray()),
            };
        }

        File.WriteAllText(Path.Combine(folder, "series.json"), series.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "labels.json"), labels.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.Error.WriteLine($"wrote {set.Count} series to {folder}");
    }

    public static IReadOnlyList<LabelledSeries> Read(string folder)
    {
        var series = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "series.json")))!.AsObject();
        var labels = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")))!.AsObject();
        return series.Select(p =>
        {
            var label = labels[p.Key]!;
            var changes = label["changes"]!.AsArray();
            return new LabelledSeries(
                p.Key,
                p.Value!.AsArray().Select(v => v!.GetValue<double>()).ToArray(),
                changes.Select(c => c!["index"]!.GetValue<int>()).ToArray(),
                changes.Select(c => c!["change"]!.GetValue<double>()).ToArray(),
                label["cv"]!.GetValue<double>(),
                label["features"]!.GetValue<string>());
        }).ToArray();
    }

    private static double LogUniform(Random r, double low, double high) => Math.Exp(Math.Log(low) + r.NextDouble() * (Math.Log(high) - Math.Log(low)));

    /// <summary>A standard normal draw (Box-Muller), shared by every generator in the evaluation.</summary>
    public static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
