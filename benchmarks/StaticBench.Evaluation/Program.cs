using StaticBench.Evaluation;

// Evaluation of StaticBench's statistics (a benchmark run by hand, not a unit test); see docs/statistics.md.
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- generate   # writes benchmarks/evaluation/series.json + labels.json
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- detectors [--seed S]  # precision/recall/F1/false alarms per detector (on the kept set, or one generated from S)
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- diagnose [--seed S] [--alpha A --window W --drift-z Z --min-effect M]  # the staticbench detector's misses and false alarms, per series
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- bound [--seed S] [--alpha A --min-effect M]  # how many of the set's steps an ideal test told the true positions and noise could find, and the oracle's F1
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- tuning [--from 11 --to 18] [--alpha A --window W --drift-z Z --min-effect M]  # the staticbench detector summed over the tuning sets (where settings are chosen), and how often a change at each confidence was real
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- noise-confidence [--from 11 --to 18 --count 400]  # confidences of the changes reported on no-change series and on pure noise (all false)
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- held-out [--count 10]  # the staticbench detector on sets generated from seeds 1..count (never tuned on), beside the oracle's F1
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- short-history [--seed S --count N]  # steps in 5-16-point histories from the points' samples (SampleSteps)
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- staircase [--seed S --count N --max-span M]  # staircases of small steps (up-only, alternating) and slow noise: steps found, as steps or inside creep findings; alarms by standing steps (outside excursions)
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- excursion-diagnose [--seed S --count N --max-span M]  # the staircase set's slow-noise series one by one: steps, excursions, steps left standing
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- undone-diagnose  # the kept set's true steps found that read undone (a later step, the wander, or a step shaped like a wander), one by one
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- scheduled [--seed S --count N]  # the site's scheduled path (scan up to the latest checkpoint) against detect's full scan, on the kept and staircase sets
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- creep-confidence [--count 200]  # confidences of creep findings on pure noise, slow noise and up staircases
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- staircase-diagnose [--seed S --count N]  # alternating and slow-noise staircases one by one: steps found, and passed by the test at the true positions
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- exact [--seed S --count N]  # changes of exact metrics (ExactChanges): found at their commit, none invented
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- generators [--seed S --count N --min-length 500 --max-length 2000]  # the detector with ED-PELT's candidates against rank segmentation's, by length: steps found, false ones, time
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- detector-time  # detector cost by series length
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- set-time [--repeats 5]  # the detector's time over the whole kept set, one thread
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- fingerprint [--out FILE]  # every finding on the evaluation sets, round-trip numbers, and their SHA-256 (same output = same hash)
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- confidence-time  # what the step confidences add on a 3,000-point series with steps
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- measure [--out real-runs-loaded.json]  # real runs of evaluation/work.c -> real-runs.json
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- compare [--runs real-runs-contended.json]  # A/A, 5% slowdown power, instruction counts
//   dotnet run -c Release --project benchmarks/StaticBench.Evaluation -- simulate  # compare on simulated noise and contention
var folder = Arg("--folder") ?? Path.Combine(RepositoryRoot(), "benchmarks", "evaluation");
var verb = args.Length > 0 ? args[0] : "help";
switch (verb)
{
    case "generate":
        LabelledSet.Write(folder, LabelledSet.Generate(seed: int.Parse(Arg("--seed") ?? "20261121", System.Globalization.CultureInfo.InvariantCulture)));
        break;
    case "detectors":
        DetectorEvaluation.Run(LabelledSetArg(), Console.Out);
        break;
    case "diagnose":
        Diagnose.Run(LabelledSetArg(), Console.Out, DetectorOptionsArgs());
        break;
    case "tuning":
        TuningEvaluation.Run((int?)Number("--from") ?? 11, (int?)Number("--to") ?? 18, DetectorOptionsArgs(), Console.Out);
        break;
    case "noise-confidence":
        NoiseConfidence.Run((int?)Number("--from") ?? 11, (int?)Number("--to") ?? 18, (int?)Number("--count") ?? 400, Console.Out);
        break;
    case "bound":
        DetectabilityBound.Run(LabelledSetArg(), Console.Out, DetectorOptionsArgs());
        break;
    case "held-out":
        HeldOutEvaluation.Run((int?)Number("--count") ?? 10, Console.Out);
        break;
    case "short-history":
        ShortHistorySet.Run((int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 400, Console.Out);
        break;
    case "staircase":
        StaircaseSet.Run((int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 200, Console.Out, (int?)Number("--max-span") ?? StaticBench.Analysis.ChangePoints.Excursions.MaxSpan);
        StaircaseSet.CreepAlarms(LabelledSet.Read(folder), Console.Out);
        break;
    case "excursion-diagnose":
        ExcursionDiagnose.Run((int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 200, Console.Out, (int?)Number("--max-span") ?? StaticBench.Analysis.ChangePoints.Excursions.MaxSpan);
        break;
    case "scheduled":
        ScheduledEvaluation.Run(LabelledSet.Read(folder), (int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 200, Console.Out);
        break;
    case "creep-confidence":
        CreepConfidence.Run((int?)Number("--count") ?? 200, Console.Out);
        break;
    case "undone-diagnose":
        UndoneDiagnose.Run(LabelledSet.Read(folder), Console.Out);
        break;
    case "staircase-diagnose":
        StaircaseDiagnose.Run((int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 200, Console.Out);
        break;
    case "exact":
        ExactSet.Run((int?)Number("--seed") ?? 20261203, (int?)Number("--count") ?? 200, Console.Out);
        break;
    case "generators":
        CandidateGenerators.Run((int?)Number("--seed") ?? 20261204, (int?)Number("--count") ?? 200, (int?)Number("--min-length") ?? 500, (int?)Number("--max-length") ?? 2000, Console.Out);
        break;
    case "detector-time":
        DetectorTiming.Run(Console.Out);
        break;
    case "set-time":
        DetectorTiming.RunOnSet(LabelledSet.Read(folder), (int?)Number("--repeats") ?? 5, Console.Out);
        break;
    case "fingerprint":
        DetectorFingerprint.Run(LabelledSet.Read(folder), Arg("--out"), Console.Out);
        break;
    case "confidence-time":
        DetectorTiming.RunConfidence(Console.Out);
        break;
    case "measure":
        RealRuns.Measure(folder, Console.Error, Arg("--out") ?? "real-runs.json");
        break;
    case "compare":
        CompareEvaluation.Run(folder, Console.Out, Arg("--runs") ?? "real-runs.json");
        break;
    case "simulate":
        CompareSimulation.Run(Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: StaticBench.Evaluation generate|detectors|diagnose|bound|tuning|noise-confidence|held-out|short-history|staircase|staircase-diagnose|creep-confidence|exact|generators|detector-time|set-time|fingerprint|confidence-time|measure|compare|simulate [--folder DIR] (options: see the top of Program.cs)");
        return 2;
}

return 0;

IReadOnlyList<LabelledSeries> LabelledSetArg() =>
    Number("--seed") is { } seed
        ? LabelledSet.Generate((int)seed, (int?)Number("--count") ?? 300, (int?)Number("--min-length") ?? 50, (int?)Number("--max-length") ?? 500)
        : LabelledSet.Read(folder);

StaticBench.Analysis.ChangePoints.DetectorOptions DetectorOptionsArgs()
{
    var defaults = new StaticBench.Analysis.ChangePoints.DetectorOptions();
    return defaults with
    {
        Alpha = Number("--alpha") ?? defaults.Alpha,
        Window = (int?)Number("--window") ?? defaults.Window,
        DriftZ = Number("--drift-z") ?? defaults.DriftZ,
        MinEffect = Number("--min-effect") ?? defaults.MinEffect,
    };
}

double? Number(string name) => Arg(name) is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StaticBench.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
